import { useControllableState } from "@radix-ui/react-use-controllable-state";
import {
  useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState,
  type ChangeEvent, type MutableRefObject, type RefObject,
} from "react";
import { isAbortError } from "../../adapter/errors";
import { resolveCustomers } from "../../adapter/resolve";
import type { BulkAction, BulkResult } from "../../adapter/types";
import { useAdminContext, useProviderValue } from "../../data/PortalCustomerAdminProvider";
import { useMessages } from "../../i18n/I18nContext";
import type { PortalCustomersState } from "../../data/customerListStore";
import { usePortalCustomers } from "../../data/usePortalCustomers";
import { canManageCustomers, permissionDenial } from "../../domain/permissions";
import { DEFAULT_PAGE_SIZE, fillQuery } from "../../domain/query";
import type {
  CustomerAction, CustomerQuery, CustomerSortField, CustomerStatusFilter, NormalizedCustomerQuery, PortalCustomer, SortDirection,
} from "../../domain/types";
import type { MessageKey } from "../../i18n/messages";
import { errorMessageKey, errorMessageValues } from "../_shared/errorMessage";
import { focusWithoutJump } from "../_shared/focus";
import type { CustomerActionResult } from "../_dialog/types";
import type { ExportCompleteEvent } from "../ExportCustomersButton";
import { useResultsAnnouncement } from "./useResultsAnnouncement";
import { useAdminContextErrorOwner } from "../../data/useAdminContextErrorOwner";
import { ADMIN_CONTEXT_ERROR_RANK } from "../../data/errorOwners";

/** How long the filter box waits for typing to settle before it requests, in ms. */
export const CUSTOMER_FILTER_DEBOUNCE_MS = 300;

/** The open account dialog: one action on one customer, or none. */
export type CustomerTableDialog = { type: CustomerAction; customer: PortalCustomer } | null;

/** What `onBulkActionComplete` receives once a bulk action finished. */
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

/** Options of {@link useCustomerTable}: every slice a host may own comes as `x / defaultX / onXChange`. */
export interface UseCustomerTableOptions {
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
   * The list's query (controlled): `search` as typed in the filter box, `status`, `sort`,
   * `offset`, `limit`. Missing fields take the defaults. The search reaches the adapter
   * {@link CUSTOMER_FILTER_DEBOUNCE_MS} after typing stops; a search the host changes (a URL, Back) applies at once.
   */
  query?: CustomerQuery;
  /** The initial query (uncontrolled); missing fields take the defaults. */
  defaultQuery?: CustomerQuery;
  /** Called with the complete new query on every change: each keystroke, status, sort and page. */
  onQueryChange?: (query: NormalizedCustomerQuery) => void;
  /** Customers per page (1..100) when the query has no `limit`. Default 25. */
  pageSize?: number;
  /** The selected customer ids (controlled), on any page. Removed customers drop out of it. */
  selectedIds?: readonly string[];
  /** The initially selected ids (uncontrolled), on any page. */
  defaultSelectedIds?: readonly string[];
  /** Called with the new selection. */
  onSelectedIdsChange?: (selectedIds: string[]) => void;
}

/** Whether the customers of every selected id are known (named, with a status) or still being looked up. */
export type SelectionStatus = "ready" | "resolving" | "failed";

/** What {@link useCustomerTable} returns: state, handlers and prop getters for any markup. */
export interface CustomerTableState {
  /** The query as the controls show it (the search as typed). */
  query: NormalizedCustomerQuery;
  /** The query the list was requested with (the search settled and trimmed). */
  appliedQuery: NormalizedCustomerQuery;
  /** The list of the applied query. */
  list: PortalCustomersState;
  /** The rows to show, or `undefined` until both the list and the admin context are loaded. */
  customers: readonly PortalCustomer[] | undefined;
  /** Customers matching the filters across all pages, once known. */
  total: number | undefined;
  /** `loading` until there is something to show, `error` when the list or the admin context failed. */
  status: "loading" | "error" | "success";
  /** Whether newer rows are on their way (the current ones stay meanwhile), also before their request starts. */
  isFetching: boolean;
  /** The error's title (set when the admin context failed; else the View's default). */
  errorTitle: string | undefined;
  /** What went wrong, in words. */
  errorMessage: string | undefined;
  /** Tries the failed request again. */
  retry: (() => void) | undefined;
  /** Whether the search or the status filter narrows the list. */
  isFiltered: boolean;
  /** Whether the admin context (who is looking, what they may do) has loaded. */
  isAdminReady: boolean;
  /** Whether the viewer may only look (no selection, no actions). */
  isReadOnly: boolean;
  /** Why the viewer may only look. */
  readOnlyReason: string | undefined;
  /** Whether rows can be selected (not read-only). */
  isSelectable: boolean;
  /** Sets the text of the filter box (the request waits for typing to settle). */
  setSearch: (search: string) => void;
  /** Sets the status filter (back to the first page). */
  setStatusFilter: (status: CustomerStatusFilter) => void;
  /** Sets the order (back to the first page). */
  setSort: (sort: { field: CustomerSortField; direction: SortDirection }) => void;
  /** The direction a column is sorted in, or `none`. */
  getSortDirection: (field: CustomerSortField) => SortDirection | "none";
  /** Sorts by `field`: ascending first for text, newest first for dates; again flips it. */
  toggleSort: (field: CustomerSortField) => void;
  /** Goes to the page starting at `offset`. */
  setOffset: (offset: number) => void;
  /** Clears the search and the status filter. */
  clearFilters: () => void;
  /** Range of the page: `start`–`end` of `total`, and whether there are previous and next pages. */
  page: { start: number; end: number; total: number; hasPrevious: boolean; hasNext: boolean };
  /** The selected ids, on any page. */
  selectedIds: readonly string[];
  /** Replaces the selection. */
  setSelectedIds: (ids: readonly string[]) => void;
  /** The selected customers known so far (all of them once `selectionStatus` is `ready`). */
  selectedCustomers: readonly PortalCustomer[];
  /** Whether selected ids the table has not shown are still being looked up through the adapter. */
  selectionStatus: SelectionStatus;
  /** Whether a customer is selected. */
  isSelected: (customerId: string) => boolean;
  /** Selects or unselects one customer (a stable function). */
  toggleSelected: (customerId: string, isSelected: boolean) => void;
  /** `all`, `some` or `none` of the page's rows are selected. */
  pageSelection: "all" | "some" | "none";
  /** Selects the whole page, or unselects it when it is all selected. */
  togglePageSelected: () => void;
  /** The open account dialog. */
  dialog: CustomerTableDialog;
  /** Opens an account dialog (what a row menu's `onSelect` does). */
  openDialog: (action: CustomerAction, customer: PortalCustomer) => void;
  /** Closes the account dialog. */
  closeDialog: () => void;
  /** The latest success message, for a status or a polite live region (e.g. "Access revoked for Ava Kim."); `""` when none. */
  announcement: string;
  /**
   * What a polite live region should say about the rows, once per change the admin made:
   * "42 customers match “grace”", "Sorted by Last active, newest first", "Page 2, showing 26–50 of 5,002".
   * `""` until the first change (not on the first load). `CustomerTableView` announces the same by itself.
   */
  resultsAnnouncement: string;
  /** Clears the success message (a status's Dismiss button) and focuses the table. */
  dismissAnnouncement: () => void;
  /** The filter and sort an export or "select all matching" covers. */
  exportQuery: CustomerQuery;
  /** The `<table>` (it takes focus when no row's ••• button is left to take it, e.g. after a bulk action). */
  tableRef: RefObject<HTMLTableElement | null>;
  /** Props for the `<table>`: its ref, `tabIndex={-1}` and `aria-busy`. */
  getTableProps: () => { ref: RefObject<HTMLTableElement | null>; tabIndex: -1; "aria-busy": true | undefined };
  /** Props for an `<input>` filter box. */
  getFilterInputProps: () => { type: "search"; value: string; onChange: (event: ChangeEvent<HTMLInputElement>) => void };
  /** Props for a status `<select>` with options `all`, `active`, `revoked`. */
  getStatusFilterProps: () => { value: CustomerStatusFilter; onChange: (event: ChangeEvent<HTMLSelectElement>) => void };
  /** Props for a sortable column's header cell. */
  getSortHeaderProps: (field: CustomerSortField) => { "aria-sort": "ascending" | "descending" | undefined };
  /** Props for the button inside a sortable header. */
  getSortButtonProps: (field: CustomerSortField) => { type: "button"; onClick: () => void; "data-sort": SortDirection | "none" };
  /** Props for a row's checkbox `<input>`, named "Select {name}". */
  getRowCheckboxProps: (customer: PortalCustomer) => {
    type: "checkbox"; checked: boolean; "aria-label": string; onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  };
  /** Props for the page's "Select all on this page" checkbox (set `indeterminate` from `pageSelection`). */
  getPageCheckboxProps: () => {
    type: "checkbox"; checked: boolean; disabled: boolean; "aria-label": string; onChange: () => void;
  };
  /** Props for a "Previous page" button. */
  getPreviousPageProps: () => { type: "button"; disabled: boolean; onClick: () => void };
  /** Props for a "Next page" button. */
  getNextPageProps: () => { type: "button"; disabled: boolean; onClick: () => void };
  /** Props for a row's `CustomerActionsMenu` (a stable function, so rows can be memoized). */
  getActionsMenuProps: (customer: PortalCustomer) => {
    customer: PortalCustomer; ref: (element: HTMLButtonElement | null) => void; onSelect: (action: CustomerAction) => void;
  };
  /** Props for the open dialog (render the dialog of `dialog.type` with them), or `null` when none is open. */
  getDialogProps: () => {
    customer: PortalCustomer; open: true; onOpenChange: (open: boolean) => void;
    onSuccess: (result: CustomerActionResult) => void; onCloseAutoFocus: (event: Event) => void;
  } | null;
  /** Props for an `ExportCustomersButton` of what the table shows. */
  getExportButtonProps: () => {
    query: CustomerQuery; matchingTotal: number | undefined; onComplete: ((event: ExportCompleteEvent) => void) | undefined;
  };
  /** Props for a `BulkActionBar` over the selection (every selected id, on any page). */
  getBulkBarProps: () => {
    selected: readonly PortalCustomer[]; selectedIds: readonly string[]; selectionStatus: SelectionStatus;
    onSelectedChange: (customers: PortalCustomer[]) => void; query: CustomerQuery; matchingTotal: number | undefined;
    onComplete: (action: BulkAction, result: BulkResult, customers: readonly PortalCustomer[]) => void;
    onCloseAutoFocus: (event: Event) => void;
  };
}

const EMPTY: readonly string[] = [];
// A query as a string and back, so equal queries share one object (effects and memos compare by identity).
const queryKey = (q: NormalizedCustomerQuery) =>
  JSON.stringify([q.search, q.status, q.sort.field, q.sort.direction, q.offset, q.limit]);
function fromKey(key: string): NormalizedCustomerQuery {
  const [search, status, field, direction, offset, limit] = JSON.parse(key) as [
    string, CustomerStatusFilter, CustomerSortField, SortDirection, number, number,
  ];
  return { search, status, sort: { field, direction }, offset, limit };
}

/** The latest value, for callbacks that must keep one identity (memoized rows) yet see fresh state. */
function useLatest<T>(value: T): MutableRefObject<T> {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}

/**
 * Everything {@link CustomerTable} does that isn't markup, for hosts that bring their own:
 * the query (controlled or not, the search debounced), the list, the selection across
 * pages (ids; customers not on the page are looked up through the adapter), the open
 * dialog and where focus returns, announcements, and bulk and export state. Returns state,
 * handlers and prop getters; render with any table markup plus `CustomerActionsMenu`, the
 * account dialogs and `BulkActionBar`.
 */
export function useCustomerTable(options: UseCustomerTableOptions = {}): CustomerTableState {
  const {
    pageSize = DEFAULT_PAGE_SIZE, onQueryChange, onSelectedIdsChange, onActionComplete, onBulkActionComplete, onExportComplete,
  } = options;
  const { t } = useMessages();
  const { adapter, events } = useProviderValue();
  const adminContext = useAdminContext();
  // The table owns the admin context's error on a page: navigation, breadcrumbs, guide and badge stay quiet.
  const isAdminErrorOwner = useAdminContextErrorOwner(ADMIN_CONTEXT_ERROR_RANK.table);

  // ---- the query: controlled or not; the same value keeps the same object ----
  const controlledKey = options.query === undefined ? undefined : queryKey(fillQuery(options.query, { limit: pageSize }));
  // Keyed by value: a host's inline object literal is the same query when it asks for the same thing.
  const controlled = useMemo(() => (controlledKey === undefined ? undefined : fromKey(controlledKey)), [controlledKey]);
  const [initialQuery] = useState(() => fillQuery(options.defaultQuery, { limit: pageSize }));
  const [query, setQuery] = useControllableState<NormalizedCustomerQuery>({
    prop: controlled, defaultProp: initialQuery, onChange: onQueryChange, caller: "useCustomerTable",
  });

  // Typing waits CUSTOMER_FILTER_DEBOUNCE_MS before it reaches the adapter; a search set any
  // other way (the host's URL, Back, Clear filters) applies at once.
  const trimmed = query.search.trim();
  const [appliedSearch, setAppliedSearch] = useState(trimmed);
  const [typedSearch, setTypedSearch] = useState<string | null>(null);
  if (trimmed !== appliedSearch && query.search !== typedSearch) setAppliedSearch(trimmed);
  useEffect(() => {
    if (trimmed === appliedSearch) return;
    const timer = setTimeout(() => {
      setAppliedSearch(trimmed);
      setQuery((q) => (q.offset === 0 ? q : { ...q, offset: 0 }));
    }, CUSTOMER_FILTER_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [trimmed, appliedSearch, setQuery]);

  const appliedKey = queryKey({ ...query, search: appliedSearch });
  const appliedQuery = useMemo(() => fromKey(appliedKey), [appliedKey]);
  const list = usePortalCustomers(appliedQuery);
  const data = list.data;
  // In the render where the query changed, the list still shows the previous one: its request starts in an effect.
  const isFetching = list.isFetching || queryKey(list.query) !== appliedKey;

  const setSearch = useCallback(
    (search: string) => {
      setTypedSearch(search);
      setQuery((q) => ({ ...q, search }));
    },
    [setQuery],
  );
  const applyNow = (changes: Partial<NormalizedCustomerQuery>) => {
    setAppliedSearch(trimmed);
    setQuery({ ...query, ...changes });
  };
  const setStatusFilter = (status: CustomerStatusFilter) => applyNow({ status, offset: 0 });
  const setSort = (sort: { field: CustomerSortField; direction: SortDirection }) => applyNow({ sort, offset: 0 });
  const getSortDirection = (field: CustomerSortField): SortDirection | "none" =>
    query.sort.field === field ? query.sort.direction : "none";
  const toggleSort = (field: CustomerSortField) => {
    const current = getSortDirection(field);
    // Recent first is the useful default for dates; text columns start A→Z.
    const first: SortDirection = field === "lastActiveAt" || field === "createdAt" ? "desc" : "asc";
    setSort({ field, direction: current === "none" ? first : current === "asc" ? "desc" : "asc" });
  };
  const setOffset = (offset: number) => setQuery({ ...query, search: query.search, offset: Math.max(0, offset) });
  const clearFilters = () => {
    setAppliedSearch("");
    setQuery({ ...query, search: "", status: "all", offset: 0 });
  };

  // A page emptied by deletions (or a shrunken total) moves back to the last page that has rows.
  const emptiedTo =
    data && !list.isFetching && data.items.length === 0 && data.offset > 0 && data.total > 0 && query.offset > 0
      ? Math.floor((data.total - 1) / query.limit) * query.limit
      : undefined;
  useEffect(() => {
    if (emptiedTo !== undefined) setQuery((q) => (q.offset > emptiedTo ? { ...q, offset: emptiedTo } : q));
  }, [emptiedTo, setQuery]);

  // ---- admin context, status, errors ----
  const context = adminContext.status === "ready" ? adminContext.context : undefined;
  const isReadOnly = !!context && !canManageCustomers(context);
  const denial = context && permissionDenial(context, "editName");
  let status: "loading" | "error" | "success" = list.status;
  let errorTitle: string | undefined;
  let errorMessage: string | undefined;
  let retry: (() => void) | undefined;
  if (adminContext.status === "error") {
    status = "error";
    errorTitle = t("adminContext.error");
    errorMessage = t(errorMessageKey(adminContext.error), errorMessageValues(adminContext.error));
    // A second table under the same provider leaves Retry to the first.
    retry = isAdminErrorOwner ? adminContext.retry : undefined;
  } else if (list.status === "error") {
    errorMessage = t(errorMessageKey(list.error), errorMessageValues(list.error));
    retry = list.refetch;
  } else if (adminContext.status === "loading") {
    // Permissions are unknown until the context arrives: show the skeleton, not a guess.
    status = "loading";
  }
  const customers = adminContext.status === "ready" ? data?.items : undefined;

  // ---- selection: ids on any page; the customers behind them known or looked up ----
  const [selectedIds, setSelection] = useControllableState<readonly string[]>({
    prop: options.selectedIds,
    defaultProp: options.defaultSelectedIds ?? EMPTY,
    onChange: onSelectedIdsChange as ((ids: readonly string[]) => void) | undefined,
    caller: "useCustomerTable",
  });
  const [known, setKnown] = useState<ReadonlyMap<string, PortalCustomer>>(() => new Map());
  const pageCustomers = useMemo(() => new Map((data?.items ?? []).map((c) => [c.id, c])), [data]);
  const selectedSet = useMemo(() => new Set(selectedIds), [selectedIds]);
  const selectedCustomers = useMemo(
    () => selectedIds.flatMap((id) => pageCustomers.get(id) ?? known.get(id) ?? []),
    [selectedIds, pageCustomers, known],
  );
  const remember = useCallback((customers: Iterable<PortalCustomer>) => {
    setKnown((current) => {
      let next: Map<string, PortalCustomer> | undefined;
      for (const customer of customers) {
        if (current.get(customer.id) === customer) continue;
        next ??= new Map(current);
        next.set(customer.id, customer);
      }
      return next ?? current;
    });
  }, []);
  // Selected customers on the page stay known after paging away, so the bulk bar can still name them
  // (adjusted while rendering, when the page changes).
  const [shownData, setShownData] = useState(data);
  if (data !== shownData) {
    setShownData(data);
    const seen = [...(shownData?.items ?? []), ...(data?.items ?? [])].filter((c) => selectedSet.has(c.id));
    if (seen.length > 0) remember(seen);
  }

  const latest = useLatest({ selectedIds, setSelection, pageCustomers, query, setQuery });
  const changeSelection = useCallback(
    (ids: readonly string[]) => {
      remember(ids.flatMap((id) => latest.current.pageCustomers.get(id) ?? []));
      latest.current.setSelection([...new Set(ids)]);
    },
    [latest, remember],
  );

  // Selected ids the table has not shown (another page, or given by the host) are looked up.
  const missing = selectedIds.filter((id) => !pageCustomers.has(id) && !known.has(id));
  const missingKey = data && missing.length > 0 ? missing.join("\n") : "";
  const [failedKey, setFailedKey] = useState<string | null>(null);
  useEffect(() => {
    if (!missingKey) return;
    const ids = missingKey.split("\n");
    const controller = new AbortController();
    resolveCustomers(adapter, ids, { signal: controller.signal }).then(
      (found) => {
        remember(found);
        const foundIds = new Set(found.map((c) => c.id));
        const gone = new Set(ids.filter((id) => !foundIds.has(id)));
        // Ids the adapter doesn't know (deleted, migrated meanwhile) leave the selection, like removed rows.
        if (gone.size > 0) latest.current.setSelection(latest.current.selectedIds.filter((id) => !gone.has(id)));
      },
      (error: unknown) => {
        if (!isAbortError(error)) setFailedKey(missingKey);
      },
    );
    return () => controller.abort();
  }, [missingKey, adapter, remember, latest]);
  const selectionStatus: SelectionStatus = missing.length === 0 ? "ready" : failedKey === missingKey ? "failed" : "resolving";

  // Confirmed changes keep the known customers current; removed customers leave the selection.
  useEffect(
    () =>
      events.subscribe((event) => {
        if (event.type === "updated") {
          setKnown((current) =>
            current.has(event.customer.id) ? new Map(current).set(event.customer.id, event.customer) : current,
          );
        } else if (latest.current.selectedIds.includes(event.customerId)) {
          setKnown((current) => {
            const next = new Map(current);
            next.delete(event.customerId);
            return next;
          });
          latest.current.setSelection(latest.current.selectedIds.filter((id) => id !== event.customerId));
        }
      }),
    [events, latest],
  );

  const toggleSelected = useCallback(
    (customerId: string, isChecked: boolean) => {
      const current = latest.current.selectedIds.filter((id) => id !== customerId);
      changeSelection(isChecked ? [...current, customerId] : current);
    },
    [latest, changeSelection],
  );
  const pageIds = (customers ?? []).map((c) => c.id);
  const selectedOnPage = pageIds.filter((id) => selectedSet.has(id)).length;
  const pageSelection = pageIds.length > 0 && selectedOnPage === pageIds.length ? "all" : selectedOnPage > 0 ? "some" : "none";
  const togglePageSelected = () => {
    if (pageSelection === "all") changeSelection(selectedIds.filter((id) => !pageIds.includes(id)));
    else changeSelection([...selectedIds, ...pageIds.filter((id) => !selectedSet.has(id))]);
  };

  // ---- dialog, focus return, announcements ----
  const [dialog, setDialog] = useState<CustomerTableDialog>(null);
  const [announcement, setAnnouncement] = useState("");
  const tableRef = useRef<HTMLTableElement>(null);
  const triggers = useRef(new Map<string, HTMLButtonElement>());
  const shownIds = useLatest(pageIds);
  // The rows around the one whose dialog is open, nearest first (those below, then those above):
  // where focus goes if that row leaves (deleted, migrated).
  const neighbours = useRef<readonly string[]>([]);
  const openDialog = useCallback((action: CustomerAction, customer: PortalCustomer) => {
    const ids = shownIds.current;
    const index = ids.indexOf(customer.id);
    neighbours.current = index < 0 ? [] : [...ids.slice(index + 1), ...ids.slice(0, index).reverse()];
    setAnnouncement("");
    setDialog({ type: action, customer });
  }, [shownIds]);
  const closeDialog = useCallback(() => setDialog(null), []);
  const triggerRefs = useRef(new Map<string, (element: HTMLButtonElement | null) => void>());
  const getActionsMenuProps = useCallback(
    (customer: PortalCustomer) => {
      let ref = triggerRefs.current.get(customer.id);
      if (!ref) {
        ref = (element: HTMLButtonElement | null) => {
          if (element) triggers.current.set(customer.id, element);
          else triggers.current.delete(customer.id);
        };
        triggerRefs.current.set(customer.id, ref);
      }
      return { customer, ref, onSelect: (action: CustomerAction) => openDialog(action, customer) };
    },
    [openDialog],
  );
  // The table itself when no row's button is left (its outline is drawn inside, so its scroll
  // container doesn't clip it), without the page jumping to its top.
  const focusTable = () => focusWithoutJump(tableRef.current);
  // Back to the row's ••• button; when the row is gone (deleted, migrated), to the ••• of the
  // row that took its place, else the nearest row's, else the table.
  const returnFocus = (event: Event, customerId: string) => {
    event.preventDefault();
    const target = [customerId, ...neighbours.current].map((id) => triggers.current.get(id)).find((el) => el?.isConnected);
    if (target) target.focus();
    else focusTable();
  };

  const exportQuery = useMemo<CustomerQuery>(
    () => ({ search: appliedQuery.search, status: appliedQuery.status, sort: appliedQuery.sort }),
    [appliedQuery],
  );
  const rows = customers ?? [];
  const count = data?.total ?? rows.length;
  const offset = data?.offset ?? 0;
  const page = {
    start: rows.length === 0 ? 0 : offset + 1,
    end: rows.length === 0 ? 0 : offset + rows.length,
    total: count,
    hasPrevious: offset > 0,
    hasNext: offset + rows.length < count,
  };
  const isBusy = (status === "loading" && rows.length === 0) || list.isFetching;
  const resultsAnnouncement = useResultsAnnouncement({
    isSettled: status === "success" && !isFetching && customers !== undefined,
    search: appliedQuery.search, status: appliedQuery.status, sort: appliedQuery.sort, offset, limit: appliedQuery.limit,
    count: rows.length, total: count,
  });
  const ariaSort = (field: CustomerSortField) => {
    const direction = getSortDirection(field);
    return direction === "asc" ? "ascending" : direction === "desc" ? "descending" : undefined;
  };

  return {
    query, appliedQuery, list, customers, total: data?.total, status, isFetching,
    errorTitle, errorMessage, retry,
    isFiltered: appliedQuery.search !== "" || query.status !== "all",
    isAdminReady: adminContext.status === "ready", isReadOnly, readOnlyReason: denial ? t(`denial.${denial}` as MessageKey) : undefined, isSelectable: !isReadOnly,
    setSearch, setStatusFilter, setSort, getSortDirection, toggleSort, setOffset, clearFilters, page,
    selectedIds, setSelectedIds: changeSelection, selectedCustomers, selectionStatus,
    isSelected: (id) => selectedSet.has(id), toggleSelected, pageSelection, togglePageSelected,
    dialog, openDialog, closeDialog, announcement, resultsAnnouncement, exportQuery, tableRef,
    dismissAnnouncement: () => {
      setAnnouncement("");
      focusTable();
    },
    getTableProps: () => ({ ref: tableRef, tabIndex: -1, "aria-busy": isBusy || undefined }),
    getFilterInputProps: () => ({ type: "search", value: query.search, onChange: (event) => setSearch(event.currentTarget.value) }),
    getStatusFilterProps: () => ({
      value: query.status,
      onChange: (event) => setStatusFilter(event.currentTarget.value as CustomerStatusFilter),
    }),
    getSortHeaderProps: (field) => ({ "aria-sort": ariaSort(field) }),
    getSortButtonProps: (field) => ({ type: "button", onClick: () => toggleSort(field), "data-sort": getSortDirection(field) }),
    getRowCheckboxProps: (customer) => ({
      type: "checkbox",
      checked: selectedSet.has(customer.id),
      "aria-label": t("table.select.row", { name: customer.displayName }),
      onChange: (event) => toggleSelected(customer.id, event.currentTarget.checked),
    }),
    getPageCheckboxProps: () => ({
      type: "checkbox", checked: pageSelection === "all", disabled: rows.length === 0,
      "aria-label": t("table.select.page"), onChange: togglePageSelected,
    }),
    getPreviousPageProps: () => ({
      type: "button", disabled: !page.hasPrevious, onClick: () => setOffset(Math.max(0, offset - query.limit)),
    }),
    // After the rows shown: a removed row shifted the rest up by one, and none may be skipped.
    getNextPageProps: () => ({ type: "button", disabled: !page.hasNext, onClick: () => setOffset(offset + rows.length) }),
    getActionsMenuProps,
    getDialogProps: () =>
      dialog && {
        customer: dialog.customer,
        open: true,
        onOpenChange: (open: boolean) => {
          if (!open) closeDialog();
        },
        onSuccess: (result: CustomerActionResult) => {
          setAnnouncement(result.message);
          onActionComplete?.(result);
        },
        onCloseAutoFocus: (event: Event) => returnFocus(event, dialog.customer.id),
      },
    getBulkBarProps: () => ({
      selected: selectedCustomers,
      selectedIds,
      selectionStatus,
      onSelectedChange: (picked: PortalCustomer[]) => {
        remember(picked);
        changeSelection(picked.map((c) => c.id));
      },
      query: exportQuery,
      matchingTotal: data?.total,
      onComplete: (action: BulkAction, result: BulkResult, customers: readonly PortalCustomer[]) => {
        list.refetch();
        const succeeded = new Set(result.succeeded);
        const message = [
          t(`bulk.done.${action}`, { count: result.succeeded.length }),
          result.failed.length > 0 ? t("bulk.done.failed", { count: result.failed.length }) : "",
        ].filter(Boolean).join(" ");
        setAnnouncement(message);
        onBulkActionComplete?.({ action, customers: customers.filter((c) => succeeded.has(c.id)), result, message });
      },
      onCloseAutoFocus: (event: Event) => {
        event.preventDefault();
        focusTable();
      },
    }),
    // Nothing to export when nothing matches: the button says so instead of writing an empty file.
    getExportButtonProps: () => ({ query: exportQuery, matchingTotal: data?.total, onComplete: onExportComplete }),
  };
}
