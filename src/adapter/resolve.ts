import type { PortalCustomer } from "../domain/types";
import { exportCustomers } from "./export";
import { MAX_BULK_CUSTOMERS, type CallOptions, type PortalCustomerAdapter } from "./types";

/**
 * The customers with these ids, as the adapter knows them now: through its optional
 * `getCustomers` when it has one (in chunks of 1,000), else by reading the whole list
 * (`exportCustomers`, or pages of `listCustomers`) until every id is found. Ids the adapter
 * does not know are left out. Aborting `signal` rejects with an `AbortError`.
 */
export async function resolveCustomers(
  adapter: PortalCustomerAdapter,
  customerIds: readonly string[],
  options: CallOptions = {},
): Promise<PortalCustomer[]> {
  const wanted = new Set(customerIds);
  if (wanted.size === 0) return [];
  const found: PortalCustomer[] = [];
  if (adapter.getCustomers) {
    const ids = [...wanted];
    for (let start = 0; start < ids.length; start += MAX_BULK_CUSTOMERS) {
      const customers = await adapter.getCustomers(ids.slice(start, start + MAX_BULK_CUSTOMERS), options);
      for (const customer of customers) {
        if (wanted.delete(customer.id)) found.push(customer);
      }
    }
    return found;
  }
  for await (const batch of exportCustomers(adapter, {}, options)) {
    for (const customer of batch.customers) {
      if (wanted.delete(customer.id)) found.push(customer);
    }
    if (wanted.size === 0) break;
  }
  return found;
}
