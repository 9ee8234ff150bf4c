import { useMemo } from "react";
import type { PortalCustomer } from "../domain/types";
import { useProviderValue } from "./PortalCustomerAdminProvider";

/** The account actions, bound to the provider's adapter. Each publishes the confirmed change so lists update at once. */
export interface CustomerActions {
  /** Sets a new password. */
  changePassword(customer: PortalCustomer, newPassword: string): Promise<void>;
  /** Renames the customer; resolves to the updated customer. */
  updateDisplayName(customer: PortalCustomer, displayName: string): Promise<PortalCustomer>;
  /** Migrates the customer to an Atlassian account (they leave the list). */
  migrate(customer: PortalCustomer): Promise<void>;
  /** Revokes access; resolves to the updated customer. */
  revokeAccess(customer: PortalCustomer): Promise<PortalCustomer>;
  /** Grants access again; resolves to the updated customer. */
  grantAccess(customer: PortalCustomer): Promise<PortalCustomer>;
  /** Deletes the account permanently (they leave the list). */
  deleteCustomer(customer: PortalCustomer): Promise<void>;
}

/**
 * The account actions for connected components and custom flows. Calls go to the
 * adapter; on success the change is applied to every mounted customer list without a
 * refetch. Failures reject with the adapter's error (usually an `AdapterError`).
 */
export function useCustomerActions(): CustomerActions {
  const { adapter, events } = useProviderValue();
  return useMemo<CustomerActions>(() => {
    const updated = (customer: PortalCustomer) => {
      events.publish({ type: "updated", customer });
      return customer;
    };
    const removed = (customerId: string) => events.publish({ type: "removed", customerId });
    return {
      changePassword: (customer, newPassword) => adapter.changePassword(customer.id, newPassword),
      updateDisplayName: (customer, displayName) => adapter.updateDisplayName(customer.id, displayName).then(updated),
      migrate: (customer) => adapter.migrateToAtlassianAccount(customer.id).then(() => removed(customer.id)),
      revokeAccess: (customer) => adapter.revokeAccess(customer.id).then(updated),
      grantAccess: (customer) => adapter.grantAccess(customer.id).then(updated),
      deleteCustomer: (customer) => adapter.deleteCustomer(customer.id).then(() => removed(customer.id)),
    };
  }, [adapter, events]);
}
