import { AdapterError, isAbortError, isAdapterError } from "./errors";
import {
  MAX_BULK_CUSTOMERS, type BulkAction, type BulkOptions, type BulkResult, type PortalCustomerAdapter,
} from "./types";

/** Options of {@link runBulkAction}. */
export interface RunBulkActionOptions extends BulkOptions {
  /** How many single-customer calls run at once on the fallback path. Default 4. */
  concurrency?: number;
}

/** Wraps anything thrown into an {@link AdapterError}, so every failure has a kind to explain. */
export function toAdapterError(error: unknown): AdapterError {
  if (isAdapterError(error)) return error;
  return new AdapterError("unknown", error instanceof Error ? error.message : String(error), { cause: error });
}

function single(adapter: PortalCustomerAdapter, action: BulkAction, id: string): Promise<unknown> {
  switch (action) {
    case "delete": return adapter.deleteCustomer(id);
    case "migrate": return adapter.migrateToAtlassianAccount(id);
    case "revokeAccess": return adapter.revokeAccess(id);
    case "grantAccess": return adapter.grantAccess(id);
  }
}

/**
 * Runs `action` on up to 1,000 customers. Uses the adapter's own `bulkAction` when it has
 * one; otherwise calls the single-customer method with bounded concurrency. Aborting
 * `signal` stops starting new customers (those already started finish) and reports the rest
 * as `cancelled`. Every id ends in exactly one of `succeeded`, `failed`, `cancelled`: a
 * customer is never reported as succeeded unless its call did.
 */
export async function runBulkAction(
  adapter: PortalCustomerAdapter,
  action: BulkAction,
  customerIds: readonly string[],
  options: RunBulkActionOptions = {},
): Promise<BulkResult> {
  const ids = [...new Set(customerIds)];
  if (ids.length > MAX_BULK_CUSTOMERS) {
    throw new AdapterError("validation", `A bulk action covers at most ${MAX_BULK_CUSTOMERS} customers; ${ids.length} were given.`);
  }
  if (adapter.bulkAction) {
    try {
      return settle(ids, await adapter.bulkAction(action, ids, options));
    } catch (error) {
      // Stopped before the adapter reported anything: nothing is claimed done; the list refetch shows the truth.
      if (isAbortError(error)) return { succeeded: [], failed: [], cancelled: ids };
      throw error;
    }
  }

  const result: BulkResult = { succeeded: [], failed: [], cancelled: [] };
  const total = ids.length;
  let next = 0;
  const report = () =>
    options.onProgress?.({ done: result.succeeded.length + result.failed.length, total, failed: result.failed.length });
  async function worker(): Promise<void> {
    while (next < ids.length) {
      if (options.signal?.aborted) return;
      const id = ids[next++] as string;
      try {
        await single(adapter, action, id);
        result.succeeded.push(id);
      } catch (error) {
        result.failed.push({ customerId: id, error: toAdapterError(error) });
      }
      report();
    }
  }
  const concurrency = Math.max(1, Math.min(options.concurrency ?? 4, ids.length || 1));
  await Promise.all(Array.from({ length: concurrency }, worker));
  result.cancelled = ids.slice(next);
  return result;
}

/** Makes a result from an adapter's own bulkAction trustworthy: each id once, none invented, none lost. */
function settle(ids: string[], reported: BulkResult): BulkResult {
  const wanted = new Set(ids);
  const seen = new Set<string>();
  const result: BulkResult = { succeeded: [], failed: [], cancelled: [] };
  const take = (id: string) => wanted.has(id) && !seen.has(id) && (seen.add(id), true);
  // Failures first: an id reported both as failed and succeeded counts as failed.
  for (const failure of reported.failed ?? []) {
    if (take(failure.customerId)) result.failed.push({ customerId: failure.customerId, error: toAdapterError(failure.error) });
  }
  for (const id of reported.succeeded ?? []) if (take(id)) result.succeeded.push(id);
  for (const id of reported.cancelled ?? []) if (take(id)) result.cancelled.push(id);
  for (const id of ids) {
    if (!seen.has(id)) {
      result.failed.push({ customerId: id, error: new AdapterError("unknown", "The server did not report a result for this customer.") });
    }
  }
  return result;
}
