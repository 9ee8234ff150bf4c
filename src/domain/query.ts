import type { CustomerQuery, NormalizedCustomerQuery } from "./types";

/** Default page size of a customer list. */
export const DEFAULT_PAGE_SIZE = 25;
/** Largest page size an adapter returns. */
export const MAX_PAGE_SIZE = 100;

/**
 * Applies the documented defaults to a query: search `""`, status `all`, sort by
 * display name ascending, offset 0, limit 25. The limit is clamped to 1..100 and the
 * offset to a whole number ≥ 0, so adapters can trust what they get.
 */
export function normalizeQuery(query: CustomerQuery = {}): NormalizedCustomerQuery {
  const limit = Number.isFinite(query.limit) ? Math.trunc(query.limit as number) : DEFAULT_PAGE_SIZE;
  const offset = Number.isFinite(query.offset) ? Math.trunc(query.offset as number) : 0;
  return {
    search: (query.search ?? "").trim(),
    status: query.status ?? "all",
    sort: query.sort ?? { field: "displayName", direction: "asc" },
    offset: Math.max(0, offset),
    limit: Math.min(MAX_PAGE_SIZE, Math.max(1, limit)),
  };
}
