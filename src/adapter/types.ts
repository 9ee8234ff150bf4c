import type { AdminContext, CustomerPage, CustomerQuery, PortalCustomer } from "../domain/types";
import type { AdapterError } from "./errors";

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
  /**
   * Optional: one action on many customers (at most {@link MAX_BULK_CUSTOMERS}). Report
   * progress as customers finish; when `signal` aborts, stop starting new ones and report
   * the rest as `cancelled`. Without it the components call the single-customer methods
   * with bounded concurrency (see `runBulkAction`).
   */
  bulkAction?(action: BulkAction, customerIds: readonly string[], options?: BulkOptions): Promise<BulkResult>;
  /**
   * Optional: every customer matching `query` (its offset and limit ignored), a batch at a
   * time, in the query's sort order. Without it exports page through `listCustomers`.
   */
  exportCustomers?(query: CustomerQuery, options?: CallOptions): AsyncIterable<PortalCustomer[]>;
  /**
   * Optional: the portal-only customers with these ids (at most {@link MAX_BULK_CUSTOMERS}),
   * in any order; ids with no portal-only customer (deleted, migrated, never existed) are
   * left out, not an error. The table uses it to name selected customers it has not shown
   * (selected on another page, or given by the host). Without it they are found by reading
   * the whole list (see `resolveCustomers`).
   */
  getCustomers?(customerIds: readonly string[], options?: CallOptions): Promise<PortalCustomer[]>;
}

/** Most customers one bulk action may cover, as in Atlassian's admin. */
export const MAX_BULK_CUSTOMERS = 1000;

/** The actions that can run on many customers at once. */
export type BulkAction = "delete" | "migrate" | "revokeAccess" | "grantAccess";

/** How far a bulk action has got. */
export interface BulkProgress {
  /** Customers finished, successfully or not. */
  done: number;
  /** Customers in the action. */
  total: number;
  /** Of `done`, how many failed. */
  failed: number;
}

/** Options of a bulk action. */
export interface BulkOptions extends CallOptions {
  /** Called whenever more customers have finished. */
  onProgress?(progress: BulkProgress): void;
}

/** What a bulk action did to each customer: every id ends up in exactly one list. */
export interface BulkResult {
  /** Customers the action succeeded for. */
  succeeded: string[];
  /** Customers it failed for, with why. */
  failed: { customerId: string; error: AdapterError }[];
  /** Customers never started because the action was cancelled. */
  cancelled: string[];
}

/** The names of the adapter's methods. */
export type AdapterMethod = keyof PortalCustomerAdapter;
