// A host's own customers screen: its own markup and class names (no CustomerTableView), with the
// behaviour of useCustomerTable and the library's menu, dialogs and bulk bar. Used by the
// "Headless hook" story and its test.
import { useEffect, useRef, type ReactNode } from "react";
import {
  BulkActionBar, ChangePasswordDialog, CustomerActionsMenu, DeleteCustomerDialog, EditNameDialog, GrantAccessDialog,
  MigrateCustomerDialog, RevokeAccessDialog, useCustomerTable, type CustomerSortField, type UseCustomerTableOptions,
} from "../../src";

const SORTS: { field: CustomerSortField; label: string }[] = [
  { field: "displayName", label: "Name" },
  { field: "email", label: "Email" },
  { field: "createdAt", label: "Joined" },
];

/** A customers screen built from plain host markup on top of {@link useCustomerTable}. */
export function HostCustomersScreen(options: UseCustomerTableOptions) {
  const table = useCustomerTable(options);
  const pageBox = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (pageBox.current) pageBox.current.indeterminate = table.pageSelection === "some";
  }, [table.pageSelection]);
  const dialogProps = table.getDialogProps();
  const { page } = table;

  let body: ReactNode;
  if (table.status === "error") {
    body = (
      <tr>
        <td colSpan={5}>
          <div role="alert">{table.errorMessage} <button type="button" onClick={table.retry}>Try again</button></div>
        </td>
      </tr>
    );
  } else if (!table.customers) {
    body = <tr><td colSpan={5}>Loading customers…</td></tr>;
  } else if (table.customers.length === 0) {
    body = <tr><td colSpan={5}>Nobody here. <button type="button" onClick={table.clearFilters}>Show everyone</button></td></tr>;
  } else {
    body = table.customers.map((customer) => (
      <tr key={customer.id} className={table.isSelected(customer.id) ? "host-row host-row--picked" : "host-row"}>
        {table.isSelectable && <td><input {...table.getRowCheckboxProps(customer)} /></td>}
        <th scope="row" className="host-name">{customer.displayName}</th>
        <td>
          <small className="host-email">{customer.email}</small>
          <br />
          {customer.status === "active" ? "✔ can log in" : "✖ access revoked"}
        </td>
        <td>{new Date(customer.createdAt).toISOString().slice(0, 10)}</td>
        <td><CustomerActionsMenu {...table.getActionsMenuProps(customer)} /></td>
      </tr>
    ));
  }

  return (
    <section className="host-screen" aria-labelledby="host-title">
      <h2 id="host-title">Help-center customers</h2>
      <div className="host-controls">
        <label>
          Search customers <input {...table.getFilterInputProps()} />
        </label>
        <label>
          Show{" "}
          <select {...table.getStatusFilterProps()}>
            <option value="all">everyone</option>
            <option value="active">can log in</option>
            <option value="revoked">access revoked</option>
          </select>
        </label>
      </div>
      <BulkActionBar {...table.getBulkBarProps()} />
      <table {...table.getTableProps()} className="host-table">
        <caption>Customers</caption>
        <thead>
          <tr>
            {table.isSelectable && (
              <th scope="col"><input ref={pageBox} {...table.getPageCheckboxProps()} /></th>
            )}
            <th scope="col" {...table.getSortHeaderProps("displayName")}>Customer</th>
            <th scope="col">Contact and log-in</th>
            <th scope="col" {...table.getSortHeaderProps("createdAt")}>Joined</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>{body}</tbody>
      </table>
      <div className="host-sort" role="group" aria-label="Sort by">
        {SORTS.map(({ field, label }) => (
          <button key={field} {...table.getSortButtonProps(field)} aria-pressed={table.getSortDirection(field) !== "none"}>
            {label}
            {table.getSortDirection(field) === "asc" ? " ↑" : table.getSortDirection(field) === "desc" ? " ↓" : ""}
          </button>
        ))}
      </div>
      <nav className="host-pager" aria-label="Pages">
        <button {...table.getPreviousPageProps()}>Previous</button>
        <span>{page.total === 0 ? "No customers" : `${page.start}–${page.end} of ${page.total}`}</span>
        <button {...table.getNextPageProps()}>Next</button>
      </nav>
      <p role="status" aria-atomic="true" className="host-announcement">{table.announcement}</p>
      {dialogProps && table.dialog?.type === "changePassword" && <ChangePasswordDialog {...dialogProps} />}
      {dialogProps && table.dialog?.type === "editName" && <EditNameDialog {...dialogProps} />}
      {dialogProps && table.dialog?.type === "migrate" && <MigrateCustomerDialog {...dialogProps} />}
      {dialogProps && table.dialog?.type === "revokeAccess" && <RevokeAccessDialog {...dialogProps} />}
      {dialogProps && table.dialog?.type === "grantAccess" && <GrantAccessDialog {...dialogProps} />}
      {dialogProps && table.dialog?.type === "delete" && <DeleteCustomerDialog {...dialogProps} />}
    </section>
  );
}
