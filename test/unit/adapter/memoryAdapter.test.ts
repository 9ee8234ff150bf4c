import { describe, expect, it, vi } from "vitest";
import { AdapterError, isAdapterError, isAbortError, type PortalCustomer } from "../../../src";
import { createMemoryAdapter, generateCustomers } from "../../../src/testing";

const customer = (id: string, displayName: string, email: string, patch: Partial<PortalCustomer> = {}): PortalCustomer => ({
  id, displayName, email, status: "active", lastActiveAt: "2026-10-01T10:00:00.000Z", createdAt: "2025-01-01T00:00:00.000Z", ...patch,
});

const people = [
  customer("1", "Ada Lovelace", "ada@analytical.example"),
  customer("2", "Grace Hopper", "grace@navy.example", { status: "revoked", lastActiveAt: null }),
  customer("3", "alan Turing", "alan@bletchley.example", { lastActiveAt: "2026-09-01T10:00:00.000Z", createdAt: "2024-01-01T00:00:00.000Z" }),
  customer("4", "Katherine Johnson", "kj@nasa.example", { lastActiveAt: "2026-10-20T10:00:00.000Z", createdAt: "2025-06-01T00:00:00.000Z" }),
];

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected a rejection");
}

describe("generateCustomers", () => {
  it("is deterministic for a seed and differs between seeds", () => {
    expect(generateCustomers(200, { seed: 7 })).toEqual(generateCustomers(200, { seed: 7 }));
    expect(generateCustomers(50, { seed: 7 })).not.toEqual(generateCustomers(50, { seed: 8 }));
  });
  it("makes unique ids and emails, a mix of statuses and of never-logged-in, createdAt before lastActiveAt", () => {
    const list = generateCustomers(2000, { seed: 3 });
    expect(new Set(list.map((c) => c.id)).size).toBe(2000);
    expect(new Set(list.map((c) => c.email)).size).toBe(2000);
    const revoked = list.filter((c) => c.status === "revoked").length;
    const never = list.filter((c) => c.lastActiveAt === null).length;
    expect(revoked).toBeGreaterThan(150);
    expect(revoked).toBeLessThan(500);
    expect(never).toBeGreaterThan(250);
    expect(never).toBeLessThan(600);
    for (const c of list) {
      expect(c.email).toMatch(/^[a-z0-9.]+@[a-z.]+$/);
      if (c.lastActiveAt) expect(Date.parse(c.lastActiveAt)).toBeGreaterThanOrEqual(Date.parse(c.createdAt));
    }
  });
});

describe("createMemoryAdapter: reading", () => {
  it("generates customers from a count, deterministically for a seed", async () => {
    const a = createMemoryAdapter({ customers: 30, seed: 5 });
    const b = createMemoryAdapter({ customers: 30, seed: 5 });
    expect(a.snapshot()).toHaveLength(30);
    expect(a.snapshot()).toEqual(b.snapshot());
  });

  it("has a centralized org-admin commercial context by default, overridable", async () => {
    expect(await createMemoryAdapter().getAdminContext()).toMatchObject({ experience: "centralized", role: "org-admin", environment: "commercial" });
    expect(await createMemoryAdapter({ context: { role: "site-admin", experience: "original" } }).getAdminContext()).toMatchObject({
      experience: "original", role: "site-admin",
    });
  });

  it("searches name and email case-insensitively", async () => {
    const adapter = createMemoryAdapter({ customers: people });
    expect((await adapter.listCustomers({ search: "LOVE" })).items.map((c) => c.id)).toEqual(["1"]);
    expect((await adapter.listCustomers({ search: "navy.EX" })).items.map((c) => c.id)).toEqual(["2"]);
    expect((await adapter.listCustomers({ search: "  turing " })).items.map((c) => c.id)).toEqual(["3"]);
    expect((await adapter.listCustomers({ search: "nobody" })).total).toBe(0);
  });

  it("filters by status", async () => {
    const adapter = createMemoryAdapter({ customers: people });
    expect((await adapter.listCustomers({ status: "revoked" })).items.map((c) => c.id)).toEqual(["2"]);
    expect((await adapter.listCustomers({ status: "active" })).total).toBe(3);
    expect((await adapter.listCustomers({ status: "all" })).total).toBe(4);
  });

  it("sorts by every field both ways; names case-insensitively; never-logged-in first ascending", async () => {
    const adapter = createMemoryAdapter({ customers: people });
    const ids = async (field: "displayName" | "email" | "lastActiveAt" | "createdAt", direction: "asc" | "desc") =>
      (await adapter.listCustomers({ sort: { field, direction } })).items.map((c) => c.id);
    expect(await ids("displayName", "asc")).toEqual(["1", "3", "2", "4"]);
    expect(await ids("displayName", "desc")).toEqual(["4", "2", "3", "1"]);
    expect(await ids("email", "asc")).toEqual(["1", "3", "2", "4"]);
    expect(await ids("lastActiveAt", "asc")).toEqual(["2", "3", "1", "4"]);
    expect(await ids("lastActiveAt", "desc")).toEqual(["4", "1", "3", "2"]);
    expect(await ids("createdAt", "asc")).toEqual(["3", "1", "2", "4"].sort((a, b) =>
      Date.parse(people.find((p) => p.id === a)!.createdAt) - Date.parse(people.find((p) => p.id === b)!.createdAt) || a.localeCompare(b)));
    expect(await ids("createdAt", "desc")).toEqual(["4", "2", "1", "3"]);
  });

  it("pages with offset and limit, clamps the limit to 1..100, totals all matches", async () => {
    const adapter = createMemoryAdapter({ customers: 250, seed: 2 });
    const first = await adapter.listCustomers({ limit: 10 });
    const second = await adapter.listCustomers({ offset: 10, limit: 10 });
    expect(first.items).toHaveLength(10);
    expect(first.total).toBe(250);
    expect(second.offset).toBe(10);
    expect(new Set([...first.items, ...second.items].map((c) => c.id)).size).toBe(20);
    const big = await adapter.listCustomers({ limit: 500 });
    expect(big.limit).toBe(100);
    expect(big.items).toHaveLength(100);
    expect((await adapter.listCustomers({ limit: 0 })).items).toHaveLength(1);
    expect((await adapter.listCustomers({})).limit).toBe(25);
    expect((await adapter.listCustomers({ offset: 1000 })).items).toHaveLength(0);
  });

  it("returns copies: changing a result changes nothing stored", async () => {
    const adapter = createMemoryAdapter({ customers: people });
    const page = await adapter.listCustomers({});
    page.items[0]!.displayName = "Mallory";
    const context = await adapter.getAdminContext();
    context.site.name = "Changed";
    expect((await adapter.listCustomers({})).items[0]!.displayName).toBe("Ada Lovelace");
    expect((await adapter.getAdminContext()).site.name).not.toBe("Changed");
    adapter.snapshot()[0]!.email = "x";
    expect(adapter.snapshot()[0]!.email).toBe("ada@analytical.example");
  });
});

describe("createMemoryAdapter: mutations", () => {
  it("changePassword validates like a backend and sets the log-in password", async () => {
    const adapter = createMemoryAdapter({ customers: people });
    expect(adapter.verifyPassword("1", "new-password-1")).toBe(false);
    const short = await rejection(adapter.changePassword("1", "short"));
    expect(isAdapterError(short) && short.kind).toBe("validation");
    expect((short as AdapterError).fieldErrors?.newPassword).toMatch(/at least 8/);
    expect((short as AdapterError).message).not.toContain("short");
    const email = await rejection(adapter.changePassword("1", "ADA@analytical.example"));
    expect((email as AdapterError).fieldErrors?.newPassword).toMatch(/email/);
    expect(adapter.verifyPassword("1", "ADA@analytical.example")).toBe(false);
    await adapter.changePassword("1", "new-password-1");
    expect(adapter.verifyPassword("1", "new-password-1")).toBe(true);
    expect(adapter.verifyPassword("1", "wrong-password")).toBe(false);
  });

  it("updateDisplayName trims, validates 1..255 and returns the updated copy", async () => {
    const adapter = createMemoryAdapter({ customers: people });
    expect((await adapter.updateDisplayName("1", "  Augusta Ada King  ")).displayName).toBe("Augusta Ada King");
    const empty = await rejection(adapter.updateDisplayName("1", "   "));
    expect((empty as AdapterError).kind).toBe("validation");
    expect((empty as AdapterError).fieldErrors?.displayName).toBeTruthy();
    await rejection(adapter.updateDisplayName("1", "x".repeat(256)));
    expect(adapter.snapshot().find((c) => c.id === "1")!.displayName).toBe("Augusta Ada King");
    expect((await adapter.listCustomers({ search: "augusta" })).total).toBe(1);
  });

  it("revoke blocks log-in, grant restores it with the same password; repeating either is a conflict", async () => {
    const adapter = createMemoryAdapter({ customers: people, passwords: { "1": "the-password" } });
    expect(adapter.verifyPassword("1", "the-password")).toBe(true);
    expect((await adapter.revokeAccess("1")).status).toBe("revoked");
    expect(adapter.verifyPassword("1", "the-password")).toBe(false);
    expect(((await rejection(adapter.revokeAccess("1"))) as AdapterError).kind).toBe("conflict");
    expect((await adapter.grantAccess("1")).status).toBe("active");
    expect(adapter.verifyPassword("1", "the-password")).toBe(true);
    expect(((await rejection(adapter.grantAccess("1"))) as AdapterError).kind).toBe("conflict");
  });

  it("migrate and delete remove the customer from the list and from log-in", async () => {
    const adapter = createMemoryAdapter({ customers: people, passwords: { "1": "the-password", "3": "other-password" } });
    await adapter.migrateToAtlassianAccount("1");
    await adapter.deleteCustomer("3");
    expect(adapter.snapshot().map((c) => c.id)).toEqual(["2", "4"]);
    expect((await adapter.listCustomers({})).total).toBe(2);
    expect(adapter.verifyPassword("1", "the-password")).toBe(false);
    expect(adapter.verifyPassword("3", "other-password")).toBe(false);
    expect(((await rejection(adapter.deleteCustomer("3"))) as AdapterError).kind).toBe("not-found");
  });

  it("unknown or empty ids: not-found and validation, changing nothing", async () => {
    const adapter = createMemoryAdapter({ customers: people });
    const before = adapter.snapshot();
    for (const call of [
      adapter.changePassword("nope", "long-enough-1"), adapter.updateDisplayName("nope", "X"),
      adapter.migrateToAtlassianAccount("nope"), adapter.revokeAccess("nope"), adapter.grantAccess("nope"), adapter.deleteCustomer("nope"),
    ]) {
      expect(((await rejection(call)) as AdapterError).kind).toBe("not-found");
    }
    expect(((await rejection(adapter.deleteCustomer(""))) as AdapterError).kind).toBe("validation");
    expect(adapter.snapshot()).toEqual(before);
  });

  it("enforces canPerform: forbidden for read-only roles and for Change password in government", async () => {
    const siteAdminCentralized = createMemoryAdapter({ customers: people, context: { role: "site-admin" } });
    const before = siteAdminCentralized.snapshot();
    for (const call of [
      siteAdminCentralized.changePassword("1", "long-enough-1"), siteAdminCentralized.updateDisplayName("1", "X"),
      siteAdminCentralized.migrateToAtlassianAccount("1"), siteAdminCentralized.revokeAccess("1"),
      siteAdminCentralized.grantAccess("2"), siteAdminCentralized.deleteCustomer("1"),
    ]) {
      expect(((await rejection(call)) as AdapterError).kind).toBe("forbidden");
    }
    expect(siteAdminCentralized.snapshot()).toEqual(before);
    const siteAdminOriginal = createMemoryAdapter({ customers: people, context: { role: "site-admin", experience: "original" } });
    await expect(siteAdminOriginal.deleteCustomer("1")).resolves.toBeUndefined();
    const government = createMemoryAdapter({ customers: people, context: { environment: "government" } });
    expect(((await rejection(government.changePassword("1", "long-enough-1"))) as AdapterError).kind).toBe("forbidden");
    await expect(government.updateDisplayName("1", "Ada")).resolves.toMatchObject({ displayName: "Ada" });
  });
});

describe("createMemoryAdapter: latency, faults and abort", () => {
  it("waits the fixed latency, or a value within the range", async () => {
    vi.useFakeTimers();
    try {
      const adapter = createMemoryAdapter({ customers: people, latency: 500 });
      let done = false;
      void adapter.listCustomers({}).then(() => (done = true));
      await vi.advanceTimersByTimeAsync(499);
      expect(done).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(done).toBe(true);
      const ranged = createMemoryAdapter({ customers: people, latency: { min: 200, max: 300 } });
      let rangedDone = false;
      void ranged.getAdminContext().then(() => (rangedDone = true));
      await vi.advanceTimersByTimeAsync(199);
      expect(rangedDone).toBe(false);
      await vi.advanceTimersByTimeAsync(101);
      expect(rangedDone).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it("fail injects an AdapterError for the chosen call and changes nothing", async () => {
    const fail = vi.fn((method: string) => (method === "deleteCustomer" ? new AdapterError("unavailable", "down") : undefined));
    const adapter = createMemoryAdapter({ customers: people, fail });
    const error = await rejection(adapter.deleteCustomer("1"));
    expect((error as AdapterError).kind).toBe("unavailable");
    expect(fail).toHaveBeenCalledWith("deleteCustomer", ["1"]);
    expect(adapter.snapshot()).toHaveLength(4);
    await expect(adapter.revokeAccess("1")).resolves.toMatchObject({ status: "revoked" });
  });

  it("rejects at once with AbortError for an aborted signal, and promptly when aborted during latency", async () => {
    const adapter = createMemoryAdapter({ customers: people, latency: 10_000 });
    const pre = new AbortController();
    pre.abort();
    expect(isAbortError(await rejection(adapter.listCustomers({}, { signal: pre.signal })))).toBe(true);
    const mid = new AbortController();
    const pending = adapter.getAdminContext({ signal: mid.signal });
    mid.abort();
    const error = await rejection(pending);
    expect((error as Error).name).toBe("AbortError");
  });
});

describe("createMemoryAdapter: search index", () => {
  it("matches within one customer's name or email only, never across fields or customers", async () => {
    const adapter = createMemoryAdapter({ customers: people });
    expect((await adapter.listCustomers({ search: "lovelace ada" })).total).toBe(0);
    expect((await adapter.listCustomers({ search: "example alan" })).total).toBe(0);
    expect((await adapter.listCustomers({ search: "a" })).total).toBe(4);
    expect((await adapter.listCustomers({ search: "line\nbreak" })).total).toBe(0);
  });

  it("stays correct after mutations (the index is rebuilt)", async () => {
    const adapter = createMemoryAdapter({ customers: people });
    expect((await adapter.listCustomers({ search: "hopper" })).total).toBe(1);
    await adapter.updateDisplayName("2", "Grace Brewster");
    expect((await adapter.listCustomers({ search: "hopper" })).total).toBe(0);
    expect((await adapter.listCustomers({ search: "brewster" })).items.map((c) => c.id)).toEqual(["2"]);
    await adapter.deleteCustomer("2");
    expect((await adapter.listCustomers({ search: "brewster" })).total).toBe(0);
  });
});
