import { useCallback } from "react";
import { runBulkAction, type RunBulkActionOptions } from "../adapter/bulk";
import type { BulkAction, BulkResult } from "../adapter/types";
import type { PortalCustomer } from "../domain/types";
import { useProviderValue } from "./PortalCustomerAdminProvider";

/** Runs a bulk action; see {@link useBulkAction}. */
export type RunBulk = (action: BulkAction, customers: readonly PortalCustomer[], options?: RunBulkActionOptions) => Promise<BulkResult>;

/**
 * A function that runs a bulk action through the provider's adapter (its `bulkAction`, or
 * single calls with bounded concurrency) and applies each confirmed change to mounted
 * lists: deleted and migrated customers leave, revoked and granted ones change status.
 */
export function useBulkAction(): RunBulk {
  const { adapter, events } = useProviderValue();
  return useCallback<RunBulk>(
    async (action, customers, options) => {
      const result = await runBulkAction(adapter, action, customers.map((c) => c.id), options);
      const byId = new Map(customers.map((c) => [c.id, c]));
      for (const id of result.succeeded) {
        if (action === "delete" || action === "migrate") {
          events.publish({ type: "removed", customerId: id });
        } else {
          const customer = byId.get(id);
          if (customer) events.publish({ type: "updated", customer: { ...customer, status: action === "revokeAccess" ? "revoked" : "active" } });
        }
      }
      return result;
    },
    [adapter, events],
  );
}
