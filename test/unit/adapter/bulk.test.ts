import { describe, expect, it, vi } from "vitest";
import {
  AdapterError, MAX_BULK_CUSTOMERS, runBulkAction, type BulkProgress, type PortalCustomerAdapter,
} from "../../../src";
import { createMemoryAdapter } from "../../../src/testing";

/** The memory adapter without its bulk path: what a host's minimal adapter looks like. */
function withoutBulk(adapter: ReturnType<typeof createMemoryAdapter>): PortalCustomerAdapter {
  const { bulkAction: _bulk, exportCustomers: _export, ...rest } = adapter;
  return rest;
}

const failFor = (bad: Set<string>) => (_method: string, args: readonly unknown[]) =>
  bad.has(args[0] as string) ? new AdapterError("conflict", "Locked by another admin") : undefined;

for (const path of ["bulk method", "fallback"] as const) {
  describe(`runBulkAction through the ${path}`, () => {
    const make = (options: Parameters<typeof createMemoryAdapter>[0] = {}) => {
      const memory = createMemoryAdapter({ customers: 40, seed: 9, ...options });
      return { memory, adapter: path === "fallback" ? withoutBulk(memory) : memory };
    };

    it("deletes every customer and reports progress up to the total", async () => {
      const { memory, adapter } = make({ bulkBatchSize: 5 });
      const ids = memory.snapshot().slice(0, 12).map((c) => c.id);
      const progress: BulkProgress[] = [];
      const result = await runBulkAction(adapter, "delete", ids, { onProgress: (p) => progress.push(p) });
      expect(result.succeeded.sort()).toEqual([...ids].sort());
      expect(result.failed).toEqual([]);
      expect(memory.snapshot()).toHaveLength(28);
      expect(progress.at(-1)).toEqual({ done: 12, total: 12, failed: 0 });
      expect(progress.map((p) => p.done)).toEqual([...progress.map((p) => p.done)].sort((a, b) => a - b));
    });

    it("partial failure: failed customers are reported with their reason and never as succeeded", async () => {
      const ids = make().memory.snapshot().slice(0, 10).map((c) => c.id);
      const bad = new Set([ids[2]!, ids[7]!]);
      // The same fail hook serves both paths: it is asked per customer with the single method's name.
      const { adapter: failing, memory: failingMemory } = make({ fail: failFor(bad) });
      const bulkCalls = failing.bulkAction ? vi.spyOn(failing, "bulkAction") : undefined;
      const result = await runBulkAction(failing, "migrate", ids);
      expect(bulkCalls?.mock.calls.length ?? 0).toBe(path === "bulk method" ? 1 : 0);
      expect(result.failed.map((f) => f.customerId).sort()).toEqual([...bad].sort());
      expect(result.failed[0]!.error).toMatchObject({ kind: "conflict", message: "Locked by another admin" });
      expect(result.succeeded).toHaveLength(8);
      expect(result.succeeded.some((id) => bad.has(id))).toBe(false);
      const left = failingMemory.snapshot().map((c) => c.id);
      for (const id of bad) expect(left).toContain(id);
    });

    it("cancel stops what has not started and reports it as cancelled", async () => {
      const { memory, adapter } = make({ latency: 5, bulkBatchSize: 2 });
      const ids = memory.snapshot().filter((c) => c.status === "active").slice(0, 20).map((c) => c.id);
      const controller = new AbortController();
      const result = await runBulkAction(adapter, "revokeAccess", ids, {
        signal: controller.signal,
        concurrency: 2,
        onProgress: (p) => {
          if (p.done >= 4) controller.abort();
        },
      });
      expect(result.cancelled.length).toBeGreaterThan(0);
      expect(result.succeeded.length + result.failed.length + result.cancelled.length).toBe(20);
      const revoked = memory.snapshot().filter((c) => ids.includes(c.id) && c.status === "revoked").map((c) => c.id);
      // Whatever was reported succeeded really happened, and nothing cancelled happened.
      for (const id of result.cancelled) expect(revoked).not.toContain(id);
      for (const id of result.succeeded) expect(revoked).toContain(id);
    });

    it("enforces permissions per customer (forbidden) and caps at 1,000 customers", async () => {
      const { memory, adapter } = make({ context: { role: "site-admin" } });
      const ids = memory.snapshot().slice(0, 3).map((c) => c.id);
      const result = await runBulkAction(adapter, "delete", ids);
      expect(result.failed.map((f) => f.error.kind)).toEqual(["forbidden", "forbidden", "forbidden"]);
      expect(memory.snapshot()).toHaveLength(40);
      const tooMany = Array.from({ length: MAX_BULK_CUSTOMERS + 1 }, (_, i) => `id-${i}`);
      await expect(runBulkAction(adapter, "delete", tooMany)).rejects.toMatchObject({ kind: "validation" });
    });
  });
}

describe("runBulkAction with a host's bulk method that misreports", () => {
  it("never reports success for an id the server did not confirm, nor invents ids", async () => {
    const bulkAction = vi.fn(async () => ({
      succeeded: ["a", "b", "zzz"],
      failed: [{ customerId: "b", error: new AdapterError("conflict", "no") }],
      cancelled: [],
    }));
    const adapter = { ...createMemoryAdapter({ customers: 1 }), bulkAction };
    const result = await runBulkAction(adapter, "delete", ["a", "b", "c"]);
    expect(result.succeeded).toEqual(["a"]);
    expect(result.failed.map((f) => [f.customerId, f.error.kind])).toEqual([["b", "conflict"], ["c", "unknown"]]);
  });

  it("wraps plain errors from the fallback path into AdapterErrors", async () => {
    const memory = createMemoryAdapter({ customers: 2 });
    const adapter = { ...withoutBulk(memory), deleteCustomer: async () => { throw new Error("socket hang up"); } };
    const result = await runBulkAction(adapter, "delete", memory.snapshot().map((c) => c.id));
    expect(result.failed.map((f) => f.error.kind)).toEqual(["unknown", "unknown"]);
    expect(result.failed[0]!.error.message).toBe("socket hang up");
  });
});

describe("runBulkAction stopped before anything started", () => {
  it("reports every customer as cancelled, not as an error", async () => {
    const memory = createMemoryAdapter({ customers: 5, latency: 50 });
    const controller = new AbortController();
    const pending = runBulkAction(memory, "delete", memory.snapshot().map((c) => c.id), { signal: controller.signal });
    controller.abort();
    const result = await pending;
    expect(result).toEqual({ succeeded: [], failed: [], cancelled: memory.snapshot().map((c) => c.id) });
    expect(memory.snapshot()).toHaveLength(5);
  });
});
