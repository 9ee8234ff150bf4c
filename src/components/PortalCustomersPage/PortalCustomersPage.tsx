import type { ReactNode } from "react";
import { CustomerTable, type CustomerTableProps } from "../CustomerTable";
import { PortalCustomersPageView } from "./PortalCustomersPageView";

/** Props of {@link PortalCustomersPage}. */
export interface PortalCustomersPageProps {
  /** Navigation shown before the content, e.g. `<AdminNavigation />`. */
  navigation?: ReactNode;
  /** Breadcrumbs shown above the heading, e.g. `<AdminBreadcrumbs />`. */
  breadcrumbs?: ReactNode;
  /** Props passed to the page's {@link CustomerTable} (page size, selection). */
  tableProps?: CustomerTableProps;
  /** Extra class names for the root element. */
  className?: string;
}

/**
 * The whole portal-only customers screen wired to the provider: navigation slot,
 * heading, explanation and the {@link CustomerTable} with its menus and dialogs.
 */
export function PortalCustomersPage({ navigation, breadcrumbs, tableProps, className }: PortalCustomersPageProps) {
  return (
    <PortalCustomersPageView navigation={navigation} breadcrumbs={breadcrumbs} className={className}>
      <CustomerTable {...tableProps} />
    </PortalCustomersPageView>
  );
}
