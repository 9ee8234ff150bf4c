import type { ReactNode } from "react";
import { errorMessageKey } from "./errorMessage";
import { useMessages } from "../../i18n/I18nContext";

/** @internal Props of {@link adminContextStatusShell}. */
export interface AdminContextStatusShellProps {
  /** The element: a navigation landmark, a section or a plain box. */
  as: "nav" | "section" | "div";
  /** The class names of the component it stands in for. */
  className: string;
  /**
   * The View's props in its loading or error state: `state` (a labelled skeleton, or the
   * message with Retry; as `data-status`), and for an error its `error` (explained in words),
   * `onRetry` and `isQuiet`.
   */
  view: AdminContextStatusViewState;
  /** The element's accessible name while loading (e.g. the navigation's label). */
  loadingLabel?: string;
  /** The element's accessible name after an error. */
  errorLabel?: string;
  /** The skeleton's announcement, bars and layout. */
  loading: AdminContextLoadingProps;
  /** The error's headline, and whether it is an alert. */
  failure: Pick<AdminContextErrorProps, "title" | "isAlert">;
  /** Text direction of the element (the locale's). */
  dir?: "ltr" | "rtl";
  /** Language of the element (the locale). */
  lang?: string;
}

/** @internal What the shell reads of a View's loading or error props. */
export type AdminContextStatusViewState =
  | { state: "loading" }
  | { state: "error"; error?: unknown; onRetry?: () => void; isQuiet?: boolean };

/**
 * @internal The one loading / error shell of the components that need the admin context
 * (navigation, breadcrumbs, badge, guide): the component's own element, busy with a
 * skeleton while the context loads, or holding the error with Retry. A function, not a
 * component, so the element is the View's own: a `<nav>` stays the same DOM node when
 * the context arrives and the View renders its ready `<nav>` in the same place.
 */
export function adminContextStatusShell({
  as: Tag, className, view, loadingLabel, errorLabel, loading, failure, dir, lang,
}: AdminContextStatusShellProps) {
  if (view.state === "loading") {
    return (
      <Tag className={className} dir={dir} lang={lang} aria-label={loadingLabel} aria-busy="true" data-status="loading">
        <AdminContextLoading {...loading} />
      </Tag>
    );
  }
  return (
    <Tag className={className} dir={dir} lang={lang} aria-label={errorLabel} data-status="error" data-quiet={view.isQuiet ? "" : undefined}>
      <AdminContextError {...failure} error={view.error} onRetry={view.onRetry} isQuiet={view.isQuiet} />
    </Tag>
  );
}

/** @internal Props of {@link AdminContextLoading}. */
export interface AdminContextLoadingProps {
  /** What is loading, read by screen readers (e.g. "Loading admin navigation…"). */
  label: string;
  /** How many placeholder bars to draw. */
  lines?: number;
  /** `block` draws stacked bars, `inline` one row of short bars. */
  layout?: "block" | "inline";
}

/**
 * @internal A labelled skeleton: a polite status announcing `label` and placeholder bars.
 * It names no experience, so nothing pretends to know it before the context loads.
 */
export function AdminContextLoading({ label, lines = 4, layout = "block" }: AdminContextLoadingProps) {
  return (
    <div className="pca-context-status pca-context-status--loading" data-layout={layout}>
      <span role="status" className="pca-context-status__label">{label}</span>
      <span className="pca-context-status__bars" aria-hidden="true">
        {Array.from({ length: lines }, (_, i) => (
          <span key={i} className="pca-context-status__bar" />
        ))}
      </span>
    </div>
  );
}

/** @internal Props of {@link AdminContextError}. */
export interface AdminContextErrorProps {
  /** The headline, e.g. "We couldn't load your admin details." */
  title: string;
  /** The error, explained in words by its kind (any error: see `errorMessageKey`); none without it. */
  error?: unknown;
  /** Called by the Retry button; without it there is no button. */
  onRetry?: () => void;
  /** Announce as an alert (default) or stay quiet (when another component already alerts). */
  isAlert?: boolean;
  /**
   * Whether another component on the page shows this error with Retry: then only a muted
   * "Unavailable", no alert, no button (one error and one Retry per page).
   */
  isQuiet?: boolean;
  /** Extra content after the message. */
  children?: ReactNode;
}

/** @internal The message for an admin context that failed to load, with Retry. */
export function AdminContextError({ title, error, onRetry, isAlert = true, isQuiet = false, children }: AdminContextErrorProps) {
  const { t } = useMessages();
  if (isQuiet) {
    return (
      <div className="pca-context-status pca-context-status--quiet">
        <p className="pca-context-status__message">{t("adminContext.unavailable")}</p>
      </div>
    );
  }
  const detail = error === undefined ? null : t(errorMessageKey(error));
  return (
    <div className="pca-context-status pca-context-status--error">
      <p className="pca-context-status__message" role={isAlert ? "alert" : undefined}>
        <strong>{title}</strong>
        {detail ? <> {detail}</> : null}
      </p>
      {children}
      {onRetry ? (
        <button type="button" className="pca-context-status__retry" onClick={onRetry}>
          {t("retry")}
        </button>
      ) : null}
    </div>
  );
}
