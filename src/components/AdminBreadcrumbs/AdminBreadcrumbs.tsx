import { useAdminContext } from "../../data/PortalCustomerAdminProvider";
import { useAdminContextErrorOwner } from "../../data/useAdminContextErrorOwner";
import { ADMIN_CONTEXT_ERROR_RANK } from "../../data/errorOwners";
import { AdminBreadcrumbsView, type AdminBreadcrumbsReadyProps } from "./AdminBreadcrumbsView";

/** Props of {@link AdminBreadcrumbs}: the View's, minus what the admin context supplies. */
export type AdminBreadcrumbsProps = Omit<AdminBreadcrumbsReadyProps, "state" | "experience" | "siteName">;

/**
 * Breadcrumbs to the current page in the viewer's experience, read from the provider's
 * admin context: a labelled skeleton while it loads, a short message with Retry if it fails (a
 * muted "Unavailable" when another component on the page shows that error).
 */
export function AdminBreadcrumbs(props: AdminBreadcrumbsProps) {
  const admin = useAdminContext();
  const isErrorOwner = useAdminContextErrorOwner(ADMIN_CONTEXT_ERROR_RANK.breadcrumbs);
  if (admin.status === "loading") return <AdminBreadcrumbsView state="loading" className={props.className} label={props.label} />;
  if (admin.status === "error") {
    return <AdminBreadcrumbsView state="error" onRetry={admin.retry} isQuiet={!isErrorOwner} className={props.className} label={props.label} />;
  }
  return <AdminBreadcrumbsView {...props} experience={admin.context.experience} siteName={admin.context.site.name} />;
}
