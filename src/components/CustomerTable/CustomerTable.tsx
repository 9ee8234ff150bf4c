import { useCallback, type ComponentType } from "react";
import { useAdminContext } from "../../data/PortalCustomerAdminProvider";
import type { CustomerAction, PortalCustomer } from "../../domain/types";
import type { CustomerActionResult } from "../_dialog/types";
import { BulkActionBar } from "../BulkActionBar";
import { ChangePasswordDialog } from "../ChangePasswordDialog";
import { CustomerActionsMenu } from "../CustomerActionsMenu";
import { DeleteCustomerDialog } from "../DeleteCustomerDialog";
import { EditNameDialog } from "../EditNameDialog";
import { ExportCustomersButton } from "../ExportCustomersButton";
import { GrantAccessDialog } from "../GrantAccessDialog";
import { MigrateCustomerDialog } from "../MigrateCustomerDialog";
import { RevokeAccessDialog } from "../RevokeAccessDialog";
import { pickRootAttributes, type RootAttributes } from "../_shared/rootAttributes";
import { CustomerTableView, type CustomerTableColumn } from "./CustomerTableView";
import { useCustomerTable, type UseCustomerTableOptions } from "./useCustomerTable";

export { CUSTOMER_FILTER_DEBOUNCE_MS } from "./useCustomerTable";

/** Props of {@link CustomerTable}: the options of {@link useCustomerTable} plus what to show. */
export interface CustomerTableProps extends UseCustomerTableOptions, RootAttributes {
  /**
   * The columns, in order: built-in ids (`"name"`, `"email"`, `"status"`, `"lastActive"`,
   * `"created"`) and host columns `{ id, header, cell, sortField? }`. Default name, email,
   * status, last active. Keep the array's identity between renders (a constant or `useMemo`).
   */
  columns?: readonly CustomerTableColumn[];
  /** Whether to offer bulk actions on the selection (Delete, Migrate, Revoke, Grant). Default `true`. */
  hasBulkActions?: boolean;
  /** Whether to offer "Export customers" (CSV of everything matching the filter). Default `true`. */
  hasExport?: boolean;
  /**
   * Whether a confirmed action shows a visible, dismissible success status (after the rows, sticky at the bottom of the viewport).
   * Default `true`. Turn it off to show your own toast from the `on…Complete` callbacks; the
   * message is then still announced to screen readers through a visually hidden live region.
   */
  hasSuccessStatus?: boolean;
  /** The moment relative "Last active" times are computed from; see `CustomerTableView`'s `now`. */
  now?: number | Date;
  /** Extra class names for the root element. */
  className?: string;
}

/** What each account dialog takes (the dialogs' shared contract). */
interface AccountDialogProps {
  customer: PortalCustomer;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onSuccess?: (result: CustomerActionResult) => void;
  onCloseAutoFocus?: (event: Event) => void;
}

/** The account dialog of each action. */
export const CUSTOMER_DIALOGS: Readonly<Record<CustomerAction, ComponentType<AccountDialogProps>>> = {
  changePassword: ChangePasswordDialog,
  editName: EditNameDialog,
  migrate: MigrateCustomerDialog,
  revokeAccess: RevokeAccessDialog,
  grantAccess: GrantAccessDialog,
  delete: DeleteCustomerDialog,
};

/**
 * The portal-only customer list wired to the provider's adapter: {@link useCustomerTable}
 * (debounced filter by name or email, status filter, sorting, paging, selection across
 * pages, each row's ••• menu opening the account dialogs, the success status and
 * announcements, focus return, and the `on…Complete` callbacks) rendered by {@link CustomerTableView}.
 */
export function CustomerTable(props: CustomerTableProps) {
  const { columns, hasBulkActions = true, hasExport = true, hasSuccessStatus = true, now, className } = props;
  const table = useCustomerTable(props);
  // Without the admin context there is nothing to filter: the one error and its Retry stand alone.
  const isContextFailed = useAdminContext().status === "error";
  const { getActionsMenuProps } = table;
  const renderRowActions = useCallback(
    (customer: PortalCustomer) => <CustomerActionsMenu {...getActionsMenuProps(customer)} />,
    [getActionsMenuProps],
  );
  const dialogProps = table.getDialogProps();
  const Dialog = table.dialog ? CUSTOMER_DIALOGS[table.dialog.type] : null;

  return (
    <>
      <CustomerTableView
        {...pickRootAttributes(props)}
        className={className}
        columns={columns}
        customers={table.customers}
        total={table.total}
        offset={table.list.data?.offset}
        limit={table.query.limit}
        status={table.status}
        isFetching={table.isFetching}
        errorTitle={table.errorTitle}
        errorMessage={table.errorMessage}
        onRetry={table.retry}
        search={table.query.search}
        resultsAnnouncement={table.resultsAnnouncement}
        onSearchChange={isContextFailed ? undefined : table.setSearch}
        statusFilter={table.query.status}
        onStatusFilterChange={isContextFailed ? undefined : table.setStatusFilter}
        sort={table.query.sort}
        onSortChange={table.setSort}
        onPageChange={table.setOffset}
        isFiltered={table.isFiltered}
        onClearFilters={table.clearFilters}
        isSelectable={table.isSelectable}
        selectedIds={table.selectedIds}
        onSelectedIdsChange={table.setSelectedIds}
        isReadOnly={table.isReadOnly}
        readOnlyReason={table.readOnlyReason}
        renderRowActions={renderRowActions}
        toolbarActions={hasExport && table.isAdminReady ? <ExportCustomersButton {...table.getExportButtonProps()} /> : undefined}
        bulkBar={hasBulkActions ? <BulkActionBar {...table.getBulkBarProps()} /> : undefined}
        announcement={hasSuccessStatus ? undefined : table.announcement}
        successMessage={hasSuccessStatus ? table.announcement : undefined}
        onDismissSuccess={table.dismissAnnouncement}
        tableRef={table.tableRef}
        now={now}
      />
      {Dialog && dialogProps && <Dialog {...dialogProps} />}
    </>
  );
}
