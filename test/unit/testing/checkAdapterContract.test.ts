import { describe, expect, it } from "vitest";
import type { CustomerQuery, PortalCustomerAdapter } from "../../../src";
import { checkAdapterContract, createMemoryAdapter, createTestAdapter } from "../../../src/testing";

/** A memory adapter with some methods replaced: the deliberately broken adapters. */
function broken(patch: (base: PortalCustomerAdapter) => Partial<PortalCustomerAdapter>): PortalCustomerAdapter {
  const base = createMemoryAdapter({ customers: 120, seed: 4 });
  return { ...base, ...patch(base) };
}

const failed = async (adapter: PortalCustomerAdapter, mutations = false) => {
  const report = await checkAdapterContract(adapter, { mutations, timeoutMs: 500 });
  return report.results.filter((r) => !r.ok);
};

describe("checkAdapterContract on the memory adapter", () => {
  it("passes without mutations, and says the mutating checks were skipped", async () => {
    const report = await checkAdapterContract(createMemoryAdapter({ customers: 120 }));
    expect(report.results.filter((r) => !r.ok)).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.results.find((r) => r.name === "mutations")?.message).toMatch(/skipped/);
    expect(report.results.length).toBeGreaterThan(10);
  });

  it("passes with mutations for every role and experience (forbidden where canPerform says no)", async () => {
    for (const context of [
      {}, { role: "site-admin" as const }, { role: "none" as const },
      { experience: "original" as const, role: "site-admin" as const }, { environment: "government" as const },
    ]) {
      const adapter = createMemoryAdapter({ customers: 60, context });
      const report = await checkAdapterContract(adapter, { mutations: true });
      expect(report.results.filter((r) => !r.ok), JSON.stringify(context)).toEqual([]);
    }
  });

  it("actually mutates: the deleted and migrated customers are gone afterwards", async () => {
    const adapter = createMemoryAdapter({ customers: 60 });
    await checkAdapterContract(adapter, { mutations: true });
    expect(adapter.snapshot()).toHaveLength(58);
  });
});

describe("checkAdapterContract on broken adapters", () => {
  it("reports a search that only looks at emails (as Atlassian's list does)", async () => {
    const adapter = broken((base) => ({
      listCustomers: async (query: CustomerQuery, options) => {
        const page = await base.listCustomers({ ...query, search: undefined, limit: 100 }, options);
        const needle = (query.search ?? "").toLowerCase();
        const items = page.items.filter((c) => c.email.toLowerCase().includes(needle));
        return { ...page, items: items.slice(0, query.limit ?? 25), total: needle ? items.length : page.total, limit: Math.min(100, Math.max(1, query.limit ?? 25)) };
      },
    }));
    const names = (await failed(adapter)).map((r) => r.name);
    expect(names).toContain("search matches display name and email, case-insensitively");
  });

  it("reports an unclamped limit and wrong defaults", async () => {
    const adapter = broken((base) => ({
      listCustomers: async (query, options) => {
        const page = await base.listCustomers(query, options);
        return { ...page, limit: query.limit ?? 20 };
      },
    }));
    const results = await failed(adapter);
    expect(results.map((r) => r.name)).toContain("limit is clamped to 1..100");
    expect(results.find((r) => r.name.startsWith("listCustomers({})"))?.message).toMatch(/expected the default 25/);
  });

  it("reports a sort that ignores the direction", async () => {
    const adapter = broken((base) => ({
      listCustomers: (query, options) =>
        base.listCustomers({ ...query, sort: query.sort && { ...query.sort, direction: "asc" } }, options),
    }));
    const names = (await failed(adapter)).map((r) => r.name);
    expect(names).toContain("sort by displayName desc");
    expect(names).toContain("sort by email desc");
    expect(names).not.toContain("sort by displayName asc");
  });

  it("reports malformed shapes with the offending field", async () => {
    const adapter = broken((base) => ({
      listCustomers: async (query, options) => {
        const page = await base.listCustomers(query, options);
        return { ...page, items: page.items.map((c) => ({ ...c, status: "disabled" as "active" })) };
      },
    }));
    const results = await failed(adapter);
    expect(results.some((r) => /items\.0\.status/.test(r.message ?? ""))).toBe(true);
  });

  it("reports a total that disagrees with the pages, and overlapping pages", async () => {
    const adapter = broken((base) => ({
      listCustomers: async (query, options) => {
        const page = await base.listCustomers({ ...query, offset: Math.max(0, (query.offset ?? 0) - 1) }, options);
        return { ...page, offset: query.offset ?? 0 };
      },
    }));
    const names = (await failed(adapter)).map((r) => r.name);
    expect(names).toContain("pages are consistent: no duplicates, totals stable, pages agree with one large page");
  });

  it("reports an adapter that ignores abort signals", async () => {
    const adapter = broken((base) => ({ listCustomers: (query) => base.listCustomers(query) }));
    const names = (await failed(adapter)).map((r) => r.name);
    expect(names).toContain("an aborted signal rejects with an AbortError");
  });

  it("reports untyped errors and missing validation in mutations", async () => {
    const adapter = broken((base) => ({
      deleteCustomer: async (id) => {
        if (id.startsWith("zz")) throw new Error("500 Internal Server Error");
        return base.deleteCustomer(id);
      },
      changePassword: async () => undefined,
    }));
    const results = await failed(adapter, true);
    expect(results.find((r) => r.name.startsWith("mutations on an unknown id"))?.message).toMatch(/not an AdapterError/);
    expect(results.find((r) => r.name.startsWith("changePassword"))?.message).toMatch(/resolved: a password of 7 characters was not refused/);
  });

  it("never throws: an adapter whose every method throws synchronously or hangs is reported", async () => {
    const throwing = createTestAdapter({
      getAdminContext: () => { throw new TypeError("boom"); },
      listCustomers: () => new Promise(() => {}),
    });
    const report = await checkAdapterContract(throwing, { mutations: true, timeoutMs: 20 });
    expect(report.ok).toBe(false);
    expect(report.results[0]).toMatchObject({ ok: false, message: expect.stringMatching(/TypeError: boom/) });
    expect(report.results.some((r) => /no answer within 20 ms/.test(r.message ?? ""))).toBe(true);
  });
});

describe("checkAdapterContract reports that help fix the adapter", () => {
  it("names the adapter call that failed and its arguments (never a password)", async () => {
    const adapter = broken((base) => ({
      listCustomers: async (query, options) => {
        if (query.sort?.field === "email" && query.sort.direction === "desc") throw new TypeError("column \"email\" does not exist");
        return base.listCustomers(query, options);
      },
      changePassword: async () => { throw new RangeError("hash failed"); },
    }));
    const results = await failed(adapter, true);
    expect(results.find((r) => r.name === "sort by email desc")?.message).toBe(
      'listCustomers({"sort":{"field":"email","direction":"desc"},"limit":100}) rejected with TypeError: column "email" does not exist',
    );
    const password = results.find((r) => r.name.startsWith("changePassword"))?.message ?? "";
    expect(password).toMatch(/^changePassword\("[^"]+", "•••"\) rejected with RangeError: hash failed/);
    expect(password).not.toMatch(/short12|Contract-check/);
  });

  it("collapses a repeated shape error into one line with the expected format", async () => {
    const adapter = broken((base) => ({
      listCustomers: async (query, options) => {
        const page = await base.listCustomers(query, options);
        return { ...page, items: page.items.map((c) => ({ ...c, createdAt: "12/03/2024" })) };
      },
    }));
    const results = await failed(adapter);
    const messages = results.map((r) => r.message ?? "");
    const full = messages.filter((m) => m.includes("expected an ISO 8601 date-time"));
    expect(full).toHaveLength(1);
    expect(full[0]).toMatch(/items\.0\.createdAt \(and \d+ more items\): "12\/03\/2024", expected an ISO 8601 date-time with an offset, e.g. 2024-05-01T12:00:00Z/);
    expect(full[0]!.split("\n")).toHaveLength(1);
    expect(messages.join("").length).toBeLessThan(4000);
  });

  it("skips the mutation checks with a clear reason when fewer than 4 customers are active", async () => {
    const report = await checkAdapterContract(createMemoryAdapter({ customers: 3, seed: 1 }), { mutations: true });
    expect(report.ok).toBe(true);
    expect(report.results.find((r) => r.name === "mutation effects")).toEqual({
      name: "mutation effects",
      ok: true,
      message: expect.stringMatching(/^skipped: the mutation checks need at least 4 active customers; this adapter lists \d+/),
    });
  });
});

describe("createTestAdapter", () => {
  it("rejects unimplemented methods with a clear message", async () => {
    const adapter = createTestAdapter({ getAdminContext: async () => createMemoryAdapter().getAdminContext() });
    await expect(adapter.getAdminContext()).resolves.toMatchObject({ role: "org-admin" });
    await expect(adapter.deleteCustomer("1")).rejects.toMatchObject({ kind: "unknown", message: expect.stringMatching(/deleteCustomer is not implemented/) });
  });

  it("keeps the optional bulkAction and exportCustomers it is given, and leaves them out otherwise", async () => {
    const memory = createMemoryAdapter({ customers: 5, seed: 3 });
    const ids = memory.snapshot().map((c) => c.id);
    const adapter = createTestAdapter({
      bulkAction: (action, customerIds, options) => memory.bulkAction!(action, customerIds, options),
      exportCustomers: (query, options) => memory.exportCustomers!(query, options),
    });
    expect(adapter.bulkAction).toBeTypeOf("function");
    await expect(adapter.bulkAction!("revokeAccess", ids.slice(0, 2))).resolves.toMatchObject({ succeeded: ids.slice(0, 2) });
    const exported: string[] = [];
    for await (const batch of adapter.exportCustomers!({})) exported.push(...batch.map((c) => c.id));
    expect(exported.sort()).toEqual([...ids].sort());
    const bare = createTestAdapter();
    expect("bulkAction" in bare || "exportCustomers" in bare).toBe(false);
  });
});
