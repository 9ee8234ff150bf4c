import { useAdminContext } from "../../data/PortalCustomerAdminProvider";
import { useAdminContextErrorOwner } from "../../data/useAdminContextErrorOwner";
import { ADMIN_CONTEXT_ERROR_RANK } from "../../data/errorOwners";
import { ExperienceBadgeView, type ExperienceBadgeViewCommonProps } from "./ExperienceBadgeView";

/** Props of {@link ExperienceBadge}. */
export type ExperienceBadgeProps = ExperienceBadgeViewCommonProps;

/**
 * The viewer's experience, role and environment as a compact badge for the host's header,
 * read from the provider's admin context. Read-only viewers see it too. If the context fails: a
 * short message with Retry, or a muted "Unavailable" when another component on the page shows the error.
 */
export function ExperienceBadge({ className }: ExperienceBadgeProps) {
  const admin = useAdminContext();
  const isErrorOwner = useAdminContextErrorOwner(ADMIN_CONTEXT_ERROR_RANK.badge);
  if (admin.status === "loading") return <ExperienceBadgeView state="loading" className={className} />;
  if (admin.status === "error") return <ExperienceBadgeView state="error" onRetry={admin.retry} isQuiet={!isErrorOwner} className={className} />;
  return <ExperienceBadgeView viewer={admin.context} className={className} />;
}
