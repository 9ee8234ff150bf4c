import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpAdapter, exportCustomers, runBulkAction, type BulkProgress } from "../../src/adapter";
import type { CustomerQuery, PortalCustomer } from "../../src/domain";
import { adapterFor, DEMO_ACCOUNTS, DEMO_PASSWORD, portalLogin, startTestServer } from "./helpers";

let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const orgAdmin = () => adapterFor(server, "demo-org-admin-centralized");

function api(path: string, init: RequestInit & { token?: string } = {}) {
  const headers = new Headers(init.headers);
  if (init.token) headers.set("Authorization", `Bearer ${init.token}`);
  if (init.body) headers.set("Content-Type", "application/json");
  return fetch(`${server.url}${path}`, { ...init, headers });
}

/** Every customer matching `query`, paging through listCustomers 100 at a time. */
async function pageThrough(query: CustomerQuery): Promise<{ customers: PortalCustomer[]; total: number }> {
  const customers: PortalCustomer[] = [];
  let total = 0;
  for (let offset = 0; ; offset += 100) {
    const page = await orgAdmin().listCustomers({ ...query, offset, limit: 100 });
    total = page.total;
    customers.push(...page.items);
    if (offset + 100 >= page.total) return { customers, total };
  }
}

async function exported(query: CustomerQuery): Promise<{ customers: PortalCustomer[]; sizes: number[] }> {
  const customers: PortalCustomer[] = [];
  const sizes: number[] = [];
  for await (const batch of orgAdmin().exportCustomers(query)) {
    sizes.push(batch.length);
    customers.push(...batch);
  }
  return { customers, sizes };
}

/** `n` generated customers nobody else in this file touches: the newest ones, by creation date. */
let pool: PortalCustomer[] = [];
beforeAll(async () => {
  pool = (await pageThrough({ sort: { field: "createdAt", direction: "desc" } })).customers.slice(0, 400);
});
const take = (n: number) => pool.splice(0, n);

describe("export streams every match in the list's order", () => {
  it.each<[string, CustomerQuery]>([
    ["everyone by name", {}],
    ["everyone by email, descending", { sort: { field: "email", direction: "desc" } }],
    ["everyone by last activity (never-logged-in first)", { sort: { field: "lastActiveAt", direction: "asc" } }],
    ["everyone by last activity, descending", { sort: { field: "lastActiveAt", direction: "desc" } }],
    ["a search over name and email, by creation date", { search: "an", sort: { field: "createdAt", direction: "asc" } }],
    ["revoked customers only", { status: "revoked" }],
    ["nobody", { search: "no such customer anywhere" }],
  ])("%s: the same customers, in the same order, as paging through listCustomers", async (_label, query) => {
    const [paged, streamed] = await Promise.all([pageThrough(query), exported(query)]);
    expect(streamed.customers.length).toBe(paged.total);
    expect(streamed.customers.map((c) => c.id)).toEqual(paged.customers.map((c) => c.id));
    expect(streamed.customers).toEqual(paged.customers);
    expect(streamed.sizes.every((size) => size > 0 && size <= 100)).toBe(true);
  });

  it("covers the whole seeded list (more than four database pages) and reports the total to the helper", async () => {
    const batches: { done: number; total: number | null }[] = [];
    for await (const batch of exportCustomers(orgAdmin(), { sort: { field: "email", direction: "asc" } })) {
      batches.push({ done: batch.done, total: batch.total });
    }
    const total = (await orgAdmin().listCustomers({ limit: 1 })).total;
    expect(total).toBeGreaterThan(2000);
    expect(batches.at(-1)).toEqual({ done: total, total });
  });

  it("answers NDJSON to a raw request, needs a token, and is readable by any admin role", async () => {
    const response = await api("/api/admin/customers/export?search=hopper", { token: "demo-none-centralized" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/x-ndjson/);
    const lines = (await response.text()).split("\n");
    expect(lines.at(-1)).toBe("");
    expect(lines.slice(0, -1).map((line) => JSON.parse(line).email)).toContain("grace.hopper@example.com");
    const anonymous = await api("/api/admin/customers/export");
    expect(anonymous.status).toBe(401);
    await anonymous.arrayBuffer();
    const invalid = await api("/api/admin/customers/export?sort=password", { token: "demo-none-centralized" });
    expect(invalid.status).toBe(400);
    await invalid.arrayBuffer();
  });

  it("stops reading when the client stops: an early break leaves the server serving", async () => {
    for await (const _batch of orgAdmin().exportCustomers({})) break;
    expect((await orgAdmin().listCustomers({ limit: 1 })).total).toBeGreaterThan(2000);
  });
});

describe("bulk actions against the reference server", () => {
  it("deletes the existing customers and reports the unknown ids as not-found", async () => {
    const victims = take(3).map((c) => c.id);
    const ids = [victims[0]!, "cus-does-not-exist", victims[1]!, victims[2]!, "cus-nor-this-one"];
    const progress: BulkProgress[] = [];
    const result = await orgAdmin().bulkAction("delete", ids, { onProgress: (p) => progress.push(p) });
    expect(result.succeeded).toEqual(victims);
    expect(result.failed.map((f) => [f.customerId, f.error.kind])).toEqual([
      ["cus-does-not-exist", "not-found"],
      ["cus-nor-this-one", "not-found"],
    ]);
    expect(result.cancelled).toEqual([]);
    expect(progress).toEqual([{ done: 5, total: 5, failed: 2 }]);
    for (const id of victims) {
      expect((await orgAdmin().listCustomers({ search: pool.find((c) => c.id === id)?.email ?? id })).items.map((c) => c.id)).not.toContain(id);
    }
    // A second run finds nothing left to delete.
    const again = await orgAdmin().bulkAction("delete", victims);
    expect(again.failed.map((f) => f.error.kind)).toEqual(["not-found", "not-found", "not-found"]);
  });

  it("revokes in bulk (an already revoked customer is a conflict), which blocks log-in; grant restores it", async () => {
    const [grace, alan] = DEMO_ACCOUNTS as [PortalCustomer, PortalCustomer];
    const revoked = await orgAdmin().bulkAction("revokeAccess", [grace.id, alan.id]);
    expect(revoked.succeeded).toEqual([grace.id, alan.id]);
    expect(await portalLogin(server, grace.email, DEMO_PASSWORD)).toBe(401);
    const twice = await orgAdmin().bulkAction("revokeAccess", [grace.id]);
    expect(twice.failed).toMatchObject([{ customerId: grace.id, error: { kind: "conflict" } }]);
    const granted = await orgAdmin().bulkAction("grantAccess", [grace.id, alan.id, "cus-gone"]);
    expect(granted.succeeded).toEqual([grace.id, alan.id]);
    expect(granted.failed).toMatchObject([{ customerId: "cus-gone", error: { kind: "not-found" } }]);
    expect(await portalLogin(server, grace.email, DEMO_PASSWORD)).toBe(200);
    expect(await portalLogin(server, alan.email, DEMO_PASSWORD)).toBe(200);
  });

  it("migrates in bulk: the customers leave the portal-only list", async () => {
    const movers = take(2);
    const before = (await orgAdmin().listCustomers({})).total;
    const result = await runBulkAction(orgAdmin(), "migrate", movers.map((c) => c.id));
    expect(result.succeeded).toEqual(movers.map((c) => c.id));
    expect((await orgAdmin().listCustomers({})).total).toBe(before - 2);
  });

  it("a site admin in the centralized experience gets every customer forbidden, and nothing changes", async () => {
    const targets = take(3).map((c) => c.id);
    const before = (await orgAdmin().listCustomers({})).total;
    const result = await adapterFor(server, "demo-site-admin-centralized").bulkAction("delete", targets);
    expect(result.succeeded).toEqual([]);
    expect(result.failed.map((f) => [f.customerId, f.error.kind])).toEqual(targets.map((id) => [id, "forbidden"]));
    expect(result.failed[0]?.error.message).toMatch(/organization admins/);
    expect((await orgAdmin().listCustomers({})).total).toBe(before);

    // The same straight at the API.
    const response = await api("/api/admin/customers/bulk", {
      method: "POST",
      token: "demo-site-admin-centralized",
      body: JSON.stringify({ action: "migrate", customerIds: targets }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { succeeded: string[]; failed: { error: { kind: string } }[] };
    expect(body.succeeded).toEqual([]);
    expect(body.failed.map((f) => f.error.kind)).toEqual(["forbidden", "forbidden", "forbidden"]);
    expect((await orgAdmin().listCustomers({})).total).toBe(before);
  });

  it("cancel between chunks: only the chunks sent before it are applied, the rest are reported cancelled", async () => {
    const targets = take(30).map((c) => c.id);
    const before = (await orgAdmin().listCustomers({})).total;
    const controller = new AbortController();
    const small = createHttpAdapter({ baseUrl: server.url, headers: { Authorization: "Bearer demo-org-admin-centralized" }, bulkChunkSize: 10 });
    const result = await small.bulkAction("delete", targets, {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.done === 10) controller.abort();
      },
    });
    expect(result.succeeded).toEqual(targets.slice(0, 10));
    expect(result.cancelled).toEqual(targets.slice(10));
    expect(result.failed).toEqual([]);
    expect((await orgAdmin().listCustomers({})).total).toBe(before - 10);
    // The cancelled ones were never touched: they are still there to delete.
    const left = await orgAdmin().bulkAction("delete", targets.slice(10));
    expect(left.succeeded).toEqual(targets.slice(10));
  });

  it("sends 1,000 ids in chunks of 50 with progress after each", async () => {
    const existing = take(200).map((c) => c.id);
    const ids = [...existing, ...Array.from({ length: 800 }, (_, i) => `cus-missing-${i}`)];
    const progress: number[] = [];
    const result = await orgAdmin().bulkAction("revokeAccess", ids, { onProgress: (p) => progress.push(p.done) });
    expect(progress).toEqual(Array.from({ length: 20 }, (_, i) => (i + 1) * 50));
    expect(result.succeeded.length + result.failed.length).toBe(1000);
    expect(result.failed.filter((f) => f.error.kind === "not-found")).toHaveLength(800);
  });

  it("refuses a malformed request as a whole with 422", async () => {
    const send = (body: unknown) =>
      api("/api/admin/customers/bulk", { method: "POST", token: "demo-org-admin-centralized", body: JSON.stringify(body) });
    const tooMany = await send({ action: "delete", customerIds: Array.from({ length: 1001 }, (_, i) => `cus-x-${i}`) });
    expect(tooMany.status).toBe(422);
    expect(await tooMany.json()).toMatchObject({ error: { kind: "validation", fieldErrors: { customerIds: expect.stringContaining("1000") } } });
    for (const body of [{ action: "explode", customerIds: [] }, { action: "delete", customerIds: "cus-1" }, { action: "delete", customerIds: [1, 2] }]) {
      const response = await send(body);
      expect(response.status, JSON.stringify(body)).toBe(422);
      await response.arrayBuffer();
    }
    // Duplicates count once, so 1,001 ids with a repeat are fine.
    const repeated = await send({ action: "revokeAccess", customerIds: [...Array.from({ length: 1000 }, (_, i) => `cus-y-${i}`), "cus-y-0"] });
    expect(repeated.status).toBe(200);
    expect(((await repeated.json()) as { failed: unknown[] }).failed).toHaveLength(1000);
  });
});
