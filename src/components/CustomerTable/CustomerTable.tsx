import { useCallback, useEffect, useRef, useState, type ComponentType } from "react";
import { useAdminContext, useMessages, useProviderValue } from "../../data/PortalCustomerAdminProvider";
import { usePortalCustomers } from "../../data/usePortalCustomers";
import { canManageCustomers, permissionDenial } from "../../domain/permissions";
import { DEFAULT_PAGE_SIZE } from "../../domain/query";
import type { CustomerAction, CustomerStatusFilter, PortalCustomer } from "../../domain/types";
import type { MessageKey } from "../../i18n/messages";
import { errorMessageKey, errorMessageValues } from "../_shared/errorMessage";
import { BulkActionBar } from "../BulkActionBar";
import { CustomerActionsMenu } from "../CustomerActionsMenu";
import { ExportCustomersButton } from "../ExportCustomersButton";
import { ChangePasswordDialog } from "../ChangePasswordDialog";
import { DeleteCustomerDialog } from "../DeleteCustomerDialog";
import { EditNameDialog } from "../EditNameDialog";
import { GrantAccessDialog } from "../GrantAccessDialog";
import type { BulkAction, BulkResult } from "../../adapter/types";
import type { CustomerActionResult } from "../_dialog/types";
import type { ExportCompleteEvent } from "../ExportCustomersButton";
import { MigrateCustomerDialog } from "../MigrateCustomerDialog";
import { RevokeAccessDialog } from "../RevokeAccessDialog";
import { CustomerTableView, type CustomerTableSort } from "./CustomerTableView";

/** How long the filter box waits for typing to settle before it requests, in ms. */
export const CUSTOMER_FILTER_DEBOUNCE_MS = 300;

/** What {@link CustomerTableProps.onBulkActionComplete} receives once a bulk action finished. */
export interface BulkActionCompleteEvent {
  /** The bulk action that ran. */
  action: BulkAction;
  /** The customers it succeeded for (as they were when the admin confirmed). */
  customers: PortalCustomer[];
  /** What happened to each selected customer: succeeded, failed (with why), cancelled by Stop. */
  result: BulkResult;
  /** A sentence for a toast, e.g. "3 customers deleted. 1 failed." */
  message: string;
}

/** Props of {@link CustomerTable}. */
export interface CustomerTableProps {
  /**
   * Called once after each confirmed single-customer action (from a row's menu) with the
   * action, the customer (as the adapter returned it) and a sentence for a toast.
   */
  onActionComplete?: (event: CustomerActionResult) => void;
  /** Called once after each bulk action finished (also when stopped or partly failed). */
  onBulkActionComplete?: (event: BulkActionCompleteEvent) => void;
  /** Called once after each finished export, when the download started. */
  onExportComplete?: (event: ExportCompleteEvent) => void;
  /**
   * Whether a confirmed action shows a visible, dismissible success status above the table.
   * Default `true`. Turn it off to show your own toast from the callbacks above; the message is
   * then still announced to screen readers through a visually hidden live region.
   */
  hasSuccessStatus?: boolean;
  /** The moment relative "Last active" times are computed from; see {@link CustomerTableViewProps.now}. */
  now?: number | Date;
  /** Customers per page, 1..100. Default 25. */
  pageSize?: number;
  /** The selected customer ids (controlled). Removed customers drop out of it. */
  selectedIds?: readonly string[];
  /** The initially selected ids (uncontrolled). */
  defaultSelectedIds?: readonly string[];
  /** Called with the new selection. */
  onSelectedIdsChange?: (selectedIds: string[]) => void;
  /** Whether to offer bulk actions on the selection (Delete, Migrate, Revoke, Grant). Default `true`. */
  hasBulkActions?: boolean;
  /** Whether to offer "Export customers" (CSV of everything matching the filter). Default `true`. */
  hasExport?: boolean;
  /** Extra class names for the root element. */
  className?: string;
}

/** The open dialog: one action on one customer, or none. */
type OpenDialog = { type: CustomerAction; customer: PortalCustomer } | null;

/** What each account dialog takes (the dialogs' shared contract). */
interface AccountDialogProps {
  customer: PortalCustomer;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onSuccess?: (result: { action: CustomerAction; customer: PortalCustomer; message: string }) => void;
  onCloseAutoFocus?: (event: Event) => void;
}

const DIALOGS: Record<CustomerAction, ComponentType<AccountDialogProps>> = {
  changePassword: ChangePasswordDialog,
  editName: EditNameDialog,
  migrate: MigrateCustomerDialog,
  revokeAccess: RevokeAccessDialog,
  grantAccess: GrantAccessDialog,
  delete: DeleteCustomerDialog,
};

interface AppliedQuery {
  search: string;
  status: CustomerStatusFilter;
  sort: CustomerTableSort;
  offset: number;
}

const INITIAL_QUERY: AppliedQuery = {
  search: "", status: "all", sort: { field: "displayName", direction: "asc" }, offset: 0,
};

/**
 * The portal-only customer list wired to the provider's adapter: debounced filter by
 * name or email, status filter, sorting, paging, selection, and each row's ••• menu
 * opening the account dialogs. Confirmed changes show at once and are announced;
 * focus returns to the row's ••• button, or to the table when the row is gone.
 */
export function CustomerTable({
  pageSize = DEFAULT_PAGE_SIZE, selectedIds, defaultSelectedIds, onSelectedIdsChange,
  hasBulkActions = true, hasExport = true, onActionComplete, onBulkActionComplete, onExportComplete,
  hasSuccessStatus = true, now, className,
}: CustomerTableProps) {
  const { t } = useMessages();
  const { events } = useProviderValue();
  const adminContext = useAdminContext();
  const [search, setSearch] = useState("");
  const [query, setQuery] = useState<AppliedQuery>(INITIAL_QUERY);
  const list = usePortalCustomers({ ...query, limit: pageSize });
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [announcement, setAnnouncement] = useState("");
  const tableRef = useRef<HTMLTableElement>(null);
  const triggers = useRef(new Map<string, HTMLButtonElement>());

  // Selection: controlled or not; customers that leave the list leave the selection.
  const [ownSelection, setOwnSelection] = useState<readonly string[]>(defaultSelectedIds ?? []);
  const selection = selectedIds ?? ownSelection;
  const selectionRef = useRef(selection);
  useEffect(() => {
    selectionRef.current = selection;
  }, [selection]);
  const changeSelection = useCallback(
    (ids: string[]) => {
      if (selectedIds === undefined) setOwnSelection(ids);
      onSelectedIdsChange?.(ids);
    },
    [selectedIds, onSelectedIdsChange],
  );
  // The selected customers themselves, so the bulk bar can name them after paging away.
  // Holds only selected customers: filled from the page on selection, from select-all, and kept current by events.
  const [selectedCustomers, setSelectedCustomers] = useState<ReadonlyMap<string, PortalCustomer>>(() => new Map());
  const pageCustomers = new Map((list.data?.items ?? []).map((c) => [c.id, c]));
  const selectCustomers = (ids: string[], customers: ReadonlyMap<string, PortalCustomer> = pageCustomers) => {
    const next = new Map<string, PortalCustomer>();
    for (const id of ids) {
      const customer = customers.get(id) ?? selectedCustomers.get(id);
      if (customer) next.set(id, customer);
    }
    setSelectedCustomers(next);
    changeSelection(ids);
  };
  useEffect(
    () =>
      events.subscribe((event) => {
        if (event.type === "updated") {
          setSelectedCustomers((current) =>
            current.has(event.customer.id) ? new Map(current).set(event.customer.id, event.customer) : current,
          );
        } else if (selectionRef.current.includes(event.customerId)) {
          setSelectedCustomers((current) => {
            const next = new Map(current);
            next.delete(event.customerId);
            return next;
          });
          changeSelection(selectionRef.current.filter((id) => id !== event.customerId));
        }
      }),
    [events, changeSelection],
  );

  // One request per settled filter: typing waits, everything else applies at once.
  useEffect(() => {
    const trimmed = search.trim();
    if (trimmed === query.search) return;
    const timer = setTimeout(() => setQuery((q) => ({ ...q, search: trimmed, offset: 0 })), CUSTOMER_FILTER_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [search, query.search]);

  // A page emptied by deletions (or a shrunken total) moves back to the last page that has rows
  // (adjusted while rendering, so the empty page never paints).
  const data = list.data;
  if (data && !list.isFetching && data.items.length === 0 && data.offset > 0 && data.total > 0) {
    const lastPage = Math.floor((data.total - 1) / pageSize) * pageSize;
    if (query.offset > lastPage) setQuery({ ...query, offset: lastPage });
  }

  const context = adminContext.status === "ready" ? adminContext.context : undefined;
  const isReadOnly = !!context && !canManageCustomers(context);
  const denial = context && permissionDenial(context, "editName");

  let status: "loading" | "error" | "success" = list.status;
  let errorTitle: string | undefined;
  let errorMessage: string | undefined;
  let onRetry: (() => void) | undefined;
  if (adminContext.status === "error") {
    status = "error";
    errorTitle = t("adminContext.error");
    errorMessage = t(errorMessageKey(adminContext.error), errorMessageValues(adminContext.error));
    onRetry = adminContext.retry;
  } else if (list.status === "error") {
    errorMessage = t(errorMessageKey(list.error), errorMessageValues(list.error));
    onRetry = list.refetch;
  } else if (adminContext.status === "loading") {
    // Permissions are unknown until the context arrives: show the skeleton, not a guess.
    status = "loading";
  }

  // Back to the row's ••• button, or to the table when the row is gone (deleted, migrated).
  const returnFocus = useCallback((event: Event, customerId: string) => {
    event.preventDefault();
    const trigger = triggers.current.get(customerId);
    (trigger?.isConnected ? trigger : tableRef.current)?.focus();
  }, []);

  const Dialog = dialog ? DIALOGS[dialog.type] : null;
  const isAdminReady = adminContext.status === "ready";

  return (
    <>
      <CustomerTableView
        className={className}
        customers={isAdminReady ? data?.items : undefined}
        total={data?.total}
        offset={data?.offset}
        limit={pageSize}
        status={status}
        isFetching={list.isFetching}
        errorTitle={errorTitle}
        errorMessage={errorMessage}
        onRetry={onRetry}
        search={search}
        onSearchChange={setSearch}
        statusFilter={query.status}
        onStatusFilterChange={(value) => setQuery((q) => ({ ...q, search: search.trim(), status: value, offset: 0 }))}
        sort={query.sort}
        onSortChange={(sort) => setQuery((q) => ({ ...q, search: search.trim(), sort, offset: 0 }))}
        onPageChange={(offset) => setQuery((q) => ({ ...q, offset }))}
        isFiltered={query.search !== "" || query.status !== "all"}
        onClearFilters={() => {
          setSearch("");
          setQuery((q) => ({ ...q, search: "", status: "all", offset: 0 }));
        }}
        isSelectable={!isReadOnly}
        selectedIds={selection}
        onSelectedIdsChange={(ids) => selectCustomers(ids)}
        isReadOnly={isReadOnly}
        readOnlyReason={denial ? t(`denial.${denial}` as MessageKey) : undefined}
        renderRowActions={(customer) => (
          <CustomerActionsMenu
            ref={(element) => {
              if (element) triggers.current.set(customer.id, element);
              else triggers.current.delete(customer.id);
            }}
            customer={customer}
            onSelect={(action: CustomerAction) => {
              setAnnouncement("");
              setDialog({ type: action, customer });
            }}
          />
        )}
        toolbarActions={
          hasExport && isAdminReady ? (
            <ExportCustomersButton
              query={{ search: query.search, status: query.status, sort: query.sort }}
              onComplete={onExportComplete}
            />
          ) : undefined
        }
        bulkBar={
          hasBulkActions ? (
            <BulkActionBar
              selected={selection.flatMap((id) => selectedCustomers.get(id) ?? pageCustomers.get(id) ?? [])}
              onSelectedChange={(customers) =>
                selectCustomers(customers.map((c) => c.id), new Map(customers.map((c) => [c.id, c])))
              }
              query={{ search: query.search, status: query.status, sort: query.sort }}
              matchingTotal={data?.total}
              onComplete={(action, result, customers) => {
                list.refetch();
                const succeeded = new Set(result.succeeded);
                const message = [
                  t(`bulk.done.${action}`, { count: result.succeeded.length }),
                  result.failed.length > 0 ? t("bulk.done.failed", { count: result.failed.length }) : "",
                ].filter(Boolean).join(" ");
                setAnnouncement(message);
                onBulkActionComplete?.({ action, customers: customers.filter((c) => succeeded.has(c.id)), result, message });
              }}
              onCloseAutoFocus={(event) => {
                event.preventDefault();
                tableRef.current?.focus();
              }}
            />
          ) : undefined
        }
        announcement={hasSuccessStatus ? undefined : announcement}
        successMessage={hasSuccessStatus ? announcement : undefined}
        onDismissSuccess={() => {
          setAnnouncement("");
          tableRef.current?.focus();
        }}
        tableRef={tableRef}
        now={now}
      />
      {Dialog && dialog && (
        <Dialog
          key={`${dialog.type}:${dialog.customer.id}`}
          customer={dialog.customer}
          open
          onOpenChange={(open) => {
            if (!open) setDialog(null);
          }}
          onSuccess={(result) => {
            setAnnouncement(result.message);
            onActionComplete?.(result);
          }}
          onCloseAutoFocus={(event) => returnFocus(event, dialog.customer.id)}
        />
      )}
    </>
  );
}
