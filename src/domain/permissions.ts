import type { AdminContext, CustomerAction, PortalCustomer } from "./types";

/**
 * Why an action is not available, or `null` when it is:
 * - `not-admin`: the viewer has no admin role;
 * - `org-admin-only`: the centralized experience lets only organization admins act;
 * - `government`: the Government environment has no Change password;
 * - `status`: the action does not apply to the customer's status (Grant on an active
 *   customer, Revoke on a revoked one).
 */
export type PermissionDenial = "not-admin" | "org-admin-only" | "government" | "status";

/**
 * Why `context` may not perform `action` (optionally on `customer`), or `null` when it may.
 * The single source of truth behind {@link canPerform}.
 */
export function permissionDenial(
  context: AdminContext,
  action: CustomerAction,
  customer?: Pick<PortalCustomer, "status">,
): PermissionDenial | null {
  if (context.role === "none") return "not-admin";
  if (context.experience === "centralized" && context.role !== "org-admin") return "org-admin-only";
  if (action === "changePassword" && context.environment === "government") return "government";
  if (customer) {
    if (action === "grantAccess" && customer.status !== "revoked") return "status";
    if (action === "revokeAccess" && customer.status !== "active") return "status";
  }
  return null;
}

/**
 * Whether the viewer described by `context` may perform `action`.
 * Centralized experience: organization admins only. Original experience: organization
 * and site admins. The Government environment never allows `changePassword`.
 * Everyone else is read-only. Adapters enforce the same rule.
 */
export function canPerform(context: AdminContext, action: CustomerAction): boolean {
  return permissionDenial(context, action) === null;
}

/** Whether the viewer may perform at least one action, i.e. the list is not read-only. */
export function canManageCustomers(context: AdminContext): boolean {
  return context.role !== "none" && !(context.experience === "centralized" && context.role !== "org-admin");
}
