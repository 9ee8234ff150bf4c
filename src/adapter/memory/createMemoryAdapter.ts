import { canPerform } from "../../domain/permissions";
import { passwordIssue } from "../../domain/password";
import { normalizeQuery } from "../../domain/query";
import { displayNameIssue } from "../../domain/schemas";
import { compareCodePoints, foldText, hasInvalidCharacters, type ValidationIssue } from "../../domain/text";
import type {
  AdminContext, CustomerAction, CustomerPage, CustomerQuery, CustomerSortField,
  NormalizedCustomerQuery, PortalCustomer,
} from "../../domain/types";
import { AdapterError, createAbortError } from "../errors";
import { toAdapterError } from "../bulk";
import type { AdapterMethod, BulkAction, BulkOptions, BulkResult, CallOptions, PortalCustomerAdapter } from "../types";
import { MAX_BULK_CUSTOMERS } from "../types";
import { generateCustomers } from "./generate";

/** Options of {@link createMemoryAdapter}. */
export interface MemoryAdapterOptions {
  /** The starting customers, or how many to generate (default 50). */
  customers?: PortalCustomer[] | number;
  /** Seed for generated customers; same seed, same customers. Default 1. */
  seed?: number;
  /** Overrides of the default context: a centralized organization admin in the commercial environment. */
  context?: Partial<AdminContext>;
  /** Delay of every call in ms, fixed or a random range. Default 0. */
  latency?: number | { min: number; max: number };
  /**
   * Fault injection: called before every call with the method name and its arguments;
   * returning an {@link AdapterError} makes that call reject with it and change nothing.
   */
  fail?: (method: AdapterMethod, args: readonly unknown[]) => AdapterError | undefined;
  /** How many customers a bulk action finishes per latency tick. Default 25. */
  bulkBatchSize?: number;
  /** Initial passwords by customer id. Customers without one cannot log in until a password is set. */
  passwords?: Record<string, string>;
}

/** The memory adapter: a full {@link PortalCustomerAdapter} with the bulk and export paths, plus inspection helpers. */
export interface MemoryAdapter extends PortalCustomerAdapter {
  /** One action on many customers; `fail` is asked per customer with the single method's name. */
  bulkAction(action: BulkAction, customerIds: readonly string[], options?: BulkOptions): Promise<BulkResult>;
  /** Every customer matching the query, 100 at a time. */
  exportCustomers(query: CustomerQuery, options?: CallOptions): AsyncIterable<PortalCustomer[]>;
  /** A copy of every customer currently in the portal-only list. */
  snapshot(): PortalCustomer[];
  /** The customer's portal log-in: true only for an existing, active portal-only customer with that password. */
  verifyPassword(customerId: string, password: string): boolean;
}

/** The memory adapter's default viewer: an organization admin, centralized experience, commercial cloud. */
export const DEFAULT_ADMIN_CONTEXT: AdminContext = {
  experience: "centralized",
  role: "org-admin",
  site: { id: "site-1", name: "Acme Help Center", url: "https://acme.example" },
  organization: { id: "org-1", name: "Acme" },
  environment: "commercial",
};

interface Entry {
  customer: PortalCustomer;
  haystack: string;
  nameKey: string;
  emailKey: string;
  lastActive: number;
  created: number;
}

const toEntry = (customer: PortalCustomer): Entry => ({
  customer,
  // Search and sort use the server's rules: foldText (see the README's adapter guide), code-point order.
  haystack: `${foldText(customer.displayName)}\u0000${foldText(customer.email)}`,
  nameKey: foldText(customer.displayName),
  emailKey: foldText(customer.email),
  lastActive: customer.lastActiveAt === null ? -Infinity : Date.parse(customer.lastActiveAt),
  created: Date.parse(customer.createdAt),
});

const KEY: Record<CustomerSortField, (e: Entry) => string | number> = {
  displayName: (e) => e.nameKey,
  email: (e) => e.emailKey,
  lastActiveAt: (e) => e.lastActive,
  createdAt: (e) => e.created,
};

function compareBy(field: CustomerSortField) {
  const key = KEY[field];
  return (a: Entry, b: Entry) => {
    const x = key(a), y = key(b);
    const order = typeof x === "string" ? compareCodePoints(x, y as string) : x < (y as number) ? -1 : x > (y as number) ? 1 : 0;
    return order !== 0 ? order : compareCodePoints(a.customer.id, b.customer.id);
  };
}

const BULK_METHOD: Record<BulkAction, AdapterMethod> = {
  delete: "deleteCustomer",
  migrate: "migrateToAtlassianAccount",
  revokeAccess: "revokeAccess",
  grantAccess: "grantAccess",
};
const BULK_PERMISSION: Record<BulkAction, CustomerAction> = {
  delete: "delete", migrate: "migrate", revokeAccess: "revokeAccess", grantAccess: "grantAccess",
};

const copy = (c: PortalCustomer): PortalCustomer => ({ ...c });

/** Customers in one sort order, with a lazily built text index for search. */
interface SortedView {
  entries: Entry[];
  /** Every row's haystack joined by "\n", and where each row starts in it. */
  text?: string;
  starts?: Int32Array;
}

/**
 * The rows of `view` whose name or email contains `needle`, in order: `indexOf` over one
 * joined string is far faster than a substring test per row (100,000 rows in a few ms).
 */
function findRows(view: SortedView, needle: string): number[] {
  const rows = view.entries;
  if (needle.includes("\n") || needle.includes("\0")) {
    return rows.flatMap((entry, i) => (entry.haystack.includes(needle) ? [i] : []));
  }
  if (view.text === undefined || view.starts === undefined) {
    const starts = new Int32Array(rows.length);
    let at = 0;
    rows.forEach((entry, i) => {
      starts[i] = at;
      at += entry.haystack.length + 1;
    });
    view.starts = starts;
    view.text = rows.map((entry) => entry.haystack).join("\n");
  }
  const { text, starts } = view;
  const hits: number[] = [];
  const last = starts.length - 1;
  let row = 0;
  for (let from = 0; ; ) {
    const at = text.indexOf(needle, from);
    if (at === -1) return hits;
    // Hits only move forward, so walk to the row containing `at` (the last start ≤ at).
    while (row < last && (starts[row + 1] as number) <= at) row++;
    hits.push(row);
    if (row === last) return hits;
    from = starts[++row] as number;
  }
}

function validationError(field: string, issue: ValidationIssue & { message: string }): AdapterError {
  const { message, ...code } = issue;
  return new AdapterError("validation", message, { status: 422, fieldErrors: { [field]: message }, fieldErrorCodes: { [field]: code } });
}

/** The normalized query, refused like the server refuses it when the search holds a NUL or an unpaired surrogate. */
function checkedQuery(query: CustomerQuery): NormalizedCustomerQuery {
  const normalized = normalizeQuery(query);
  if (hasInvalidCharacters(normalized.search)) {
    const message = "The search contains a character that can't be searched for.";
    throw new AdapterError("validation", message, {
      status: 400, fieldErrors: { search: message }, fieldErrorCodes: { search: { code: "invalid_characters" } },
    });
  }
  return normalized;
}

/**
 * An in-memory {@link PortalCustomerAdapter} for Storybook, tests and prototypes. It
 * behaves like a real backend: validates input, enforces {@link canPerform}, answers
 * with copies, honours AbortSignals, and can be slowed (`latency`) or made to fail (`fail`).
 */
export function createMemoryAdapter(options: MemoryAdapterOptions = {}): MemoryAdapter {
  const context: AdminContext = { ...DEFAULT_ADMIN_CONTEXT, ...options.context };
  const initial =
    typeof options.customers === "number" || options.customers === undefined
      ? generateCustomers(options.customers ?? 50, { seed: options.seed })
      : options.customers.map(copy);
  const entries = new Map<string, Entry>(initial.map((c) => [c.id, toEntry(c)]));
  const passwords = new Map<string, string>(Object.entries(options.passwords ?? {}));
  // Sorted views, rebuilt lazily after a mutation; a filtered page is then one pass over the matches.
  let sorted = new Map<CustomerSortField, SortedView>();
  const invalidate = () => (sorted = new Map());

  function sortedBy(field: CustomerSortField): SortedView {
    let view = sorted.get(field);
    if (!view) {
      view = { entries: [...entries.values()].sort(compareBy(field)) };
      sorted.set(field, view);
    }
    return view;
  }

  function delay(): number {
    const l = options.latency ?? 0;
    return typeof l === "number" ? l : l.min + Math.random() * Math.max(0, l.max - l.min);
  }

  /** Waits the latency (rejecting at once if `signal` aborts), then runs `work`. */
  function call<T>(method: AdapterMethod, args: readonly unknown[], work: () => T, signal?: AbortSignal): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (signal?.aborted) return reject(createAbortError());
      const onAbort = () => {
        clearTimeout(timer);
        reject(createAbortError());
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener("abort", onAbort);
        try {
          const injected = options.fail?.(method, args);
          if (injected) throw injected;
          resolve(work());
        } catch (error) {
          reject(error);
        }
      }, delay());
      signal?.addEventListener("abort", onAbort, { once: true });
    });
  }

  function require(action: CustomerAction, customerId: unknown): Entry {
    if (!canPerform(context, action)) {
      throw new AdapterError("forbidden", `Your role can't perform "${action}" here.`, { status: 403 });
    }
    if (typeof customerId !== "string" || customerId === "") {
      throw validationError("customerId", { code: "required", message: "A customer id is required." });
    }
    const entry = entries.get(customerId);
    if (!entry) throw new AdapterError("not-found", `No portal-only customer with id "${customerId}".`, { status: 404 });
    return entry;
  }

  function replace(entry: Entry, changes: Partial<PortalCustomer>): PortalCustomer {
    const customer = { ...entry.customer, ...changes };
    entries.set(customer.id, toEntry(customer));
    invalidate();
    return copy(customer);
  }

  function remove(id: string): void {
    entries.delete(id);
    passwords.delete(id);
    invalidate();
  }

  function applyBulk(action: BulkAction, id: string): void {
    const entry = require(BULK_PERMISSION[action], id);
    if (action === "revokeAccess" || action === "grantAccess") {
      const target = action === "revokeAccess" ? "revoked" : "active";
      if (entry.customer.status === target) {
        throw new AdapterError("conflict", action === "revokeAccess" ? "Access is already revoked." : "This customer already has access.", { status: 409 });
      }
      replace(entry, { status: target });
    } else {
      remove(id);
    }
  }

  function list(query: NormalizedCustomerQuery): CustomerPage {
    const { search, status, sort, offset, limit } = query;
    const needle = foldText(search);
    const view = sortedBy(sort.field);
    const ordered = view.entries;
    // Indices (ascending) of the rows that contain the needle, or null for "every row".
    const hits = needle ? findRows(view, needle) : null;
    const count = hits ? hits.length : ordered.length;
    const ascending = sort.direction === "asc";
    const items: PortalCustomer[] = [];
    let total = 0;
    for (let k = 0; k < count; k++) {
      const i = ascending ? k : count - 1 - k;
      const entry = ordered[hits ? (hits[i] as number) : i] as Entry;
      if (status !== "all" && entry.customer.status !== status) continue;
      if (total >= offset && items.length < limit) items.push(copy(entry.customer));
      total++;
    }
    return { items, total, offset, limit };
  }

  return {
    getAdminContext(callOptions?: CallOptions) {
      return call("getAdminContext", [], () => structuredClone(context), callOptions?.signal);
    },

    listCustomers(query: CustomerQuery, callOptions?: CallOptions) {
      return call("listCustomers", [query], () => list(checkedQuery(query)), callOptions?.signal);
    },

    changePassword(customerId: string, newPassword: string) {
      return call("changePassword", [customerId, newPassword], () => {
        const entry = require("changePassword", customerId);
        const issue = passwordIssue(typeof newPassword === "string" ? newPassword : "", { email: entry.customer.email });
        if (issue) throw validationError("newPassword", issue);
        passwords.set(customerId, newPassword);
      });
    },

    updateDisplayName(customerId: string, displayName: string) {
      return call("updateDisplayName", [customerId, displayName], () => {
        const entry = require("editName", customerId);
        const name = typeof displayName === "string" ? displayName : "";
        const issue = displayNameIssue(name);
        if (issue) throw validationError("displayName", issue);
        return replace(entry, { displayName: name.trim() });
      });
    },

    migrateToAtlassianAccount(customerId: string) {
      return call("migrateToAtlassianAccount", [customerId], () => {
        require("migrate", customerId);
        remove(customerId);
      });
    },

    revokeAccess(customerId: string) {
      return call("revokeAccess", [customerId], () => {
        const entry = require("revokeAccess", customerId);
        if (entry.customer.status === "revoked") {
          throw new AdapterError("conflict", "This customer's access is already revoked.", { status: 409 });
        }
        return replace(entry, { status: "revoked" });
      });
    },

    grantAccess(customerId: string) {
      return call("grantAccess", [customerId], () => {
        const entry = require("grantAccess", customerId);
        if (entry.customer.status === "active") {
          throw new AdapterError("conflict", "This customer already has access.", { status: 409 });
        }
        return replace(entry, { status: "active" });
      });
    },

    deleteCustomer(customerId: string) {
      return call("deleteCustomer", [customerId], () => {
        require("delete", customerId);
        remove(customerId);
      });
    },

    async bulkAction(action: BulkAction, customerIds: readonly string[], bulkOptions: BulkOptions = {}) {
      const { signal, onProgress } = bulkOptions;
      const ids = [...new Set(customerIds)];
      await call("bulkAction", [action, ids], () => {
        if (ids.length > MAX_BULK_CUSTOMERS) {
          throw new AdapterError("validation", `A bulk action covers at most ${MAX_BULK_CUSTOMERS} customers.`, { status: 422 });
        }
      }, signal);
      const result: BulkResult = { succeeded: [], failed: [], cancelled: [] };
      const batch = Math.max(1, options.bulkBatchSize ?? 25);
      for (let start = 0; start < ids.length; start += batch) {
        if (signal?.aborted) {
          result.cancelled = ids.slice(start);
          break;
        }
        if (start > 0) await new Promise((resolve) => setTimeout(resolve, delay()));
        for (const id of ids.slice(start, start + batch)) {
          try {
            const injected = options.fail?.(BULK_METHOD[action], [id]);
            if (injected) throw injected;
            applyBulk(action, id);
            result.succeeded.push(id);
          } catch (error) {
            result.failed.push({ customerId: id, error: toAdapterError(error) });
          }
        }
        onProgress?.({ done: result.succeeded.length + result.failed.length, total: ids.length, failed: result.failed.length });
      }
      return result;
    },

    async *exportCustomers(query: CustomerQuery, callOptions?: CallOptions) {
      const normalized = normalizeQuery({ ...query, offset: 0, limit: 100 });
      for (let offset = 0; ; offset += normalized.limit) {
        const page = await call("exportCustomers", [query], () => list({ ...checkedQuery(normalized), offset }), callOptions?.signal);
        if (page.items.length > 0) yield page.items;
        if (offset + normalized.limit >= page.total) return;
      }
    },

    snapshot() {
      return [...entries.values()].map((e) => copy(e.customer));
    },

    verifyPassword(customerId: string, password: string) {
      const entry = entries.get(customerId);
      return !!entry && entry.customer.status === "active" && passwords.get(customerId) === password;
    },
  };
}
