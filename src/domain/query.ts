import type {
  CustomerQuery, CustomerSortField, CustomerStatusFilter, NormalizedCustomerQuery, SortDirection,
} from "./types";

/** Default page size of a customer list. */
export const DEFAULT_PAGE_SIZE = 25;
/** Largest page size an adapter returns. */
export const MAX_PAGE_SIZE = 100;

/** Largest offset a list accepts (a server refuses more with 400; `normalizeQuery` clamps to it). */
export const MAX_OFFSET = 1_000_000_000;

/**
 * Applies the documented defaults to a query: search `""`, status `all`, sort by
 * display name ascending, offset 0, limit 25. The limit is clamped to 1..100 and the
 * offset to a whole number from 0 to {@link MAX_OFFSET}, so adapters can trust what they get.
 */
export function normalizeQuery(query: CustomerQuery = {}): NormalizedCustomerQuery {
  const limit = Number.isFinite(query.limit) ? Math.trunc(query.limit as number) : DEFAULT_PAGE_SIZE;
  const offset = Number.isFinite(query.offset) ? Math.trunc(query.offset as number) : 0;
  return {
    search: (query.search ?? "").trim(),
    status: query.status ?? "all",
    sort: query.sort ?? { field: "displayName", direction: "asc" },
    offset: Math.min(MAX_OFFSET, Math.max(0, offset)),
    limit: Math.min(MAX_PAGE_SIZE, Math.max(1, limit)),
  };
}

const STATUSES: readonly CustomerStatusFilter[] = ["all", "active", "revoked"];
const SORT_FIELDS: readonly CustomerSortField[] = ["displayName", "email", "lastActiveAt", "createdAt"];
const DIRECTIONS: readonly SortDirection[] = ["asc", "desc"];

/**
 * A complete query from a partial one, for state a person edits: like {@link normalizeQuery}
 * but the search is kept as typed (not trimmed), and `defaults.limit` replaces the default page
 * size. Use it to fill a partial `defaultQuery` or a query read from a URL.
 */
export function fillQuery(query: CustomerQuery = {}, defaults: { limit?: number } = {}): NormalizedCustomerQuery {
  const normalized = normalizeQuery({ ...query, limit: query.limit ?? defaults.limit });
  return { ...normalized, search: query.search ?? "" };
}

/** Whether two queries ask for the same thing once their defaults are applied (search compared as typed). */
export function isSameQuery(a: CustomerQuery, b: CustomerQuery): boolean {
  const x = fillQuery(a);
  const y = fillQuery(b);
  return (
    x.search === y.search && x.status === y.status && x.sort.field === y.sort.field &&
    x.sort.direction === y.sort.direction && x.offset === y.offset && x.limit === y.limit
  );
}

/** Options of {@link customerQueryToSearchParams} and {@link customerQueryFromSearchParams}. */
export interface CustomerQueryParamsOptions {
  /** Put before every parameter name, to share a URL with other state (e.g. `"customers."`). Default none. */
  prefix?: string;
  /** The page size that is left out of the URL as the default. Default 25. */
  defaultLimit?: number;
}

/**
 * The query as URL search parameters (`search`, `status`, `sort`, `direction`, `offset`,
 * `limit`), leaving out every value that is the default, so the plain list has a clean URL.
 * Server-safe (no React, no `window`). Round-trips through {@link customerQueryFromSearchParams}.
 */
export function customerQueryToSearchParams(query: CustomerQuery, options: CustomerQueryParamsOptions = {}): URLSearchParams {
  const prefix = options.prefix ?? "";
  const q = fillQuery(query, { limit: options.defaultLimit });
  const params = new URLSearchParams();
  if (q.search !== "") params.set(`${prefix}search`, q.search);
  if (q.status !== "all") params.set(`${prefix}status`, q.status);
  if (q.sort.field !== "displayName" || q.sort.direction !== "asc") {
    params.set(`${prefix}sort`, q.sort.field);
    params.set(`${prefix}direction`, q.sort.direction);
  }
  if (q.offset !== 0) params.set(`${prefix}offset`, String(q.offset));
  if (q.limit !== (options.defaultLimit ?? DEFAULT_PAGE_SIZE)) params.set(`${prefix}limit`, String(q.limit));
  return params;
}

/**
 * The query a URL describes: the parameters {@link customerQueryToSearchParams} writes. Values
 * that are missing or not valid (an unknown status, a negative offset, a non-number) are
 * left out, so the defaults apply to them; it never throws on a hand-edited URL.
 * Accepts `URLSearchParams`, a query string (with or without `?`) or anything with `get()`
 * (Next.js's `ReadonlyURLSearchParams`).
 */
export function customerQueryFromSearchParams(
  params: string | { get(name: string): string | null },
  options: CustomerQueryParamsOptions = {},
): CustomerQuery {
  const prefix = options.prefix ?? "";
  const source = typeof params === "string" ? new URLSearchParams(params) : params;
  const get = (name: string) => source.get(`${prefix}${name}`);
  const query: CustomerQuery = {};
  const search = get("search");
  if (search) query.search = search;
  const status = get("status");
  if (STATUSES.includes(status as CustomerStatusFilter)) query.status = status as CustomerStatusFilter;
  const field = get("sort");
  if (SORT_FIELDS.includes(field as CustomerSortField)) {
    const direction = get("direction");
    query.sort = {
      field: field as CustomerSortField,
      direction: DIRECTIONS.includes(direction as SortDirection) ? (direction as SortDirection) : "asc",
    };
  }
  const whole = (name: string, min: number) => {
    const text = get(name);
    if (text === null || !/^\d+$/.test(text)) return undefined;
    const value = Number(text);
    return Number.isSafeInteger(value) && value >= min ? value : undefined;
  };
  const offset = whole("offset", 0);
  if (offset !== undefined) query.offset = offset;
  const limit = whole("limit", 1);
  if (limit !== undefined) query.limit = Math.min(MAX_PAGE_SIZE, limit);
  return query;
}
