import type { ReactNode } from "react";
import { useMessages } from "../../data/PortalCustomerAdminProvider";
import { errorMessageKey } from "../_shared/errorMessage";

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
  /** Extra content after the message. */
  children?: ReactNode;
}

/** @internal The message for an admin context that failed to load, with Retry. */
export function AdminContextError({ title, error, onRetry, isAlert = true, children }: AdminContextErrorProps) {
  const { t } = useMessages();
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
