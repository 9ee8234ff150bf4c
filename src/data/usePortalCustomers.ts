import { useEffect, useMemo, useState, useSyncExternalStore } from "react";
import { normalizeQuery } from "../domain/query";
import type { CustomerQuery } from "../domain/types";
import { useProviderValue } from "./PortalCustomerAdminProvider";
import { createCustomerListStore, customerQueryKey, queryFromKey, type PortalCustomersState } from "./customerListStore";

/** Options of {@link usePortalCustomers}. */
export interface UsePortalCustomersOptions {
  /** When `false`, nothing is requested (and a request in flight is aborted). Default `true`. */
  isEnabled?: boolean;
}

/**
 * One page of portal-only customers for `query`, from the provider's adapter.
 *
 * - A new query aborts the request in flight; an older answer never replaces a newer one.
 * - While the next page, sort or filter loads, the current rows stay in `data`
 *   (`isFetching` and `isPreviousData` say so).
 * - Changes confirmed through {@link useCustomerActions} (rename, revoke, grant, delete,
 *   migrate) are applied to the rows at once, without a refetch.
 * - `refetch()` loads the current query again, e.g. for a Retry button.
 *
 * The query is compared by value, so an inline object literal is fine. Debounce typing
 * before it reaches the query: every distinct query is one request.
 */
export function usePortalCustomers(query: CustomerQuery, options: UsePortalCustomersOptions = {}): PortalCustomersState {
  const { adapter, events } = useProviderValue();
  const isEnabled = options.isEnabled ?? true;
  const key = customerQueryKey(normalizeQuery(query));
  // Same key, same object: effects below run when the query changes by value, not by identity.
  const stableQuery = useMemo(() => queryFromKey(key), [key]);
  const [store] = useState(() => createCustomerListStore(stableQuery));

  useEffect(() => events.subscribe(store.apply), [events, store]);

  useEffect(() => {
    if (!isEnabled) return;
    store.load(adapter, stableQuery);
    return () => store.abort();
  }, [adapter, stableQuery, isEnabled, store]);

  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
}
