import { useLinkComponent, useMessages } from "../../i18n/I18nContext";
import { adminHref, getAdminPath, type AdminDestination, type AdminPage } from "../../domain/navigation";
import type { Experience } from "../../domain/types";
import { adminContextStatusShell } from "../_shared/AdminContextStatus";
import { useDestinationLabel } from "../AdminNavigation/useDestinationLabel";

/** Props every state of {@link AdminBreadcrumbsView} accepts. */
export interface AdminBreadcrumbsViewCommonProps {
  /** Extra class names for the `<nav>` element. */
  className?: string;
  /** The landmark's accessible name. Default: "Breadcrumbs". */
  label?: string;
}

/** Props of {@link AdminBreadcrumbsView} once the admin context is known. */
export interface AdminBreadcrumbsReadyProps extends AdminBreadcrumbsViewCommonProps {
  /** `ready` (the default): the path for `experience`. */
  state?: "ready";
  /** Which user-management experience the path is for. */
  experience: Experience;
  /** The site's name, shown for the site's own crumb. */
  siteName: string;
  /** The page the viewer is on: the last crumb. Default: Portal-only customers. */
  current?: AdminPage;
  /** The host's href for each page; missing ones default to fragments like `#site`. */
  hrefs?: Partial<Record<AdminDestination, string>>;
}

/** Props of {@link AdminBreadcrumbsView} while the admin context loads. */
export interface AdminBreadcrumbsLoadingProps extends AdminBreadcrumbsViewCommonProps {
  /** `loading`: a labelled skeleton that names no experience. */
  state: "loading";
}

/** Props of {@link AdminBreadcrumbsView} when the admin context failed to load. */
export interface AdminBreadcrumbsErrorProps extends AdminBreadcrumbsViewCommonProps {
  /** `error`: a short message and a Retry button (not an alert: the navigation usually alerts already). */
  state: "error";
  /** Called by the Retry button. */
  onRetry?: () => void;
  /** Whether another component on the page shows this error with Retry: a muted "Unavailable" instead, no alert, no button. */
  isQuiet?: boolean;
}

/** Props of {@link AdminBreadcrumbsView}: one of its three states. */
export type AdminBreadcrumbsViewProps = AdminBreadcrumbsReadyProps | AdminBreadcrumbsLoadingProps | AdminBreadcrumbsErrorProps;

/**
 * The path from the top of the admin to the current page, as `<nav aria-label="Breadcrumbs">`
 * with an ordered list. Pages link (through the provider's `linkComponent`), groups are
 * plain text, and the last crumb is the current page (`aria-current="page"`, not a link).
 */
export function AdminBreadcrumbsView(props: AdminBreadcrumbsViewProps) {
  const { t, locale, dir } = useMessages();
  const className = ["pca-root", "pca-breadcrumbs", props.className].filter(Boolean).join(" ");
  const label = props.label ?? t("breadcrumbs.label");
  if (props.state === "loading" || props.state === "error") {
    return adminContextStatusShell({
      dir,
      lang: locale,
      as: "nav",
      className,
      view: props,
      loadingLabel: label,
      errorLabel: label,
      loading: { label: t("breadcrumbs.loading"), lines: 4, layout: "inline" },
      failure: { title: t("breadcrumbs.error"), isAlert: false },
    });
  }
  return (
    <nav className={className} dir={dir} lang={locale} aria-label={label} data-status="ready" data-experience={props.experience}>
      <BreadcrumbList {...props} />
    </nav>
  );
}

function BreadcrumbList({ experience, siteName, current = "portalOnlyCustomers", hrefs }: AdminBreadcrumbsReadyProps) {
  const Link = useLinkComponent();
  const labelOf = useDestinationLabel(siteName);
  const path = getAdminPath(experience, current);
  return (
    <ol className="pca-breadcrumbs__list">
      {path.map((node, index) => {
        const text = labelOf(node.destination);
        const isLast = index === path.length - 1;
        return (
          <li key={node.destination} className="pca-breadcrumbs__item">
            {isLast ? (
              <span className="pca-breadcrumbs__current" aria-current="page">{text}</span>
            ) : node.kind === "page" ? (
              <Link className="pca-breadcrumbs__link" href={adminHref(node.destination as AdminPage, hrefs)}>{text}</Link>
            ) : (
              <span className="pca-breadcrumbs__text">{text}</span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
