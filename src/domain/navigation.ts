import { canPerform, permissionDenial, type PermissionDenial } from "./permissions";
import type { AdminContext, AdminEnvironment, AdminRole, CustomerAction, Experience } from "./types";

/**
 * Every place in the Atlassian admin the navigation knows about. Pages can be linked
 * (the host supplies their hrefs); groups only hold other destinations.
 */
export type AdminDestination =
  | "directory"
  | "users"
  | "groups"
  | "products"
  | "sitesAndProducts"
  | "site"
  | "userManagement"
  | "jiraServiceManagement"
  | "portalOnlyCustomers";

/** The destinations that are pages, i.e. can be linked and be the current page. */
export type AdminPage = "users" | "groups" | "sitesAndProducts" | "site" | "portalOnlyCustomers";

/** Every {@link AdminPage}. */
export const ADMIN_PAGES: readonly AdminPage[] = ["users", "groups", "sitesAndProducts", "site", "portalOnlyCustomers"];

/** Every {@link AdminRole}, from most to least privileged. */
export const ADMIN_ROLES: readonly AdminRole[] = ["org-admin", "site-admin", "none"];

/** Every {@link Experience}. */
export const EXPERIENCES: readonly Experience[] = ["centralized", "original"];

/** Every {@link AdminEnvironment}. */
export const ADMIN_ENVIRONMENTS: readonly AdminEnvironment[] = ["commercial", "government"];

/** One destination in an experience's admin structure. */
export interface AdminNavNode {
  /** Which destination this is. */
  destination: AdminDestination;
  /** `page`: a link; `group`: a collapsible heading for its children. */
  kind: "page" | "group";
  /** The destinations under this one, in display order. */
  children: readonly AdminNavNode[];
}

/** The default href of each page: a fragment, so the components work before a host wires its router. */
export const DEFAULT_ADMIN_HREFS: Readonly<Record<AdminPage, string>> = {
  users: "#users",
  groups: "#groups",
  sitesAndProducts: "#sites-and-products",
  site: "#site",
  portalOnlyCustomers: "#portal-only-customers",
};

const page = (destination: AdminPage, children: readonly AdminNavNode[] = []): AdminNavNode => ({ destination, kind: "page", children });
const group = (destination: AdminDestination, children: readonly AdminNavNode[]): AdminNavNode => ({ destination, kind: "group", children });

const USERS_AND_GROUPS = [page("users"), page("groups")];
const JSM = group("jiraServiceManagement", [page("portalOnlyCustomers")]);

/**
 * The admin structure of each experience, top-level first:
 * - centralized: Directory (Users, Groups); Products → Sites and products → the site →
 *   Jira Service Management → Portal-only customers;
 * - original: the site's admin → Products → Jira Service Management → Portal-only customers,
 *   and User management (Users, Groups) under the site. No Directory.
 */
const STRUCTURE: Readonly<Record<Experience, readonly AdminNavNode[]>> = {
  centralized: [
    group("directory", USERS_AND_GROUPS),
    group("products", [page("sitesAndProducts", [page("site", [JSM])])]),
  ],
  original: [
    page("site", [group("products", [JSM]), group("userManagement", USERS_AND_GROUPS)]),
  ],
};

/** The admin structure of `experience` as a tree of destinations. */
export function getAdminNavigation(experience: Experience): readonly AdminNavNode[] {
  return STRUCTURE[experience];
}

/**
 * The path from the top of `experience`'s admin to `target`, both ends included
 * (the breadcrumbs), or an empty array when the experience has no such destination.
 */
export function getAdminPath(experience: Experience, target: AdminDestination = "portalOnlyCustomers"): AdminNavNode[] {
  const search = (nodes: readonly AdminNavNode[], trail: AdminNavNode[]): AdminNavNode[] | null => {
    for (const node of nodes) {
      const path = [...trail, node];
      if (node.destination === target) return path;
      const found = search(node.children, path);
      if (found) return found;
    }
    return null;
  };
  return search(STRUCTURE[experience], []) ?? [];
}

/** Whether `experience`'s admin has `destination` (the original experience has no Directory). */
export function hasAdminDestination(experience: Experience, destination: AdminDestination): boolean {
  return getAdminPath(experience, destination).length > 0;
}

/** The href of `destination`: the host's, else the default fragment. */
export function adminHref(destination: AdminPage, hrefs?: Partial<Record<AdminDestination, string>>): string {
  return hrefs?.[destination] ?? DEFAULT_ADMIN_HREFS[destination];
}

/** Message keys of the guide (see `src/i18n/messages/navigation.ts`). */
export type GuideMessageKey =
  | "guide.centralized.openAdmin"
  | "guide.centralized.sitesAndProducts"
  | "guide.centralized.selectSite"
  | "guide.centralized.portalOnlyCustomers"
  | "guide.original.openAdmin"
  | "guide.original.products"
  | "guide.original.portalOnlyCustomers"
  | "guide.findCustomer"
  | "guide.findRevokedCustomer"
  | "guide.openMenu"
  | `guide.confirm.${CustomerAction}`;

/**
 * One numbered step of a task. Messages may use `{site}` (the site's name) and `{action}`
 * (the menu label of `values.action`).
 */
export interface GuideStep {
  /** The message that says what to do. */
  messageKey: GuideMessageKey;
  /** The action whose menu label fills `{action}`. */
  values?: { action?: CustomerAction };
}

const ROUTE: Readonly<Record<Experience, readonly GuideStep[]>> = {
  centralized: [
    { messageKey: "guide.centralized.openAdmin" },
    { messageKey: "guide.centralized.sitesAndProducts" },
    { messageKey: "guide.centralized.selectSite" },
    { messageKey: "guide.centralized.portalOnlyCustomers" },
  ],
  original: [
    { messageKey: "guide.original.openAdmin" },
    { messageKey: "guide.original.products" },
    { messageKey: "guide.original.portalOnlyCustomers" },
  ],
};

/**
 * The numbered steps to `action` a customer in `experience`, modelled on Atlassian's
 * Change password instructions: reach the portal-only customer list, find the customer,
 * open ••• (More options), pick the action, confirm.
 */
export function getGuideSteps(experience: Experience, action: CustomerAction): GuideStep[] {
  return [
    ...ROUTE[experience],
    { messageKey: action === "grantAccess" ? "guide.findRevokedCustomer" : "guide.findCustomer" },
    { messageKey: "guide.openMenu", values: { action } },
    { messageKey: `guide.confirm.${action}` },
  ];
}

/** A viewer in `experience` with `role` in `environment`, for evaluating the permission rules. */
function hypotheticalContext(experience: Experience, role: AdminRole, environment: AdminEnvironment): AdminContext {
  return { experience, role, environment, site: { id: "", name: "", url: "" }, organization: null };
}

/** Who may perform an action in one experience and environment, derived from {@link canPerform}. */
export interface ActionAvailability {
  /** The roles {@link canPerform} allows, most privileged first; empty when nobody may. */
  roles: AdminRole[];
  /** When nobody may: why not, as {@link permissionDenial} says for an organization admin. */
  denial: PermissionDenial | null;
}

/**
 * Which roles may perform `action` in `experience` and `environment`: evaluates
 * {@link canPerform} for every role, so the guide and the menus can never disagree.
 */
export function getActionAvailability(
  experience: Experience,
  action: CustomerAction,
  environment: AdminEnvironment = "commercial",
): ActionAvailability {
  const roles = ADMIN_ROLES.filter((role) => canPerform(hypotheticalContext(experience, role, environment), action));
  const denial = roles.length > 0 ? null : permissionDenial(hypotheticalContext(experience, "org-admin", environment), action);
  return { roles, denial };
}

/** The parts of an {@link AdminContext} the permission rules read. */
export type AdminViewer = Pick<AdminContext, "experience" | "role" | "environment">;

/** Why `viewer` may not perform `action` ({@link permissionDenial}), or `null` when they may. */
export function viewerDenial(viewer: AdminViewer, action: CustomerAction): PermissionDenial | null {
  return permissionDenial(hypotheticalContext(viewer.experience, viewer.role, viewer.environment), action);
}
