import type { CustomerQuery, NormalizedCustomerQuery } from "./types";

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
