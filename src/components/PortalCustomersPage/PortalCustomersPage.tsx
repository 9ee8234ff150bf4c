import type { ReactNode } from "react";
import { AdminBreadcrumbs } from "../AdminBreadcrumbs";
import { AdminNavigation } from "../AdminNavigation";
import { CustomerTable, type CustomerTableProps } from "../CustomerTable";
import { PortalCustomersPageView } from "./PortalCustomersPageView";

/** Props of {@link PortalCustomersPage}. */
export interface PortalCustomersPageProps {
  /** Navigation shown before the content. Default `<AdminNavigation />`; `null` for none (e.g. when the host has its own). */
  navigation?: ReactNode;
  /** Breadcrumbs shown above the heading. Default `<AdminBreadcrumbs />`; `null` for none. */
  breadcrumbs?: ReactNode;
  /** Props passed to the page's {@link CustomerTable} (page size, selection). */
  tableProps?: CustomerTableProps;
  /** Extra class names for the root element. */
  className?: string;
}

/**
 * The whole portal-only customers screen wired to the provider: the admin navigation and
 * breadcrumbs for the viewer's experience, heading, explanation and the
 * {@link CustomerTable} with its menus, dialogs, bulk actions and export.
 */
export function PortalCustomersPage({
  navigation = <AdminNavigation />, breadcrumbs = <AdminBreadcrumbs />, tableProps, className,
}: PortalCustomersPageProps) {
  return (
    <PortalCustomersPageView navigation={navigation} breadcrumbs={breadcrumbs} className={className}>
      <CustomerTable {...tableProps} />
    </PortalCustomersPageView>
  );
}
