// SQL for the portal-only customer list, shared by the list, export and bulk routes.
import { foldText, type CustomerSortField, type NormalizedCustomerQuery, type PortalCustomer, type SortDirection } from "../../src/domain";

/** A row of `portal_customers` as the routes select it. */
export interface CustomerRow {
  id: string;
  display_name: string;
  email: string;
  status: "active" | "revoked";
  last_active_at: Date | string | null;
  created_at: Date | string;
}

/** The columns a {@link CustomerRow} needs. */
export const COLUMNS = "id, display_name, email, status, last_active_at, created_at";

/** Only portal-only customers are in the admin's list; migrated ones stay in the table as `atlassian`. */
export const PORTAL_ONLY = "account_type = 'portal-only'";

const iso = (value: Date | string) => new Date(value).toISOString();

/** The API shape of a row. */
export function toCustomer(row: CustomerRow): PortalCustomer {
  return {
    id: row.id,
    displayName: row.display_name,
    email: row.email,
    status: row.status,
    lastActiveAt: row.last_active_at === null ? null : iso(row.last_active_at),
    createdAt: iso(row.created_at),
  };
}

/**
 * What each sort orders by: the folded name or email (`foldText`, stored in `name_key` /
 * `email_key`) in code-point order (the columns are `COLLATE "C"`), like the memory adapter;
 * never-logged-in customers first ascending. The id (also `COLLATE "C"`) breaks ties, so the
 * order is total: pages are stable and an export can continue after the last row it sent.
 * Each order has its own index (`database.ts`).
 */
const SORT_KEY: Record<CustomerSortField, { expression: string; type: "text" | "timestamptz" }> = {
  displayName: { expression: "name_key", type: "text" },
  email: { expression: "email_key", type: "text" },
  lastActiveAt: { expression: `COALESCE(last_active_at, '-infinity'::timestamptz)`, type: "timestamptz" },
  createdAt: { expression: "created_at", type: "timestamptz" },
};

/** The sort fields the API accepts. */
export const SORT_FIELDS = Object.keys(SORT_KEY) as CustomerSortField[];

/** `ORDER BY …` for a sort. */
export function orderBy(sort: { field: CustomerSortField; direction: SortDirection }): string {
  const direction = sort.direction === "asc" ? "ASC" : "DESC";
  return `ORDER BY ${SORT_KEY[sort.field].expression} ${direction}, id ${direction}`;
}

/** The sort key of a row as text, selected next to the columns so a keyset can continue after it. */
export function sortKeyColumn(field: CustomerSortField): string {
  return `(${SORT_KEY[field].expression})::text AS sort_key`;
}

/**
 * `AND (key, id) > ($n, $n+1)` (or `<` descending): the rows after `after` in the sort
 * order. Uses parameters `$first` and `$first + 1`.
 */
export function keysetAfter(sort: { field: CustomerSortField; direction: SortDirection }, first: number): string {
  const { expression, type } = SORT_KEY[sort.field];
  return `AND (${expression}, id) ${sort.direction === "asc" ? ">" : "<"} ($${first}::${type}, $${first + 1}::text)`;
}

/**
 * The list's WHERE clause and its parameters (`$1…`): portal-only, the status unless `all`,
 * and the folded name OR folded email containing the folded search (`%` and `_` literal),
 * which the trigram indexes answer. Only the conditions a query needs are written, so the
 * planner sees plain predicates.
 */
export function listFilter(query: Pick<NormalizedCustomerQuery, "search" | "status">): { where: string; params: unknown[] } {
  const conditions = [PORTAL_ONLY];
  const params: unknown[] = [];
  if (query.status !== "all") {
    params.push(query.status);
    conditions.push(`status = $${params.length}`);
  }
  if (query.search !== "") {
    params.push(`%${foldText(query.search).replace(/[\\%_]/g, "\\$&")}%`);
    conditions.push(`(name_key LIKE $${params.length} OR email_key LIKE $${params.length})`);
  }
  return { where: conditions.join(" AND "), params };
}
