import type { AdminContext, CustomerPage, CustomerQuery, PortalCustomer } from "../domain/types";

/** Options every read call accepts. */
export interface CallOptions {
  /** Aborting it rejects the call promptly with an error whose `name` is `"AbortError"`. */
  signal?: AbortSignal;
}

/**
 * The one seam between the components and a backend: a plain object of
 * promise-returning functions. Reject with an {@link AdapterError} so the UI can say
 * what went wrong. Enforce {@link canPerform} on the server side too; the UI only hides.
 */
export interface PortalCustomerAdapter {
  /** Who is looking and where: experience, role, site, organization, environment. */
  getAdminContext(options?: CallOptions): Promise<AdminContext>;
  /** One page of portal-only customers matching `query`; see {@link normalizeQuery} for defaults. */
  listCustomers(query: CustomerQuery, options?: CallOptions): Promise<CustomerPage>;
  /** Sets a new password; the customer logs in with it from then on. */
  changePassword(customerId: string, newPassword: string): Promise<void>;
  /** Changes the display name (trimmed, 1..255 characters) and returns the updated customer. */
  updateDisplayName(customerId: string, displayName: string): Promise<PortalCustomer>;
  /** Moves the customer to an Atlassian account; they leave the portal-only list. Irreversible. */
  migrateToAtlassianAccount(customerId: string): Promise<void>;
  /** Stops the customer from logging in; returns the customer with status `revoked`. */
  revokeAccess(customerId: string): Promise<PortalCustomer>;
  /** Restores a revoked customer's log-in; returns the customer with status `active`. */
  grantAccess(customerId: string): Promise<PortalCustomer>;
  /** Deletes the account permanently. Irreversible. */
  deleteCustomer(customerId: string): Promise<void>;
}

/** The names of the adapter's methods. */
export type AdapterMethod = keyof PortalCustomerAdapter;
