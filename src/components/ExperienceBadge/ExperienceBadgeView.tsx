import { useMessages } from "../../i18n/I18nContext";
import { canManageCustomers } from "../../domain/permissions";
import type { AdminViewer } from "../../domain/navigation";
import { adminContextStatusShell } from "../_shared/AdminContextStatus";

/** Props every state of {@link ExperienceBadgeView} accepts. */
export interface ExperienceBadgeViewCommonProps {
  /** Extra class names for the root element. */
  className?: string;
}

/** Props of {@link ExperienceBadgeView} once the admin context is known. */
export interface ExperienceBadgeReadyProps extends ExperienceBadgeViewCommonProps {
  /** `ready` (the default): show the viewer's experience, role and environment. */
  state?: "ready";
  /** The viewer's experience, role and environment. */
  viewer: AdminViewer;
}

/** Props of {@link ExperienceBadgeView} while the admin context loads. */
export interface ExperienceBadgeLoadingProps extends ExperienceBadgeViewCommonProps {
  /** `loading`: a labelled placeholder that names no experience. */
  state: "loading";
}

/** Props of {@link ExperienceBadgeView} when the admin context failed to load. */
export interface ExperienceBadgeErrorProps extends ExperienceBadgeViewCommonProps {
  /** `error`: a short message and a Retry button (not an alert: the navigation usually alerts already). */
  state: "error";
  /** Called by the Retry button. */
  onRetry?: () => void;
  /** Whether another component on the page shows this error with Retry: a muted "Unavailable" instead, no alert, no button. */
  isQuiet?: boolean;
}

/** Props of {@link ExperienceBadgeView}: one of its three states. */
export type ExperienceBadgeViewProps = ExperienceBadgeReadyProps | ExperienceBadgeLoadingProps | ExperienceBadgeErrorProps;

/**
 * A compact badge for the host's header: the user-management experience, the viewer's
 * role, "Government" in that environment, and "Read-only" when the viewer may not manage
 * customers. Pure: takes everything as props.
 */
export function ExperienceBadgeView(props: ExperienceBadgeViewProps) {
  const { t, locale, dir } = useMessages();
  const className = ["pca-root", "pca-experience-badge", props.className].filter(Boolean).join(" ");
  if (props.state === "loading" || props.state === "error") {
    return adminContextStatusShell({
      dir,
      lang: locale,
      as: "div",
      className,
      view: props,
      loading: { label: t("badge.loading"), lines: 2, layout: "inline" },
      failure: { title: t("badge.error"), isAlert: false },
    });
  }
  const { experience, role, environment } = props.viewer;
  const isReadOnly = !canManageCustomers({ ...props.viewer, site: { id: "", name: "", url: "" }, organization: null });
  return (
    <ul
      className={className}
      dir={dir}
      lang={locale}
      aria-label={t("badge.label")}
      data-status="ready"
      data-experience={experience}
      data-role={role}
      data-environment={environment}
    >
      <li className="pca-experience-badge__item" data-kind="experience">{t(`experience.${experience}`)}</li>
      <li className="pca-experience-badge__item" data-kind="role">{t(`role.${role}`)}</li>
      {environment === "government" ? (
        <li className="pca-experience-badge__item" data-kind="environment">{t("badge.government")}</li>
      ) : null}
      {isReadOnly ? (
        <li className="pca-experience-badge__item" data-kind="read-only">{t("badge.readOnly")}</li>
      ) : null}
    </ul>
  );
}
