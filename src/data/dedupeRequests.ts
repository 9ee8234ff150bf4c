import { createAbortError } from "../adapter/errors";
import type { PortalCustomerAdapter } from "../adapter/types";
import { normalizeQuery } from "../domain/query";
import type { CustomerPage } from "../domain/types";
import { customerQueryKey } from "./customerListStore";

interface Shared {
  promise: Promise<CustomerPage>;
  controller: AbortController;
  waiting: number;
}

/**
 * Wraps an adapter so identical `listCustomers` requests in flight at the same time share
 * one call (two lists on a page, a remount in Strict Mode). Each caller can still abort on
 * its own; the shared call is aborted only when every caller has. Other methods pass through.
 */
export function dedupeRequests(adapter: PortalCustomerAdapter): PortalCustomerAdapter {
  const inFlight = new Map<string, Shared>();
  return {
    ...adapter,
    // Keep `this` for adapters written as classes.
    getAdminContext: adapter.getAdminContext.bind(adapter),
    changePassword: adapter.changePassword.bind(adapter),
    updateDisplayName: adapter.updateDisplayName.bind(adapter),
    migrateToAtlassianAccount: adapter.migrateToAtlassianAccount.bind(adapter),
    revokeAccess: adapter.revokeAccess.bind(adapter),
    grantAccess: adapter.grantAccess.bind(adapter),
    deleteCustomer: adapter.deleteCustomer.bind(adapter),
    bulkAction: adapter.bulkAction?.bind(adapter),
    exportCustomers: adapter.exportCustomers?.bind(adapter),
    listCustomers(query, options = {}) {
      const { signal } = options;
      if (signal?.aborted) return Promise.reject(createAbortError());
      const key = customerQueryKey(normalizeQuery(query));
      let shared = inFlight.get(key);
      if (!shared) {
        const controller = new AbortController();
        const created: Shared = { controller, waiting: 0, promise: Promise.resolve() as unknown as Promise<CustomerPage> };
        created.promise = Promise.resolve()
          .then(() => adapter.listCustomers(query, { signal: controller.signal }))
          .finally(() => {
            if (inFlight.get(key) === created) inFlight.delete(key);
          });
        shared = created;
        inFlight.set(key, shared);
      }
      const own = shared;
      own.waiting++;
      return new Promise<CustomerPage>((resolve, reject) => {
        let settled = false;
        const leave = () => {
          signal?.removeEventListener("abort", onAbort);
          if (--own.waiting === 0 && inFlight.get(key) === own) {
            inFlight.delete(key);
            own.controller.abort();
          }
        };
        const onAbort = () => {
          if (settled) return;
          settled = true;
          leave();
          reject(createAbortError());
        };
        signal?.addEventListener("abort", onAbort, { once: true });
        own.promise.then(
          (page) => {
            if (settled) return;
            settled = true;
            signal?.removeEventListener("abort", onAbort);
            own.waiting--;
            // Each caller gets its own copy: one list changing its rows must not change another's.
            resolve({ ...page, items: page.items.map((c) => ({ ...c })) });
          },
          (error: unknown) => {
            if (settled) return;
            settled = true;
            signal?.removeEventListener("abort", onAbort);
            own.waiting--;
            reject(error);
          },
        );
      });
    },
  };
}
