import { isAdapterError, isAbortError, type AdapterErrorKind } from "../adapter/errors";
import type { PortalCustomerAdapter } from "../adapter/types";
import { canPerform } from "../domain/permissions";
import { adminContextSchema, customerPageSchema, portalCustomerSchema } from "../domain/schemas";
import type {
  AdminContext, CustomerAction, CustomerPage, CustomerQuery, CustomerSortField, PortalCustomer, SortDirection,
} from "../domain/types";

/** The outcome of one contract check. */
export interface ContractCheckResult {
  /** What was checked, in words. */
  name: string;
  /** Whether the adapter kept the contract. */
  ok: boolean;
  /** Why it failed (or a note when skipped). */
  message?: string;
}

/** The report of {@link checkAdapterContract}. */
export interface ContractReport {
  /** True when every check passed. */
  ok: boolean;
  /** Each check, in the order run. */
  results: ContractCheckResult[];
}

/** Options of {@link checkAdapterContract}. */
export interface CheckAdapterContractOptions {
  /**
   * Also run the mutating checks: rename (then rename back), change a password, revoke and
   * grant, delete one customer and migrate another. Only against disposable test data.
   */
  mutations?: boolean;
  /** How long one call may take before the check fails. Default 10,000 ms. */
  timeoutMs?: number;
  /** How many customers the paging walk reads at most. Default 300. */
  maxWalk?: number;
}

class CheckFailure extends Error {}

/** An adapter call that rejected (or threw): which call, with what, and the original error. */
class CallFailure extends Error {
  constructor(readonly call: string, readonly error: unknown) {
    super(`${call} rejected`);
  }
}

function fail(message: string): never {
  throw new CheckFailure(message);
}

function expect(condition: unknown, message: string): asserts condition {
  if (!condition) fail(message);
}

function describe(error: unknown): string {
  if (isAdapterError(error)) return `AdapterError(${error.kind}): ${error.message}`;
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

/** Arguments as a reader would write them; a password is never shown. */
function callLabel(method: string, ...args: unknown[]): string {
  return `${method}(${args.map((a) => JSON.stringify(a)).join(", ")})`;
}
const HIDDEN_PASSWORD = "•••";

interface ShapeIssue {
  code: string;
  path: PropertyKey[];
  message: string;
  format?: string;
  expected?: string;
  values?: readonly unknown[];
}

/** What a field should look like, for the zod issue codes a malformed answer produces. */
function expectedFormat(issue: ShapeIssue): string {
  if (issue.code === "invalid_format" && issue.format === "datetime") {
    return "expected an ISO 8601 date-time with an offset, e.g. 2024-05-01T12:00:00Z";
  }
  if (issue.code === "invalid_value" && issue.values) return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
  if (issue.code === "invalid_type" && issue.expected) return `expected ${issue.expected}`;
  return issue.message;
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let at = value;
  for (const key of path) at = at !== null && typeof at === "object" ? (at as Record<PropertyKey, unknown>)[key] : undefined;
  return at;
}

/**
 * One line per distinct problem: issues at the same field of different list items are one
 * problem ("items.0.createdAt (and 24 more items): …"), not one message each.
 */
function describeShape(issues: readonly ShapeIssue[], value: unknown): { signature: string; text: string } {
  const groups = new Map<string, ShapeIssue[]>();
  for (const issue of issues) {
    const key = `${issue.path.map((p) => (typeof p === "number" ? "*" : String(p))).join(".") || "(root)"}|${issue.code}`;
    groups.set(key, [...(groups.get(key) ?? []), issue]);
  }
  const parts = [...groups.values()].map((group) => {
    const first = group[0]!;
    const where = first.path.map(String).join(".") || "(root)";
    const more = group.length > 1 ? ` (and ${group.length - 1} more items)` : "";
    const received = JSON.stringify(valueAt(value, first.path)) ?? "undefined";
    const shown = received.length > 60 ? `${received.slice(0, 57)}…` : received;
    return `${where}${more}: ${shown}, ${expectedFormat(first)}`;
  });
  return { signature: [...groups.keys()].sort().join(" "), text: parts.join("; ") };
}

const SORT_FIELDS: CustomerSortField[] = ["displayName", "email", "lastActiveAt", "createdAt"];

/** Adjacent items out of order under every reasonable collation (code point and locale, case-insensitive). */
function outOfOrder(a: PortalCustomer, b: PortalCustomer, field: CustomerSortField, direction: SortDirection): boolean {
  const sign = direction === "asc" ? 1 : -1;
  if (field === "lastActiveAt" || field === "createdAt") {
    const x = a[field], y = b[field];
    if (x === null || y === null) return false; // where "never" sorts is the adapter's choice; contiguity is checked apart
    return sign * (Date.parse(x) - Date.parse(y)) > 0;
  }
  const x = a[field].toLowerCase(), y = b[field].toLowerCase();
  const codePoint = x < y ? -1 : x > y ? 1 : 0;
  const locale = x.localeCompare(y, undefined, { sensitivity: "base" });
  return sign * codePoint > 0 && sign * locale > 0;
}

/**
 * Runs the adapter contract against `adapter` and reports every check: shapes valid
 * against the domain schemas, defaults and limit clamping, paging and totals
 * consistent, search over name and email, status filter, sorting by each field both
 * ways, abort, and (with `mutations: true`) every mutation's effect and typed errors.
 * A broken contract is reported in `results`, never thrown. Works in any test runner.
 */
export async function checkAdapterContract(
  adapter: PortalCustomerAdapter,
  options: CheckAdapterContractOptions = {},
): Promise<ContractReport> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const maxWalk = options.maxWalk ?? 300;
  const results: ContractCheckResult[] = [];

  /** Runs one adapter call with a time limit; a rejection or throw becomes a CallFailure naming the call. */
  const call = <T,>(label: string, run: () => Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new CheckFailure(`${label} gave no answer within ${timeoutMs} ms`)), timeoutMs);
      const settleError = (error: unknown) => (clearTimeout(timer), reject(new CallFailure(label, error)));
      let promise: Promise<T>;
      try {
        promise = Promise.resolve(run());
      } catch (error) {
        settleError(error);
        return;
      }
      promise.then((value) => (clearTimeout(timer), resolve(value)), settleError);
    });

  async function check(name: string, run: () => Promise<void> | void): Promise<boolean> {
    currentCheck = name;
    try {
      await run();
      results.push({ name, ok: true });
      return true;
    } catch (error) {
      const message =
        error instanceof CheckFailure ? error.message
        : error instanceof CallFailure ? `${error.call} rejected with ${describe(error.error)}`
        : `threw ${describe(error)}`;
      results.push({ name, ok: false, message });
      return false;
    }
  }

  // A malformed shape is described in full once; later checks that meet it again point back to it.
  const shapesReported = new Map<string, string>(); // signature → the check that described it
  let currentCheck = "";
  function shapeFailure(label: string, issues: readonly ShapeIssue[], value: unknown): never {
    const { signature, text } = describeShape(issues, value);
    const firstSeen = shapesReported.get(signature);
    if (firstSeen !== undefined) fail(`${label} answered the same malformed shape (${signature.replace(/\|\w+/g, "")}), described under "${firstSeen}"`);
    shapesReported.set(signature, currentCheck);
    fail(`${label} answered a malformed ${label.startsWith("list") ? "page" : "value"}: ${text}`);
  }

  async function list(query: CustomerQuery): Promise<CustomerPage> {
    const label = callLabel("listCustomers", query);
    const page = await call(label, () => adapter.listCustomers(query));
    const parsed = customerPageSchema.safeParse(page);
    if (!parsed.success) shapeFailure(label, parsed.error.issues as readonly ShapeIssue[], page);
    return page;
  }

  async function rejectsWith(kinds: AdapterErrorKind[], label: string, run: () => Promise<unknown>): Promise<void> {
    let error: unknown;
    try {
      await call(label, run);
    } catch (caught) {
      error = caught instanceof CallFailure ? caught.error : caught;
    }
    expect(error !== undefined, `${label} resolved; expected a rejection with kind ${kinds.join(" or ")}`);
    expect(!(error instanceof CheckFailure), (error as Error).message);
    expect(isAdapterError(error), `${label} rejected with ${describe(error)}, not an AdapterError`);
    expect(kinds.includes(error.kind), `${label} rejected with kind "${error.kind}", expected ${kinds.join(" or ")}`);
  }

  let context: AdminContext | undefined;
  await check("getAdminContext resolves to a valid AdminContext", async () => {
    const value = await call("getAdminContext()", () => adapter.getAdminContext());
    const parsed = adminContextSchema.safeParse(value);
    if (!parsed.success) shapeFailure("getAdminContext()", parsed.error.issues as readonly ShapeIssue[], value);
    context = value;
  });

  let all: CustomerPage | undefined;
  await check("listCustomers({}) applies the defaults (offset 0, limit 25) and a consistent total", async () => {
    const page = await list({});
    expect(page.offset === 0, `offset is ${page.offset}, expected 0`);
    expect(page.limit === 25, `limit is ${page.limit}, expected the default 25`);
    expect(page.items.length === Math.min(25, page.total), `${page.items.length} items for total ${page.total}; expected ${Math.min(25, page.total)}`);
    all = page;
  });
  const total = all?.total ?? 0;

  await check("limit is clamped to 1..100", async () => {
    const big = await list({ limit: 1000 });
    expect(big.limit === 100, `limit 1000 answered limit ${big.limit}, expected 100`);
    expect(big.items.length === Math.min(100, big.total), `limit 1000 answered ${big.items.length} items`);
    const zero = await list({ limit: 0 });
    expect(zero.limit === 1, `limit 0 answered limit ${zero.limit}, expected 1`);
    expect(zero.items.length === Math.min(1, zero.total), `limit 0 answered ${zero.items.length} items`);
  });

  await check("pages are consistent: no duplicates, totals stable, pages agree with one large page", async () => {
    const size = 7;
    const seen = new Set<string>();
    const walked: string[] = [];
    for (let offset = 0; offset < Math.min(total, maxWalk); offset += size) {
      const page = await list({ offset, limit: size });
      expect(page.total === total, `total changed from ${total} to ${page.total} at offset ${offset}`);
      expect(page.offset === offset, `asked offset ${offset}, answered ${page.offset}`);
      expect(page.items.length === Math.min(size, total - offset), `offset ${offset} answered ${page.items.length} items`);
      for (const item of page.items) {
        expect(!seen.has(item.id), `customer ${item.id} appears on two pages`);
        seen.add(item.id);
        walked.push(item.id);
      }
    }
    const one = await list({ limit: 100 });
    const head = one.items.map((c) => c.id);
    expect(
      head.every((id, i) => walked[i] === undefined || walked[i] === id),
      "the first 100 customers differ between paging by 7 and one page of 100",
    );
    const past = await list({ offset: total + 10 });
    expect(past.items.length === 0, `an offset past the end answered ${past.items.length} items`);
    expect(past.total === total, `an offset past the end answered total ${past.total}, expected ${total}`);
  });

  await check("status filter: active and revoked partition the list", async () => {
    const active = await list({ status: "active", limit: 100 });
    const revoked = await list({ status: "revoked", limit: 100 });
    expect(active.items.every((c) => c.status === "active"), "status 'active' answered a revoked customer");
    expect(revoked.items.every((c) => c.status === "revoked"), "status 'revoked' answered an active customer");
    expect(active.total + revoked.total === total, `active ${active.total} + revoked ${revoked.total} ≠ all ${total}`);
    const explicitAll = await list({ status: "all" });
    expect(explicitAll.total === total, `status 'all' answered total ${explicitAll.total}, expected ${total}`);
  });

  for (const field of SORT_FIELDS) {
    for (const direction of ["asc", "desc"] as const) {
      await check(`sort by ${field} ${direction}`, async () => {
        const page = await list({ sort: { field, direction }, limit: 100 });
        for (let i = 1; i < page.items.length; i++) {
          const a = page.items[i - 1] as PortalCustomer, b = page.items[i] as PortalCustomer;
          expect(!outOfOrder(a, b, field, direction), `${JSON.stringify(a[field])} comes before ${JSON.stringify(b[field])}`);
        }
        if (field === "lastActiveAt") {
          const nulls = page.items.map((c) => c.lastActiveAt === null);
          const firstNull = nulls.indexOf(true), lastNull = nulls.lastIndexOf(true);
          expect(firstNull === -1 || nulls.slice(firstNull, lastNull + 1).every(Boolean), "customers who never logged in are not grouped together");
        }
      });
    }
  }

  // Prefer a name with a space inside: a fragment across it can only match the name, never an email.
  const samples = all?.items.filter((c) => c.email.length >= 5 && c.displayName.trim().length >= 3) ?? [];
  const sample = samples.find((c) => /\S\s\S/.test(c.displayName.trim())) ?? samples[0];
  await check("search matches display name and email, case-insensitively", async () => {
    if (!sample) return fail("needs at least one customer with a name and an email to search for");
    const emailPart = sample.email.slice(1, Math.min(sample.email.length, 8)).toUpperCase();
    const byEmail = await list({ search: emailPart, limit: 100 });
    expect(byEmail.items.some((c) => c.id === sample.id) || byEmail.total > 100, `searching "${emailPart}" missed ${sample.email}`);
    const name = sample.displayName.trim();
    const space = name.search(/\s\S/);
    const namePart = (space > 0 ? name.slice(Math.max(0, space - 2), space + 2) : name.slice(0, 3)).toUpperCase();
    const byName = await list({ search: namePart, limit: 100 });
    expect(byName.items.some((c) => c.id === sample.id) || byName.total > 100, `searching "${namePart}" missed "${sample.displayName}"`);
    for (const [needle, page] of [[emailPart, byEmail], [namePart, byName]] as const) {
      const lower = needle.toLowerCase();
      for (const c of page.items) {
        expect(
          c.displayName.toLowerCase().includes(lower) || c.email.toLowerCase().includes(lower),
          `searching "${needle}" answered ${c.email}, which matches neither name nor email`,
        );
      }
      expect(page.total <= total, `search total ${page.total} exceeds the unfiltered total ${total}`);
    }
    const none = await list({ search: "zz-no-such-customer-9f3k" });
    expect(none.total === 0 && none.items.length === 0, `a search that matches nobody answered total ${none.total}`);
  });

  await check("an aborted signal rejects with an AbortError", async () => {
    const controller = new AbortController();
    controller.abort();
    let error: unknown;
    try {
      await call("listCustomers({}, { signal: aborted })", () => adapter.listCustomers({}, { signal: controller.signal }));
    } catch (caught) {
      error = caught instanceof CallFailure ? caught.error : caught;
    }
    expect(error !== undefined, "listCustomers with an aborted signal resolved");
    expect(isAbortError(error), `listCustomers with an aborted signal rejected with ${describe(error)}`);
    const again = new AbortController();
    const pending = adapter.getAdminContext({ signal: again.signal });
    again.abort();
    try {
      await call("getAdminContext({ signal }) aborted mid-call", () => pending);
    } catch (failure) {
      const caught = failure instanceof CallFailure ? failure.error : failure;
      // Either outcome is allowed when the call had already answered; a rejection must be an AbortError.
      expect(isAbortError(caught), `getAdminContext aborted mid-call rejected with ${describe(caught)}`);
    }
  });

  if (options.mutations) {
    await mutationChecks();
  } else {
    results.push({ name: "mutations", ok: true, message: "skipped: pass { mutations: true } to run them against disposable data" });
  }

  return { ok: results.every((r) => r.ok), results };

  async function mutationChecks(): Promise<void> {
    if (!context) {
      results.push({ name: "mutations", ok: false, message: "skipped: getAdminContext failed" });
      return;
    }
    const ctx = context;
    const allowed = (action: CustomerAction) => canPerform(ctx, action);
    const missing = "zz-no-such-customer-id";
    const activePage = await list({ status: "active", limit: 10 }).catch(() => undefined);
    const pool = activePage?.items ?? [];
    const [renamed, protectedOne, removed, migrated] = pool;

    await check("mutations on an unknown id reject with not-found (or forbidden where the role may not act)", async () => {
      const kind = (action: CustomerAction): AdapterErrorKind[] => (allowed(action) ? ["not-found"] : ["forbidden"]);
      await rejectsWith(kind("editName"), callLabel("updateDisplayName", missing, "Someone"), () => adapter.updateDisplayName(missing, "Someone"));
      await rejectsWith(kind("revokeAccess"), callLabel("revokeAccess", missing), () => adapter.revokeAccess(missing));
      await rejectsWith(kind("grantAccess"), callLabel("grantAccess", missing), () => adapter.grantAccess(missing));
      await rejectsWith(kind("delete"), callLabel("deleteCustomer", missing), () => adapter.deleteCustomer(missing));
      await rejectsWith(kind("migrate"), callLabel("migrateToAtlassianAccount", missing), () => adapter.migrateToAtlassianAccount(missing));
      await rejectsWith(kind("changePassword"), callLabel("changePassword", missing, HIDDEN_PASSWORD), () => adapter.changePassword(missing, "a-long-enough-password"));
    });

    if (!renamed || !protectedOne || !removed || !migrated) {
      results.push({
        name: "mutation effects",
        ok: true,
        message:
          `skipped: the mutation checks need at least 4 active customers; this adapter lists ${activePage?.total ?? 0}` +
          " (rename, password, revoke and grant, delete and migrate each use their own customer)",
      });
      return;
    }

    await check("updateDisplayName trims, validates and returns the updated customer", async () => {
      if (!allowed("editName")) {
        await rejectsWith(["forbidden"], "updateDisplayName without permission", () => adapter.updateDisplayName(renamed.id, "X"));
        return;
      }
      await rejectsWith(["validation"], "updateDisplayName(id, '   ')", () => adapter.updateDisplayName(renamed.id, "   "));
      await rejectsWith(["validation"], "updateDisplayName(id, 256 characters)", () => adapter.updateDisplayName(renamed.id, "x".repeat(256)));
      const updated = await call(callLabel("updateDisplayName", renamed.id, "  Contract Check Name  "), () => adapter.updateDisplayName(renamed.id, "  Contract Check Name  "));
      expect(portalCustomerSchema.safeParse(updated).success, "updateDisplayName answered a malformed customer");
      expect(updated.displayName === "Contract Check Name", `the name was stored as ${JSON.stringify(updated.displayName)}, not trimmed`);
      const found = await list({ search: "contract check name" });
      expect(found.items.some((c) => c.id === renamed.id), "the new name is not found by search");
      await call(callLabel("updateDisplayName", renamed.id, renamed.displayName), () => adapter.updateDisplayName(renamed.id, renamed.displayName));
    });

    await check("changePassword validates the policy and reports fieldErrors", async () => {
      if (!allowed("changePassword")) {
        await rejectsWith(["forbidden"], "changePassword without permission", () => adapter.changePassword(protectedOne.id, "a-long-enough-password"));
        return;
      }
      for (const [label, password] of [["7 characters", "short12"], ["101 characters", "p".repeat(101)], ["the customer's email", protectedOne.email]] as const) {
        let error: unknown;
        try {
          await call(callLabel("changePassword", protectedOne.id, HIDDEN_PASSWORD), () => adapter.changePassword(protectedOne.id, password));
        } catch (caught) {
          if (!(caught instanceof CallFailure)) throw caught;
          error = caught.error;
        }
        expect(
          isAdapterError(error) && error.kind === "validation",
          `${callLabel("changePassword", protectedOne.id, HIDDEN_PASSWORD)} ${error === undefined ? "resolved" : `rejected with ${describe(error)}`}: a password of ${label} was not refused with a validation error`,
        );
        expect(error.fieldErrors && Object.keys(error.fieldErrors).length > 0, `the validation error for ${label} has no fieldErrors`);
        expect(!error.message.includes(password), "the error message contains the password");
      }
      await call(callLabel("changePassword", protectedOne.id, HIDDEN_PASSWORD), () => adapter.changePassword(protectedOne.id, "Contract-check-password-1"));
    });

    await check("revokeAccess then grantAccess round-trips the status", async () => {
      if (!allowed("revokeAccess")) {
        await rejectsWith(["forbidden"], "revokeAccess without permission", () => adapter.revokeAccess(protectedOne.id));
        return;
      }
      const revoked = await call(callLabel("revokeAccess", protectedOne.id), () => adapter.revokeAccess(protectedOne.id));
      expect(revoked.status === "revoked", `revokeAccess answered status ${revoked.status}`);
      const listed = await list({ search: protectedOne.email, status: "revoked" });
      expect(listed.items.some((c) => c.id === protectedOne.id), "a revoked customer is not listed under status 'revoked'");
      const granted = await call(callLabel("grantAccess", protectedOne.id), () => adapter.grantAccess(protectedOne.id));
      expect(granted.status === "active", `grantAccess answered status ${granted.status}`);
    });

    await check("deleteCustomer removes the customer from the list", async () => {
      if (!allowed("delete")) {
        await rejectsWith(["forbidden"], "deleteCustomer without permission", () => adapter.deleteCustomer(removed.id));
        return;
      }
      const before = (await list({})).total;
      await call(callLabel("deleteCustomer", removed.id), () => adapter.deleteCustomer(removed.id));
      const after = await list({});
      expect(after.total === before - 1, `total went from ${before} to ${after.total} after a delete`);
      const gone = await list({ search: removed.email });
      expect(!gone.items.some((c) => c.id === removed.id), "the deleted customer is still listed");
      await rejectsWith(["not-found"], "deleting the same customer twice", () => adapter.deleteCustomer(removed.id));
    });

    await check("migrateToAtlassianAccount removes the customer from the portal-only list", async () => {
      if (!allowed("migrate")) {
        await rejectsWith(["forbidden"], "migrateToAtlassianAccount without permission", () => adapter.migrateToAtlassianAccount(migrated.id));
        return;
      }
      await call(callLabel("migrateToAtlassianAccount", migrated.id), () => adapter.migrateToAtlassianAccount(migrated.id));
      const gone = await list({ search: migrated.email });
      expect(!gone.items.some((c) => c.id === migrated.id), "the migrated customer is still listed");
    });
  }
}
