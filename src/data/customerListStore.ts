import type { PortalCustomerAdapter } from "../adapter/types";
import { isAbortError } from "../adapter/errors";
import type { CustomerPage, NormalizedCustomerQuery } from "../domain/types";
import type { CustomerEvent } from "./customerEvents";

/** What every state of a customer list carries. */
interface PortalCustomersStateBase {
  /** The query the list is showing or loading (defaults applied). */
  query: NormalizedCustomerQuery;
  /** Whether a request is in flight (first load, next page, retry). */
  isFetching: boolean;
  /** Loads the current query again, aborting a request in flight. */
  refetch: () => void;
}

/**
 * One page of customers as it loads. While the next page, sort or filter loads, the
 * rows of the previous query stay in `data` (`isPreviousData: true`, `isFetching: true`).
 */
export type PortalCustomersState = PortalCustomersStateBase &
  (
    | { status: "loading"; data?: undefined; error?: undefined; isPreviousData: false }
    | { status: "error"; data?: undefined; error: unknown; isPreviousData: false }
    | { status: "success"; data: CustomerPage; error?: undefined; isPreviousData: boolean }
  );

/** A stable key for a normalized query: same key, same request. */
export function customerQueryKey(query: NormalizedCustomerQuery): string {
  const { search, status, sort, offset, limit } = query;
  return JSON.stringify([search, status, sort.field, sort.direction, offset, limit]);
}

/** The query a {@link customerQueryKey} stands for. */
export function queryFromKey(key: string): NormalizedCustomerQuery {
  const [search, status, field, direction, offset, limit] = JSON.parse(key) as [
    string, NormalizedCustomerQuery["status"], NormalizedCustomerQuery["sort"]["field"], NormalizedCustomerQuery["sort"]["direction"], number, number,
  ];
  return { search, status, sort: { field, direction }, offset, limit };
}

/** Applies a confirmed change to a page: replaces an updated row in place, drops a removed one. */
export function applyCustomerEvent(page: CustomerPage, event: CustomerEvent): CustomerPage {
  if (event.type === "updated") {
    const index = page.items.findIndex((c) => c.id === event.customer.id);
    if (index === -1) return page;
    const items = page.items.slice();
    items[index] = event.customer;
    return { ...page, items };
  }
  const items = page.items.filter((c) => c.id !== event.customerId);
  if (items.length === page.items.length) return page;
  return { ...page, items, total: Math.max(0, page.total - 1) };
}

/** @internal The store behind one `usePortalCustomers` call. */
export interface CustomerListStore {
  /** The current state; a new object only when something changed. */
  getSnapshot(): PortalCustomersState;
  /** Listens for state changes; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Loads `query` through `adapter` unless that exact request is already current. */
  load(adapter: PortalCustomerAdapter, query: NormalizedCustomerQuery): void;
  /** Aborts the request in flight, if any (on unmount or before the next query). */
  abort(): void;
  /** Applies a confirmed change to the rows shown and to the answer of a request in flight. */
  apply(event: CustomerEvent): void;
}

/**
 * Creates the store of one customer list. It guards against stale answers twice: a
 * superseded request is aborted, and an answer that still arrives (an adapter that
 * ignores the signal) is dropped because it is not the latest request.
 */
export function createCustomerListStore(initialQuery: NormalizedCustomerQuery): CustomerListStore {
  const listeners = new Set<() => void>();
  let request = 0;
  let controller: AbortController | null = null;
  // The request in flight or answered last; `null` after an abort, so the next `load` starts again.
  let current: { adapter: PortalCustomerAdapter; key: string } | null = null;
  let lastAdapter: PortalCustomerAdapter | null = null;
  // Which adapter and query the rows in `state.data` came from.
  let dataSource: { adapter: PortalCustomerAdapter; key: string } | null = null;
  // Changes confirmed while a request is in flight; its answer may predate them.
  let pendingEvents: CustomerEvent[] = [];

  const refetch = () => {
    if (lastAdapter) start(lastAdapter, state.query);
  };

  let state: PortalCustomersState = {
    status: "loading", query: initialQuery, isFetching: false, isPreviousData: false, refetch,
  };

  function set(next: PortalCustomersState) {
    state = next;
    for (const listener of [...listeners]) listener();
  }

  function start(adapter: PortalCustomerAdapter, query: NormalizedCustomerQuery) {
    controller?.abort();
    const ownController = new AbortController();
    controller = ownController;
    const id = ++request;
    const key = customerQueryKey(query);
    current = { adapter, key };
    lastAdapter = adapter;
    pendingEvents = [];

    if (state.status === "success" && dataSource?.adapter === adapter) {
      // Keep the rows on screen while the next page, sort or filter loads.
      set({ ...state, query, isFetching: true, isPreviousData: dataSource.key !== key });
    } else {
      dataSource = null;
      set({ status: "loading", query, isFetching: true, isPreviousData: false, refetch });
    }

    let promise: Promise<CustomerPage>;
    try {
      promise = adapter.listCustomers(query, { signal: ownController.signal });
    } catch (error) {
      promise = Promise.reject(error);
    }
    promise.then(
      (page) => {
        if (id !== request) return; // superseded: a newer request owns the state
        controller = null;
        const data = pendingEvents.reduce(applyCustomerEvent, page);
        pendingEvents = [];
        dataSource = { adapter, key };
        set({ status: "success", query, data, isFetching: false, isPreviousData: false, refetch });
      },
      (error: unknown) => {
        if (id !== request || isAbortError(error)) return;
        controller = null;
        pendingEvents = [];
        dataSource = null;
        set({ status: "error", query, error, isFetching: false, isPreviousData: false, refetch });
      },
    );
  }

  return {
    getSnapshot: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    load(adapter, query) {
      if (current && current.adapter === adapter && current.key === customerQueryKey(query)) return;
      start(adapter, query);
    },
    abort() {
      current = null;
      if (!controller) return;
      controller.abort();
      controller = null;
      request++;
      pendingEvents = [];
      set({ ...state, isFetching: false } as PortalCustomersState);
    },
    apply(event) {
      if (controller) pendingEvents.push(event);
      if (state.status !== "success") return;
      const data = applyCustomerEvent(state.data, event);
      if (data !== state.data) set({ ...state, data });
    },
  };
}
