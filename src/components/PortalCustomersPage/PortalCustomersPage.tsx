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
  /** Called once after each confirmed single-customer action; see {@link CustomerTableProps.onActionComplete}. */
  onActionComplete?: CustomerTableProps["onActionComplete"];
  /** Called once after each bulk action finished; see {@link CustomerTableProps.onBulkActionComplete}. */
  onBulkActionComplete?: CustomerTableProps["onBulkActionComplete"];
  /** Called once after each finished export; see {@link CustomerTableProps.onExportComplete}. */
  onExportComplete?: CustomerTableProps["onExportComplete"];
  /** Whether confirmed actions show the table's visible success status. Default `true`; see {@link CustomerTableProps.hasSuccessStatus}. */
  hasSuccessStatus?: boolean;
  /** The moment relative "Last active" times are computed from; see {@link CustomerTableProps.now}. */
  now?: number | Date;
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
  onActionComplete, onBulkActionComplete, onExportComplete, hasSuccessStatus, now,
}: PortalCustomersPageProps) {
  // Page-level props win over the same ones in tableProps; undefined ones leave tableProps' alone.
  const own = Object.fromEntries(
    Object.entries({ onActionComplete, onBulkActionComplete, onExportComplete, hasSuccessStatus, now }).filter(([, v]) => v !== undefined),
  ) as Partial<CustomerTableProps>;
  return (
    <PortalCustomersPageView navigation={navigation} breadcrumbs={breadcrumbs} className={className}>
      <CustomerTable {...tableProps} {...own} />
    </PortalCustomersPageView>
  );
}
