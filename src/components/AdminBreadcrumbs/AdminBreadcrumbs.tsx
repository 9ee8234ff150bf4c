import { useAdminContext } from "../../data/PortalCustomerAdminProvider";
import { AdminBreadcrumbsView, type AdminBreadcrumbsReadyProps } from "./AdminBreadcrumbsView";

/** Props of {@link AdminBreadcrumbs}: the View's, minus what the admin context supplies. */
export type AdminBreadcrumbsProps = Omit<AdminBreadcrumbsReadyProps, "state" | "experience" | "siteName">;

/**
 * Breadcrumbs to the current page in the viewer's experience, read from the provider's
 * admin context: a labelled skeleton while it loads, a short message with Retry if it fails.
 */
export function AdminBreadcrumbs(props: AdminBreadcrumbsProps) {
  const admin = useAdminContext();
  if (admin.status === "loading") return <AdminBreadcrumbsView state="loading" className={props.className} label={props.label} />;
  if (admin.status === "error") {
    return <AdminBreadcrumbsView state="error" onRetry={admin.retry} className={props.className} label={props.label} />;
  }
  return <AdminBreadcrumbsView {...props} experience={admin.context.experience} siteName={admin.context.site.name} />;
}
