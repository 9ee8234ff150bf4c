import { useComposedRefs } from "@radix-ui/react-compose-refs";
import { useControllableState } from "@radix-ui/react-use-controllable-state";
import {
  Fragment, memo, useCallback, useEffect, useLayoutEffect, useRef, type InputHTMLAttributes, type ReactNode, type Ref,
} from "react";
import { useMessages } from "../../i18n/I18nContext";
import { useNow } from "../../data/useNow";
import { focusWithoutJump, isFocusLost } from "../_shared/focus";
import { pickRootAttributes, type RootAttributes } from "../_shared/rootAttributes";
import { visuallyHidden } from "../_shared/visuallyHidden";
import type {
  CustomerSortField, CustomerStatusFilter, PortalCustomer, SortDirection,
} from "../../domain/types";
import { formatDate, formatDateTime, formatNumber, formatRelativeTime } from "../../i18n/format";
import type { MessageKey } from "../../i18n/messages";
import { useResultsAnnouncement } from "./useResultsAnnouncement";

/** Where the list is: first load, failed, or showing rows (possibly none). */
export type CustomerTableStatus = "loading" | "error" | "success";

/** The columns a user can sort by. */
export type CustomerTableSortField = CustomerSortField;

/** The built-in columns: name (the row header), email, status, last active, created. */
export type CustomerColumnId = "name" | "email" | "status" | "lastActive" | "created";

/** A column the host defines: its header and what each row shows. */
export interface CustomerColumn {
  /** Unique among the columns; shown as `data-column-id` on its cells. */
  id: string;
  /** The header cell's content (plain text is best: it is the column's accessible name). */
  header: ReactNode;
  /** What the column shows for a customer. */
  cell: (customer: PortalCustomer) => ReactNode;
  /** Makes the header a sort button that orders the list by this field. */
  sortField?: CustomerSortField;
  /** Whether this column's cells are the row headers (`<th scope="row">`). Default: only the `name` column, or else the first. */
  isRowHeader?: boolean;
}

/** One item of the `columns` prop: a built-in column id or a host column. */
export type CustomerTableColumn = CustomerColumnId | CustomerColumn;

/** The columns shown when `columns` is not given. ("created" is available too.) */
export const DEFAULT_CUSTOMER_COLUMNS: readonly CustomerColumnId[] = ["name", "email", "status", "lastActive"];

/** The order of the list. */
export interface CustomerTableSort {
  /** The column sorted by. */
  field: CustomerSortField;
  /** Ascending or descending. */
  direction: SortDirection;
}

/** Props of {@link CustomerTableView}: plain data and callbacks, no adapter. */
export interface CustomerTableViewProps extends RootAttributes {
  /**
   * The columns, in order: built-in ids (`"name"`, `"email"`, `"status"`, `"lastActive"`,
   * `"created"`) and host columns. Default {@link DEFAULT_CUSTOMER_COLUMNS}. The selection and
   * ••• columns are added around them. Keep the array's identity between renders (a constant or
   * `useMemo`): rows re-render only when it changes.
   */
  columns?: readonly CustomerTableColumn[];
  /** The customers on this page. */
  customers?: readonly PortalCustomer[];
  /** Number of customers matching the filters across all pages. Default: `customers.length`. */
  total?: number;
  /** Index of the first customer on this page. Default 0. */
  offset?: number;
  /** Page size. Default 25. */
  limit?: number;
  /** `loading` shows a skeleton (when there are no rows yet), `error` the error with Retry. Default `success`. */
  status?: CustomerTableStatus;
  /** Whether newer rows are on their way; the current rows stay visible meanwhile. */
  isFetching?: boolean;
  /** The `error` state's title. Default: "We couldn't load the customers." */
  errorTitle?: string;
  /** What went wrong, in words, shown under the title in the `error` state. */
  errorMessage?: string;
  /** Called by the Retry button of the `error` state. */
  onRetry?: () => void;
  /** The text in the filter box. */
  search?: string;
  /**
   * The search the rows answer (settled after the debounce, trimmed), when typing runs ahead of
   * the rows: the results announcement ("42 customers match “grace”") follows it, not each
   * keystroke. Default: `search` trimmed.
   */
  appliedSearch?: string;
  /**
   * What the results live region says, when you compute it yourself (e.g. `useCustomerTable`'s
   * `resultsAnnouncement`). Default: derived from these props, once per settled change of the
   * search, status filter, order or page.
   */
  resultsAnnouncement?: string;
  /** Called on every keystroke in the filter box (debounce before requesting). Without it the box is hidden. */
  onSearchChange?: (search: string) => void;
  /** The status filter. Default `all`. */
  statusFilter?: CustomerStatusFilter;
  /** Called when the status filter changes. Without it the status filter is hidden. */
  onStatusFilterChange?: (status: CustomerStatusFilter) => void;
  /** The current order; its column header carries `aria-sort`. */
  sort?: CustomerTableSort;
  /** Called when a sortable column header is clicked. Without it the headers are plain text. */
  onSortChange?: (sort: CustomerTableSort) => void;
  /** Called with the offset of the previous or next page. Without it there are no page buttons. */
  onPageChange?: (offset: number) => void;
  /**
   * Whether a filter is applied, to tell "nothing matches" from "no customers yet".
   * Default: a non-blank `search` or a status filter other than `all`.
   */
  isFiltered?: boolean;
  /** Called by the "Clear filters" button of the no-match state. */
  onClearFilters?: () => void;
  /** Whether rows have selection checkboxes. Default `true`. */
  isSelectable?: boolean;
  /** The selected customer ids (controlled). Selection survives paging. */
  selectedIds?: readonly string[];
  /** The initially selected ids (uncontrolled). */
  defaultSelectedIds?: readonly string[];
  /** Called with the new selection. */
  onSelectedIdsChange?: (selectedIds: string[]) => void;
  /** Whether the viewer may only look; shows a note saying so. */
  isReadOnly?: boolean;
  /** Why the viewer may only look, appended to the read-only note. */
  readOnlyReason?: string;
  /** Content of each row's last cell, typically a `CustomerActionsMenu`. Without it there is no actions column. Keep it stable (`useCallback`): rows re-render only when it changes. */
  renderRowActions?: (customer: PortalCustomer) => ReactNode;
  /** Controls at the end of the toolbar, e.g. an `ExportCustomersButton`. */
  toolbarActions?: ReactNode;
  /**
   * Shown right after the table, sticky at the bottom of the viewport (e.g. a `BulkActionBar`,
   * which renders nothing without a selection), instead of the plain count. Below the rows, so
   * its appearing never moves a row under the pointer.
   */
  bulkBar?: ReactNode;
  /** A message for the polite live region (role `status`), e.g. "Access revoked for Ava Kim." Visually hidden. */
  announcement?: string;
  /**
   * A visible success status (role `status`, so it is announced too), e.g. "Password changed for
   * Ava Kim.", with a Dismiss button, right after the table, sticky at the bottom of the viewport
   * above the bulk bar, so its appearing moves no row. Empty or absent: nothing shown.
   */
  successMessage?: string;
  /** Called by the success status's Dismiss button. Without it there is no button. */
  onDismissSuccess?: () => void;
  /** Ref to the `<table>`, which takes focus (`tabIndex=-1`) when no row's ••• button is left to take it (e.g. after a bulk action). */
  tableRef?: Ref<HTMLTableElement>;
  /**
   * The moment relative times ("3 days ago") are computed from. Default: the browser's clock
   * once mounted; server rendering and hydration show the absolute date (UTC) instead, so the
   * server HTML matches the first client render. Pass the same value to server and client to
   * get relative times in the server HTML.
   */
  now?: number | Date;
  /** Extra class names for the root element. */
  className?: string;
}

const BUILT_IN: Record<CustomerColumnId, { label: MessageKey; sortField?: CustomerSortField; className: string }> = {
  name: { label: "table.column.name", sortField: "displayName", className: "pca-customer-table__col-name" },
  email: { label: "table.column.email", sortField: "email", className: "pca-customer-table__col-email" },
  status: { label: "table.column.status", className: "pca-customer-table__col-status" },
  lastActive: { label: "table.column.lastActive", sortField: "lastActiveAt", className: "pca-customer-table__col-last-active" },
  created: { label: "table.column.created", sortField: "createdAt", className: "pca-customer-table__col-created" },
};

const columnId = (column: CustomerTableColumn) => (typeof column === "string" ? column : column.id);
/** A header's text when it is plain text (the narrow layout's cell labels need a string). */
const plainText = (node: ReactNode) => (typeof node === "string" || typeof node === "number" ? String(node) : undefined);
/** Which column holds the row headers: one marked so, else `name`, else the first. */
function rowHeaderIndex(columns: readonly CustomerTableColumn[]): number {
  const marked = columns.findIndex((c) => typeof c !== "string" && c.isRowHeader);
  if (marked >= 0) return marked;
  const name = columns.indexOf("name");
  return name >= 0 ? name : 0;
}

const SKELETON_ROWS = 5;

/** A checkbox whose `indeterminate` state follows `isMixed` (the DOM has no attribute for it). */
function TriStateCheckbox({ isMixed, ...props }: { isMixed: boolean } & InputHTMLAttributes<HTMLInputElement>) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = isMixed;
  }, [isMixed]);
  return <input ref={ref} type="checkbox" {...props} />;
}

function SortIcon({ direction }: { direction: SortDirection | "none" }) {
  const d = direction === "asc" ? "M4 10l4-4 4 4" : direction === "desc" ? "M4 6l4 4 4-4" : "M5 6.5l3-3 3 3M5 9.5l3 3 3-3";
  return (
    <svg className="pca-customer-table__sort-icon" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
      <path d={d} fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/**
 * An address with line-break opportunities after "@" and before each dot (`<wbr>`), so a long
 * one wraps as `ada.lovelace@` / `example.com`, not at any letter. The text stays the same.
 */
function EmailText({ email }: { email: string }) {
  const parts = email.split(/(?<=@)|(?=\.)/);
  return <>{parts.map((part, i) => (i === 0 ? part : <Fragment key={i}><wbr />{part}</Fragment>))}</>;
}

/** The text of a built-in column's cell. */
function BuiltInCell({ id, customer, nowMs, hasClientClock }: {
  id: CustomerColumnId; customer: PortalCustomer; nowMs: number | null; hasClientClock: boolean;
}) {
  const { t, locale } = useMessages();
  switch (id) {
    case "name":
      return <>{customer.displayName}</>;
    case "email":
      return <EmailText email={customer.email} />;
    case "status":
      return (
        <span className="pca-customer-table__status" data-status={customer.status}>
          {t(customer.status === "active" ? "table.status.active" : "table.status.revoked")}
        </span>
      );
    case "lastActive":
      return customer.lastActiveAt === null ? (
        <span className="pca-customer-table__never">{t("table.lastActive.never")}</span>
      ) : (
        <time
          dateTime={customer.lastActiveAt}
          // The viewer's time zone is only known in the browser; before that, UTC (same on server and client).
          title={formatDateTime(customer.lastActiveAt, locale, hasClientClock ? undefined : "UTC")}
        >
          {nowMs === null ? formatDate(customer.lastActiveAt, locale, "UTC") : formatRelativeTime(customer.lastActiveAt, locale, nowMs)}
        </time>
      );
    case "created":
      return (
        <time dateTime={customer.createdAt} title={formatDateTime(customer.createdAt, locale, hasClientClock ? undefined : "UTC")}>
          {formatDate(customer.createdAt, locale, hasClientClock ? undefined : "UTC")}
        </time>
      );
  }
}

const CELL_CLASS: Partial<Record<CustomerColumnId, string>> = {
  name: "pca-customer-table__name",
  email: "pca-customer-table__email",
  status: "pca-customer-table__status-cell",
  lastActive: "pca-customer-table__last-active",
  created: "pca-customer-table__created",
};

interface CustomerRowProps {
  customer: PortalCustomer;
  columns: readonly CustomerTableColumn[];
  headerIndex: number;
  isSelectable: boolean;
  isSelected: boolean;
  onToggle: (customerId: string, isSelected: boolean) => void;
  renderRowActions: ((customer: PortalCustomer) => ReactNode) | undefined;
  nowMs: number | null;
  hasClientClock: boolean;
}

/**
 * One row. Memoized: typing in the filter box, a selection elsewhere or a new announcement
 * leaves it alone; only its customer, its selection, the columns or the clock re-render it.
 */
const CustomerRow = memo(function CustomerRow({
  customer, columns, headerIndex, isSelectable, isSelected, onToggle, renderRowActions, nowMs, hasClientClock,
}: CustomerRowProps) {
  const { t } = useMessages();
  return (
    <tr
      className="pca-customer-table__row"
      data-customer-id={customer.id}
      data-status={customer.status}
      data-selected={isSelected ? "" : undefined}
    >
      {isSelectable && (
        <td className="pca-customer-table__check">
          <input
            type="checkbox"
            checked={isSelected}
            onChange={(event) => onToggle(customer.id, event.currentTarget.checked)}
            aria-label={t("table.select.row", { name: customer.displayName })}
          />
        </td>
      )}
      {columns.map((column, index) => {
        const id = columnId(column);
        const content = typeof column === "string" ? <BuiltInCell id={column} customer={customer} nowMs={nowMs} hasClientClock={hasClientClock} /> : column.cell(customer);
        const className = typeof column === "string" ? CELL_CLASS[column] : undefined;
        if (index === headerIndex) return <th key={id} scope="row" className={className} data-column-id={id}>{content}</th>;
        // The card layout of narrow containers shows no header row for these: the CSS puts the
        // column's name before each value (generated content with empty alternative text, so
        // assistive technology, which has the column header, and the cell's text don't get it twice).
        const label = column === "created" ? t(BUILT_IN.created.label) : typeof column === "string" ? undefined : plainText(column.header);
        return <td key={id} className={className} data-column-id={id} data-label={label}>{content}</td>;
      })}
      {renderRowActions && <td className="pca-customer-table__actions">{renderRowActions(customer)}</td>}
    </tr>
  );
});

/**
 * The customer list as pure props: filter box, status filter, sortable columns (built-in
 * and the host's, in the host's order), pagination, selection, row actions, and the
 * loading, error, empty, no-match and read-only states. Use {@link CustomerTable} for the
 * version wired to the adapter, or {@link useCustomerTable} for your own markup.
 */
export function CustomerTableView(props: CustomerTableViewProps) {
  const {
    columns = DEFAULT_CUSTOMER_COLUMNS, customers, total, offset = 0, limit = 25, status = "success", isFetching = false,
    errorTitle, errorMessage, onRetry, search = "", appliedSearch, resultsAnnouncement: givenAnnouncement, onSearchChange, statusFilter = "all", onStatusFilterChange,
    sort, onSortChange, onPageChange, isFiltered, onClearFilters, isSelectable = true,
    selectedIds, defaultSelectedIds, onSelectedIdsChange, isReadOnly = false, readOnlyReason,
    renderRowActions, toolbarActions, bulkBar, announcement, successMessage, onDismissSuccess, tableRef, now, className,
  } = props;
  const { t, locale, dir } = useMessages();
  const [selected, setSelected] = useControllableState<readonly string[]>({
    prop: selectedIds,
    defaultProp: defaultSelectedIds ?? [],
    onChange: onSelectedIdsChange as ((ids: readonly string[]) => void) | undefined,
    caller: "CustomerTableView",
  });
  const rows = customers ?? [];
  const count = total ?? rows.length;
  const hasRows = rows.length > 0;
  const isSkeleton = status === "loading" && !hasRows;
  const filtered = isFiltered ?? (search.trim() !== "" || statusFilter !== "all");
  const clientNow = useNow();
  const nowMs = now === undefined ? clientNow : typeof now === "number" ? now : now.getTime();
  const hasActions = !!renderRowActions;
  const columnCount = columns.length + (isSelectable ? 1 : 0) + (hasActions ? 1 : 0);
  const headerIndex = rowHeaderIndex(columns);

  const viewState =
    status === "error" ? "error"
    : isSkeleton ? "loading"
    : !hasRows ? (filtered ? "no-match" : "empty")
    : "ready";
  const isBusy = isSkeleton || isFetching;
  // Given by the host (the connected table passes its hook's): not derived a second time.
  const derivedAnnouncement = useResultsAnnouncement({
    isSettled: givenAnnouncement === undefined && status === "success" && !isFetching && customers !== undefined,
    search: appliedSearch ?? search.trim(), status: statusFilter, sort, offset, limit, count: rows.length, total: count,
  });
  const resultsAnnouncement = givenAnnouncement ?? derivedAnnouncement;

  // Retry and Clear filters leave with the state they belong to: focus follows to the table
  // (Retry) or the filter box (Clear filters) instead of dropping to <body>.
  const ownTableRef = useRef<HTMLTableElement>(null);
  const composedTableRef = useComposedRefs(tableRef, ownTableRef);
  const filterRef = useRef<HTMLInputElement>(null);
  const focusNext = useRef<{ target: "table" | "filter"; from: string } | null>(null);
  useEffect(() => {
    const pending = focusNext.current;
    if (!pending || pending.from === viewState) return;
    focusNext.current = null;
    if (!isFocusLost()) return;
    const element = pending.target === "filter" ? filterRef.current ?? ownTableRef.current : ownTableRef.current;
    focusWithoutJump(element);
  });

  const selectedSet = new Set(selected);
  const pageIds = rows.map((c) => c.id);
  const selectedOnPage = pageIds.filter((id) => selectedSet.has(id)).length;
  const isPageSelected = pageIds.length > 0 && selectedOnPage === pageIds.length;

  // One function for every row's checkbox, the same across renders, reading the latest selection.
  const latest = useRef({ selected, setSelected });
  useLayoutEffect(() => {
    latest.current = { selected, setSelected };
  });
  const toggle = useCallback((id: string, isChecked: boolean) => {
    const rest = latest.current.selected.filter((x) => x !== id);
    latest.current.setSelected(isChecked ? [...rest, id] : rest);
  }, []);
  const togglePage = () => {
    if (isPageSelected) setSelected(selected.filter((id) => !pageIds.includes(id)));
    else setSelected([...selected, ...pageIds.filter((id) => !selectedSet.has(id))]);
  };

  const header = (column: CustomerTableColumn) => {
    const label = typeof column === "string" ? t(BUILT_IN[column].label) : column.header;
    const field = typeof column === "string" ? BUILT_IN[column].sortField : column.sortField;
    if (!field) return { ariaSort: undefined, content: label };
    const direction = sort?.field === field ? sort.direction : "none";
    const ariaSort: "ascending" | "descending" | undefined =
      direction === "asc" ? "ascending" : direction === "desc" ? "descending" : undefined;
    if (!onSortChange) return { ariaSort, content: label };
    const next: CustomerTableSort = {
      field,
      // Recent first is the useful default for dates; text columns start A→Z.
      direction:
        direction === "none" ? (field === "lastActiveAt" || field === "createdAt" ? "desc" : "asc")
        : direction === "asc" ? "desc" : "asc",
    };
    return {
      ariaSort,
      content: (
        <button type="button" className="pca-customer-table__sort" data-sort={direction} onClick={() => onSortChange(next)}>
          {label}
          <SortIcon direction={direction} />
        </button>
      ),
    };
  };

  const rangeStart = count === 0 || !hasRows ? 0 : offset + 1;
  const rangeEnd = hasRows ? offset + rows.length : 0;
  const hasPrevious = offset > 0;
  const hasNext = offset + rows.length < count;

  let body: ReactNode;
  if (viewState === "error") {
    body = (
      <tr className="pca-customer-table__message-row">
        <td colSpan={columnCount}>
          <div role="alert" className="pca-customer-table__message" data-status="error">
            <p className="pca-customer-table__message-title">{errorTitle ?? t("table.error.title")}</p>
            {errorMessage && <p className="pca-customer-table__message-text">{errorMessage}</p>}
            {onRetry && (
              <button
                type="button"
                className="pca-button"
                onClick={() => {
                  focusNext.current = { target: "table", from: viewState };
                  onRetry();
                }}
              >
                {t("retry")}
              </button>
            )}
          </div>
        </td>
      </tr>
    );
  } else if (viewState === "loading") {
    body = Array.from({ length: SKELETON_ROWS }, (_, i) => (
      <tr key={i} className="pca-customer-table__skeleton-row">
        {Array.from({ length: columnCount }, (_, j) => (
          <td key={j}>
            {i === 0 && j === 0 && <span style={visuallyHidden}>{t("table.loading")}</span>}
            <span className="pca-customer-table__skeleton" aria-hidden="true" />
          </td>
        ))}
      </tr>
    ));
  } else if (viewState === "empty" || viewState === "no-match") {
    const isNoMatch = viewState === "no-match";
    body = (
      <tr className="pca-customer-table__message-row">
        <td colSpan={columnCount}>
          <div className="pca-customer-table__message" data-status={viewState}>
            <p className="pca-customer-table__message-title">{t(isNoMatch ? "table.noMatch.title" : "table.empty.title")}</p>
            <p className="pca-customer-table__message-text">{t(isNoMatch ? "table.noMatch.description" : "table.empty.description")}</p>
            {isNoMatch && onClearFilters && (
              <button
                type="button"
                className="pca-button"
                onClick={() => {
                  focusNext.current = { target: "filter", from: viewState };
                  onClearFilters();
                }}
              >
                {t("table.noMatch.clear")}
              </button>
            )}
          </div>
        </td>
      </tr>
    );
  } else {
    body = rows.map((customer) => (
      <CustomerRow
        key={customer.id}
        customer={customer}
        columns={columns}
        headerIndex={headerIndex}
        isSelectable={isSelectable}
        isSelected={selectedSet.has(customer.id)}
        onToggle={toggle}
        renderRowActions={renderRowActions}
        nowMs={nowMs}
        hasClientClock={clientNow !== null}
      />
    ));
  }

  // The dock's height, for the rows' scroll margin: keyboard focus moving down the rows stays above it.
  const rootRef = useRef<HTMLDivElement>(null);
  const dockRef = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const root = rootRef.current;
    const dock = dockRef.current;
    if (!root || !dock || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(() => root.style.setProperty("--_pca-dock-size", `${dock.offsetHeight}px`));
    observer.observe(dock);
    return () => observer.disconnect();
  }, []);

  // Not the selection: a toolbar appearing with the first checked row would move every row down.
  const showToolbar = !!onSearchChange || !!onStatusFilterChange || !!toolbarActions;
  const showCount = isSelectable && selected.length > 0 && !bulkBar;

  return (
    <div
      {...pickRootAttributes(props)}
      ref={rootRef}
      className={["pca-root", "pca-customer-table", className].filter(Boolean).join(" ")}
      dir={dir}
      lang={locale}
      data-status={viewState}
      data-fetching={isFetching ? "" : undefined}
    >
      {/* Filter, sort and page results: their own always-present region, so they never overwrite the success status. */}
      <div role="status" aria-live="polite" aria-atomic="true" data-announcement="results" style={visuallyHidden}>
        {resultsAnnouncement}
      </div>
      {isReadOnly && (
        <p className="pca-customer-table__note" data-status="read-only">
          {t("table.readOnly", { reason: readOnlyReason ?? "" }).trim()}
        </p>
      )}
      {showToolbar && (
        <div className="pca-customer-table__toolbar">
          {onSearchChange && (
            <label className="pca-customer-table__filter">
              <span style={visuallyHidden}>{t("table.filter.label")}</span>
              <svg className="pca-customer-table__filter-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
                <circle cx="7" cy="7" r="4.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
                <path d="M10.5 10.5L14 14" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
              </svg>
              <input
                ref={filterRef}
                type="search"
                className="pca-customer-table__input"
                value={search}
                placeholder={t("table.filter.placeholder")}
                autoComplete="off"
                spellCheck={false}
                onChange={(event) => onSearchChange(event.currentTarget.value)}
              />
            </label>
          )}
          {onStatusFilterChange && (
            <label className="pca-customer-table__status-filter">
              <span style={visuallyHidden}>{t("table.statusFilter.label")}</span>
              <select
                className="pca-customer-table__select"
                value={statusFilter}
                onChange={(event) => onStatusFilterChange(event.currentTarget.value as CustomerStatusFilter)}
              >
                <option value="all">{t("table.statusFilter.all")}</option>
                <option value="active">{t("table.statusFilter.active")}</option>
                <option value="revoked">{t("table.statusFilter.revoked")}</option>
              </select>
            </label>
          )}
          {toolbarActions && <div className="pca-customer-table__toolbar-actions">{toolbarActions}</div>}
        </div>
      )}
      <div className="pca-customer-table__scroll">
        <table ref={composedTableRef} className="pca-customer-table__table" tabIndex={-1} aria-busy={isBusy || undefined}>
          <caption style={visuallyHidden}>{t("table.caption")}</caption>
          <thead>
            <tr>
              {isSelectable && (
                <th scope="col" className="pca-customer-table__check">
                  <TriStateCheckbox
                    isMixed={selectedOnPage > 0 && !isPageSelected}
                    checked={isPageSelected}
                    disabled={!hasRows}
                    onChange={togglePage}
                    aria-label={t("table.select.page")}
                  />
                </th>
              )}
              {columns.map((column) => {
                const id = columnId(column);
                const cell = header(column);
                return (
                  <th
                    key={id}
                    scope="col"
                    className={typeof column === "string" ? BUILT_IN[column].className : undefined}
                    data-column-id={id}
                    aria-sort={cell.ariaSort}
                  >
                    {cell.content}
                  </th>
                );
              })}
              {hasActions && (
                <th scope="col" className="pca-customer-table__col-actions">
                  <span style={visuallyHidden}>{t("table.column.actions")}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>{body}</tbody>
        </table>
      </div>
      {/* After the rows, sticky at the viewport's bottom: the success status and the bulk bar arrive
          without moving any row. */}
      <div ref={dockRef} className="pca-customer-table__dock">
        {/* One polite live region, always in the DOM so a new message is announced: visible for
            the success status, visually hidden for a plain announcement. */}
        <div className="pca-customer-table__success" data-status={successMessage ? "shown" : "hidden"}>
          {successMessage && (
            <svg className="pca-customer-table__success-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
              <path d="M3.5 8.5l3 3 6-7" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
            </svg>
          )}
          <div
            role="status"
            aria-live="polite"
            aria-atomic="true"
            className="pca-customer-table__success-text"
            style={successMessage ? undefined : visuallyHidden}
          >
            {successMessage || announcement}
          </div>
          {successMessage && onDismissSuccess && (
            <button type="button" className="pca-link-button" onClick={onDismissSuccess}>
              {t("table.success.dismiss")}
            </button>
          )}
        </div>
        {/* Always mounted: the bar renders nothing without a selection, but its dialog must outlive the selection it clears. */}
        {isSelectable && bulkBar}
      </div>
      {(hasRows || showCount) && (
        <div className="pca-customer-table__footer">
          {showCount && (
            <span className="pca-customer-table__selection-count">
              {t("table.selection.count", { count: formatNumber(selected.length, locale) })}
            </span>
          )}
          {hasRows && <p className="pca-customer-table__range">
            {t("table.pagination.range", {
              start: formatNumber(rangeStart, locale),
              end: formatNumber(rangeEnd, locale),
              total: formatNumber(count, locale),
            })}
          </p>}
          {onPageChange && (hasPrevious || hasNext) && (
            <nav className="pca-customer-table__pager" aria-label={t("table.pagination.label")}>
              <button
                type="button"
                className="pca-button"
                disabled={!hasPrevious}
                onClick={() => onPageChange(Math.max(0, offset - limit))}
              >
                {t("table.pagination.previous")}
              </button>
              <button
                type="button"
                className="pca-button"
                disabled={!hasNext}
                // After the rows shown: a removed row shifted the rest up by one, and none may be skipped.
                onClick={() => onPageChange(offset + rows.length)}
              >
                {t("table.pagination.next")}
              </button>
            </nav>
          )}
        </div>
      )}
    </div>
  );
}
