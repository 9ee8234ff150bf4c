import { MAX_PAGE_SIZE } from "../domain/query";
import type { CustomerQuery, PortalCustomer } from "../domain/types";
import { createAbortError } from "./errors";
import type { CallOptions, PortalCustomerAdapter } from "./types";

/** One batch of an export, with how far the export has got. */
export interface ExportBatch {
  /** The customers of this batch, in the query's sort order. */
  customers: PortalCustomer[];
  /** Customers exported so far, this batch included. */
  done: number;
  /** Customers the export will cover, when known. */
  total: number | null;
}

/**
 * Every customer matching `query` (its offset and limit ignored), a batch at a time:
 * the adapter's own `exportCustomers` when it has one, else pages of 100 from
 * `listCustomers`. Holds no more than one batch in memory. Aborting `signal` stops it
 * with an `AbortError`.
 */
export async function* exportCustomers(
  adapter: PortalCustomerAdapter,
  query: CustomerQuery = {},
  options: CallOptions = {},
): AsyncGenerator<ExportBatch> {
  const { signal } = options;
  const base = { ...query, offset: undefined, limit: undefined };
  let done = 0;
  if (adapter.exportCustomers) {
    const first = await adapter.listCustomers({ ...base, limit: 1 }, { signal });
    for await (const customers of adapter.exportCustomers(base, { signal })) {
      if (signal?.aborted) throw createAbortError();
      done += customers.length;
      yield { customers, done, total: Math.max(first.total, done) };
    }
    return;
  }
  let offset = 0;
  for (;;) {
    if (signal?.aborted) throw createAbortError();
    const page = await adapter.listCustomers({ ...base, offset, limit: MAX_PAGE_SIZE }, { signal });
    if (page.items.length === 0) return;
    done += page.items.length;
    yield { customers: page.items, done, total: page.total };
    offset += page.items.length;
    if (offset >= page.total) return;
  }
}
