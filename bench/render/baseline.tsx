// The common way to build the same screen (the shadcn/ui "data table" pattern): TanStack Table
// with manual (server-side) paging, sorting and filtering, a Radix DropdownMenu per row, and a
// Radix Dialog opened from a menu item. Same adapter, same 100 rows a page, same 300 ms debounce.
import * as Dialog from "@radix-ui/react-dialog";
import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import {
  flexRender, getCoreRowModel, useReactTable, type ColumnDef, type PaginationState, type RowSelectionState, type SortingState,
} from "@tanstack/react-table";
import { useEffect, useMemo, useState } from "react";
import { createRoot } from "react-dom/client";
import type { CustomerPage, CustomerSortField, PortalCustomer } from "../../src";
import { createMemoryAdapter } from "../../src/testing";
import "../../src/styles.css";
import { installBench } from "./harness";

const adapter = createMemoryAdapter({ customers: 2000, seed: 3 });
const ACTIONS = ["Change password", "Edit full name", "Migrate to Atlassian account", "Revoke access", "Delete account"];

function relative(iso: string | null): string {
  if (iso === null) return "Never logged in";
  const days = Math.round((Date.parse(iso) - Date.now()) / 86_400_000);
  return new Intl.RelativeTimeFormat("en", { numeric: "auto" }).format(days, "day");
}

function SortButton({ label, column }: { label: string; column: { getIsSorted(): false | "asc" | "desc"; toggleSorting(desc?: boolean): void } }) {
  const sorted = column.getIsSorted();
  return (
    <button type="button" className="pca-customer-table__sort" onClick={() => column.toggleSorting(sorted === "asc")}>
      {label} {sorted === "asc" ? "↑" : sorted === "desc" ? "↓" : ""}
    </button>
  );
}

function RowActions({ customer, onSelect }: { customer: PortalCustomer; onSelect: (customer: PortalCustomer) => void }) {
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger className="pca-button" aria-label={`More options for ${customer.displayName}`}>•••</DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="pca-menu" align="end">
          {ACTIONS.map((action) => (
            <DropdownMenu.Item key={action} className="pca-menu__item" onSelect={() => onSelect(customer)}>
              {action}
            </DropdownMenu.Item>
          ))}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}

function BaselineTable() {
  const [search, setSearch] = useState("");
  const [debounced, setDebounced] = useState("");
  const [sorting, setSorting] = useState<SortingState>([{ id: "displayName", desc: false }]);
  const [pagination, setPagination] = useState<PaginationState>({ pageIndex: 0, pageSize: 100 });
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  const [page, setPage] = useState<CustomerPage | null>(null);
  const [dialogFor, setDialogFor] = useState<PortalCustomer | null>(null);

  useEffect(() => {
    const timer = setTimeout(() => {
      setDebounced(search.trim());
      setPagination((p) => ({ ...p, pageIndex: 0 }));
    }, 300);
    return () => clearTimeout(timer);
  }, [search]);

  useEffect(() => {
    const controller = new AbortController();
    const sort = sorting[0];
    adapter
      .listCustomers(
        {
          search: debounced,
          sort: sort ? { field: sort.id as CustomerSortField, direction: sort.desc ? "desc" : "asc" } : undefined,
          offset: pagination.pageIndex * pagination.pageSize,
          limit: pagination.pageSize,
        },
        { signal: controller.signal },
      )
      .then(setPage, () => {});
    return () => controller.abort();
  }, [debounced, sorting, pagination]);

  const columns = useMemo<ColumnDef<PortalCustomer>[]>(
    () => [
      {
        id: "select",
        header: ({ table }) => (
          <input type="checkbox" aria-label="Select all" checked={table.getIsAllPageRowsSelected()} onChange={table.getToggleAllPageRowsSelectedHandler()} />
        ),
        cell: ({ row }) => (
          <input type="checkbox" aria-label={`Select ${row.original.displayName}`} checked={row.getIsSelected()} onChange={row.getToggleSelectedHandler()} />
        ),
      },
      { accessorKey: "displayName", header: ({ column }) => <SortButton label="Name" column={column} /> },
      { accessorKey: "email", header: ({ column }) => <SortButton label="Email" column={column} /> },
      { accessorKey: "status", header: "Status", cell: ({ row }) => (row.original.status === "active" ? "Active" : "Access revoked") },
      {
        accessorKey: "lastActiveAt",
        header: ({ column }) => <SortButton label="Last active" column={column} />,
        cell: ({ row }) => (
          <time title={row.original.lastActiveAt ? new Date(row.original.lastActiveAt).toLocaleString("en") : undefined}>
            {relative(row.original.lastActiveAt)}
          </time>
        ),
      },
      { id: "actions", cell: ({ row }) => <RowActions customer={row.original} onSelect={setDialogFor} /> },
    ],
    [],
  );

  // eslint-disable-next-line react-hooks/incompatible-library -- the baseline is TanStack Table as hosts use it: that is what it measures.
  const table = useReactTable({
    data: page?.items ?? [],
    columns,
    rowCount: page?.total ?? 0,
    state: { sorting, pagination, rowSelection },
    onSortingChange: setSorting,
    onPaginationChange: setPagination,
    onRowSelectionChange: setRowSelection,
    getRowId: (row) => row.id,
    manualPagination: true,
    manualSorting: true,
    manualFiltering: true,
    getCoreRowModel: getCoreRowModel(),
  });

  return (
    <div className="pca-root pca-customer-table">
      <div className="pca-customer-table__toolbar">
        <input
          type="search"
          className="pca-customer-table__input"
          aria-label="Filter by name or email"
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
        />
      </div>
      <table className="pca-customer-table__table">
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <th key={header.id} scope="col">
                  {header.isPlaceholder ? null : flexRender(header.column.columnDef.header, header.getContext())}
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id}>
              {row.getVisibleCells().map((cell) =>
                cell.column.id === "displayName" ? (
                  <th key={cell.id} scope="row">{flexRender(cell.column.columnDef.cell, cell.getContext())}</th>
                ) : (
                  <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="pca-customer-table__footer">
        <button type="button" className="pca-button" disabled={!table.getCanPreviousPage()} onClick={() => table.previousPage()}>
          Previous page
        </button>
        <button type="button" className="pca-button" disabled={!table.getCanNextPage()} onClick={() => table.nextPage()}>
          Next page
        </button>
      </div>
      <Dialog.Root open={dialogFor !== null} onOpenChange={(open) => !open && setDialogFor(null)}>
        <Dialog.Portal>
          <Dialog.Overlay className="pca-dialog__overlay" />
          <Dialog.Content className="pca-dialog" aria-describedby={undefined}>
            <Dialog.Title>Change password</Dialog.Title>
            <form onSubmit={(event) => event.preventDefault()}>
              <label>New password <input type="password" autoComplete="new-password" /></label>
              <label>Confirm password <input type="password" autoComplete="new-password" /></label>
              <Dialog.Close type="button" className="pca-button">Cancel</Dialog.Close>
              <button type="submit" className="pca-button">Save password</button>
            </form>
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
    </div>
  );
}

installBench(100);
createRoot(document.getElementById("root")!).render(<BaselineTable />);
