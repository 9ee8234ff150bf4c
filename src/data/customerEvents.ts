import type { PortalCustomer } from "../domain/types";

/** A change the adapter confirmed, so cached lists can apply it without refetching. */
export type CustomerEvent =
  | { type: "updated"; customer: PortalCustomer }
  | { type: "removed"; customerId: string };

/** A provider-scoped publish/subscribe channel for confirmed customer changes. */
export interface CustomerEventBus {
  /** Tells every subscriber about a confirmed change. */
  publish(event: CustomerEvent): void;
  /** Listens for changes; returns the unsubscribe function. */
  subscribe(listener: (event: CustomerEvent) => void): () => void;
}

/** Creates an empty {@link CustomerEventBus}. */
export function createCustomerEventBus(): CustomerEventBus {
  const listeners = new Set<(event: CustomerEvent) => void>();
  return {
    publish(event) {
      for (const listener of [...listeners]) listener(event);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
