import { useAdminContext } from "../../data/PortalCustomerAdminProvider";
import { ExperienceBadgeView, type ExperienceBadgeViewCommonProps } from "./ExperienceBadgeView";

/** Props of {@link ExperienceBadge}. */
export type ExperienceBadgeProps = ExperienceBadgeViewCommonProps;

/**
 * The viewer's experience, role and environment as a compact badge for the host's header,
 * read from the provider's admin context. Read-only viewers see it too.
 */
export function ExperienceBadge({ className }: ExperienceBadgeProps) {
  const admin = useAdminContext();
  if (admin.status === "loading") return <ExperienceBadgeView state="loading" className={className} />;
  if (admin.status === "error") return <ExperienceBadgeView state="error" onRetry={admin.retry} className={className} />;
  return <ExperienceBadgeView viewer={admin.context} className={className} />;
}
