/** Whether a portal-only customer may log in. */
export type CustomerStatus = "active" | "revoked";

/** A portal-only customer account: it can only log in to one site's help center. */
export interface PortalCustomer {
  /** Stable identifier, opaque to the UI. */
  id: string;
  /** The name shown to agents and in the portal. */
  displayName: string;
  /** The customer's email address; unique within the site. */
  email: string;
  /** `active` customers can log in; `revoked` ones cannot until access is granted again. */
  status: CustomerStatus;
  /** ISO-8601 time of the last log-in, or `null` when the customer never logged in. */
  lastActiveAt: string | null;
  /** ISO-8601 time the account was created. */
  createdAt: string;
}

/** The two user-management experiences an Atlassian organization can have. */
export type Experience = "original" | "centralized";
/** The viewer's administrative role. */
export type AdminRole = "org-admin" | "site-admin" | "none";
/** Commercial cloud or the Government environment (which has no Change password). */
export type AdminEnvironment = "commercial" | "government";

/** Who is looking, and where: decides what they may do and how navigation is laid out. */
export interface AdminContext {
  /** Which user-management experience the organization has. */
  experience: Experience;
  /** The viewer's role. */
  role: AdminRole;
  /** The site whose portal-only customers are listed. */
  site: { id: string; name: string; url: string };
  /** The organization, or `null` when the site is not in one the viewer can see. */
  organization: { id: string; name: string } | null;
  /** The cloud environment. */
  environment: AdminEnvironment;
}

/** Fields the customer list can be sorted by. */
export type CustomerSortField = "displayName" | "email" | "lastActiveAt" | "createdAt";
/** Sort direction. */
export type SortDirection = "asc" | "desc";
/** Which statuses a list request includes. */
export type CustomerStatusFilter = CustomerStatus | "all";

/** A request for one page of customers. Every field is optional; see {@link normalizeQuery} for defaults. */
export interface CustomerQuery {
  /** Case-insensitive text matched against display name and email. */
  search?: string;
  /** Status filter; default `all`. */
  status?: CustomerStatusFilter;
  /** Sort order; default display name ascending. */
  sort?: { field: CustomerSortField; direction: SortDirection };
  /** Index of the first item; default 0. */
  offset?: number;
  /** Page size; default 25, clamped to 1..100. */
  limit?: number;
}

/** A query with every default applied. */
export type NormalizedCustomerQuery = Required<CustomerQuery>;

/** One page of a customer list. */
export interface CustomerPage {
  /** The customers on this page. */
  items: PortalCustomer[];
  /** Number of customers matching the query across all pages. */
  total: number;
  /** Offset the page starts at. */
  offset: number;
  /** The (clamped) page size used. */
  limit: number;
}

/** Every action an admin can take on a portal-only customer. */
export type CustomerAction =
  | "changePassword"
  | "editName"
  | "migrate"
  | "revokeAccess"
  | "grantAccess"
  | "delete";

/** Every {@link CustomerAction}, in menu order. */
export const CUSTOMER_ACTIONS: readonly CustomerAction[] = [
  "changePassword",
  "editName",
  "migrate",
  "revokeAccess",
  "grantAccess",
  "delete",
];
