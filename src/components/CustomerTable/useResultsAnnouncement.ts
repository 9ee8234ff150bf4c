import { useState } from "react";
import type { CustomerSortField, CustomerStatusFilter, SortDirection } from "../../domain/types";
import { useMessages } from "../../i18n/I18nContext";
import { formatNumber } from "../../i18n/format";
import type { MessageKey } from "../../i18n/messages";

/** What {@link useResultsAnnouncement} needs to know about the rows on screen. */
export interface ResultsAnnouncementInput {
  /** Whether the rows shown answer the query below: loaded, nothing newer on its way, no error. */
  isSettled: boolean;
  /** The search the rows answer (settled and trimmed, not the text as it is being typed). */
  search: string;
  /** The status filter the rows answer. */
  status: CustomerStatusFilter;
  /** The order of the rows. */
  sort: { field: CustomerSortField; direction: SortDirection } | undefined;
  /** Index of the first row. */
  offset: number;
  /** Page size, for the page number. */
  limit: number;
  /** Rows on this page. */
  count: number;
  /** Customers matching across all pages. */
  total: number;
}

const SORT_LABEL: Record<CustomerSortField, MessageKey> = {
  displayName: "table.column.name",
  email: "table.column.email",
  lastActiveAt: "table.column.lastActive",
  createdAt: "table.column.created",
};
const isDateField = (field: CustomerSortField) => field === "lastActiveAt" || field === "createdAt";

type Settled = Omit<ResultsAnnouncementInput, "isSettled">;
// What the admin changes: the search, status filter, order and page. The total alone is not
// (an action changed it, and its own success message says so).
const viewKey = (s: Settled) => JSON.stringify([s.search, s.status, s.sort?.field, s.sort?.direction, s.offset]);

/**
 * The sentence a polite live region should announce about the table's content, once per change
 * of what the admin asked for: "42 customers match “grace”", "No customers match “zzz”",
 * "12 revoked customers", "Sorted by Last active, newest first", "Page 2, showing 26–50 of 5,002".
 *
 * Only settled results count (never loading, fetching or failed), so typing that settles into
 * one request gives one announcement. The first settled result is not announced (the page just
 * loaded), nor is a change of the total alone (after an action, whose success message covers it).
 * Returns `""` until there is something to say; the text stays until the next change.
 */
export function useResultsAnnouncement(input: ResultsAnnouncementInput): string {
  const { t, locale } = useMessages();
  const [state, setState] = useState<{ last: Settled | null; message: string }>({ last: null, message: "" });
  const { isSettled, ...current } = input;

  // Adjusted while rendering (React's "storing information from previous renders").
  if (isSettled && (state.last === null || viewKey(state.last) !== viewKey(current))) {
    let message = state.message;
    if (state.last !== null) {
      const text = describeChange(state.last, current, t, locale);
      // The same words again would leave the DOM unchanged and unheard: alternate a trailing no-break space.
      if (text) message = text === state.message ? `${text}\u00a0` : text;
    }
    setState({ last: current, message });
  }
  return state.message;
}

type Translate = ReturnType<typeof useMessages>["t"];

function describeChange(before: Settled, after: Settled, t: Translate, locale: string): string {
  const isFilterChanged = before.search !== after.search || before.status !== after.status;
  const isSortChanged = before.sort?.field !== after.sort?.field || before.sort?.direction !== after.sort?.direction;
  const parts: string[] = [];
  if (isFilterChanged) parts.push(describeResults(after, t));
  if (isSortChanged && after.sort) parts.push(describeSort(after.sort, t));
  // A new filter or order starts again at the first page; only a page change on its own is news.
  if (parts.length === 0 && before.offset !== after.offset && after.count > 0) {
    parts.push(
      t("table.announce.page", {
        page: formatNumber(Math.floor(after.offset / Math.max(1, after.limit)) + 1, locale),
        start: formatNumber(after.offset + 1, locale),
        end: formatNumber(after.offset + after.count, locale),
        total: formatNumber(after.total, locale),
      }),
    );
  }
  return parts.join(" ");
}

function describeResults({ search, status, total }: Settled, t: Translate): string {
  const which = status === "active" ? "Active" : status === "revoked" ? "Revoked" : "";
  if (search === "") {
    return total === 0 ? t(`table.announce.none${which}`) : t(`table.announce.count${which}`, { count: total });
  }
  return total === 0
    ? t(`table.announce.noMatch${which}`, { search })
    : t(`table.announce.match${which}`, { count: total, search });
}

function describeSort(sort: { field: CustomerSortField; direction: SortDirection }, t: Translate): string {
  const order = isDateField(sort.field)
    ? sort.direction === "desc" ? "table.announce.order.newest" : "table.announce.order.oldest"
    : sort.direction === "asc" ? "table.announce.order.asc" : "table.announce.order.desc";
  return t("table.announce.sorted", { column: t(SORT_LABEL[sort.field]), order: t(order) });
}
