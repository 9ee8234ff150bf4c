import { useAdminContext } from "../../data/PortalCustomerAdminProvider";
import { useAdminContextErrorOwner } from "../../data/useAdminContextErrorOwner";
import { ADMIN_CONTEXT_ERROR_RANK } from "../../data/errorOwners";
import type { AdminNavigationReadyProps } from "./AdminNavigationView";
import { AdminNavigationView } from "./AdminNavigationView";

/** Props of {@link AdminNavigation}: the View's, minus what the admin context supplies. */
export type AdminNavigationProps = Omit<AdminNavigationReadyProps, "state" | "experience" | "siteName">;

/**
 * The admin navigation for the viewer's experience, read from the provider's admin
 * context: a labelled skeleton while it loads, a message with Retry if it fails (a muted
 * "Unavailable" when the table or another component on the page shows that error).
 */
export function AdminNavigation(props: AdminNavigationProps) {
  const admin = useAdminContext();
  const isErrorOwner = useAdminContextErrorOwner(ADMIN_CONTEXT_ERROR_RANK.navigation);
  if (admin.status === "loading") return <AdminNavigationView state="loading" className={props.className} label={props.label} />;
  if (admin.status === "error") {
    return <AdminNavigationView state="error" error={admin.error} onRetry={admin.retry} isQuiet={!isErrorOwner} className={props.className} label={props.label} />;
  }
  return <AdminNavigationView {...props} experience={admin.context.experience} siteName={admin.context.site.name} />;
}
