import { AdapterError } from "../adapter/errors";
import type { AdapterMethod, PortalCustomerAdapter } from "../adapter/types";

const METHODS: AdapterMethod[] = [
  "getAdminContext", "listCustomers", "changePassword", "updateDisplayName",
  "migrateToAtlassianAccount", "revokeAccess", "grantAccess", "deleteCustomer",
];

/**
 * A complete adapter from the methods a test cares about; every other method rejects
 * with a clear "not implemented" `AdapterError`, so a test fails loudly instead of hanging.
 */
export function createTestAdapter(methods: Partial<PortalCustomerAdapter> = {}): PortalCustomerAdapter {
  const adapter = {} as Record<AdapterMethod, unknown>;
  for (const name of METHODS) {
    adapter[name] =
      methods[name]?.bind(methods) ??
      (() => Promise.reject(new AdapterError("unknown", `createTestAdapter: ${name} is not implemented in this test adapter.`)));
  }
  return adapter as unknown as PortalCustomerAdapter;
}
