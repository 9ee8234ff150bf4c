import { AdapterError } from "../adapter/errors";
import type { AdapterMethod, PortalCustomerAdapter } from "../adapter/types";

const REQUIRED: AdapterMethod[] = [
  "getAdminContext", "listCustomers", "changePassword", "updateDisplayName",
  "migrateToAtlassianAccount", "revokeAccess", "grantAccess", "deleteCustomer",
];
/** Optional methods: kept when given (so the fast path is tested), absent otherwise (the fallback). */
const OPTIONAL: AdapterMethod[] = ["bulkAction", "exportCustomers"];

/**
 * A complete adapter from the methods a test cares about; every other required method rejects
 * with a clear "not implemented" `AdapterError`, so a test fails loudly instead of hanging.
 * The optional `bulkAction` and `exportCustomers` are kept when given and left out otherwise,
 * so the library takes its fallback path (single calls, paging) exactly as it would for a host.
 */
export function createTestAdapter(methods: Partial<PortalCustomerAdapter> = {}): PortalCustomerAdapter {
  const adapter = {} as Record<AdapterMethod, unknown>;
  for (const name of OPTIONAL) {
    if (methods[name]) adapter[name] = methods[name].bind(methods);
  }
  for (const name of REQUIRED) {
    adapter[name] =
      methods[name]?.bind(methods) ??
      (() => Promise.reject(new AdapterError("unknown", `createTestAdapter: ${name} is not implemented in this test adapter.`)));
  }
  return adapter as unknown as PortalCustomerAdapter;
}
