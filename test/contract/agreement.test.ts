// The memory adapter and the reference server agree: same customers, same queries (and a few
// renames and status changes between them), same pages, page by page. A property-based test
// (fast-check) with the counterexamples that once split them as fixed cases.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpAdapter, isAdapterError } from "../../src/adapter";
import { foldText, type CustomerQuery, type PortalCustomer } from "../../src/domain";
import { createMemoryAdapter } from "../../src/testing";
import { startTestServer } from "./helpers";

let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer({ seed: false });
});
afterAll(() => server?.close());

const http = () => createHttpAdapter({ baseUrl: server.url, headers: { Authorization: "Bearer demo-org-admin-centralized" } });

/** Replaces every row with `customers`, written directly, as a seed script would. */
async function load(customers: readonly PortalCustomer[]): Promise<void> {
  await server.database.query("DELETE FROM portal_customers");
  const column = <T,>(pick: (c: PortalCustomer) => T) => customers.map(pick);
  await server.database.query(
    `INSERT INTO portal_customers (id, display_name, email, name_key, email_key, status, last_active_at, created_at)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::timestamptz[], $8::timestamptz[])`,
    [
      column((c) => c.id), column((c) => c.displayName), column((c) => c.email), column((c) => foldText(c.displayName)),
      column((c) => foldText(c.email)), column((c) => c.status), column((c) => c.lastActiveAt), column((c) => c.createdAt),
    ],
  );
  server.dataChanged();
}

// Characters that split the two before: non-BMP vs U+E000–U+FFFF, Greek sigmas, Turkish i's,
// LIKE wildcards, accents (composed and not), German sharp s.
const TRICKY = ["a", "A", "b", "Z", " ", "σ", "ς", "Σ", "İ", "i", "ı", "I", "\u0307", "😀", "𝔘", "\ufffd", "\ue000", "é", "E\u0301", "ß", "ẞ", "%", "_", "\\", "-", "."];
const text = (min: number, max: number) => fc.array(fc.constantFrom(...TRICKY), { minLength: min, maxLength: max }).map((parts) => parts.join(""));
const name = text(1, 8).filter((value) => value.trim() !== "" && !/^[\s\u0307]*$/u.test(value.trim()));
const TIMES = ["2025-01-01T00:00:00.000Z", "2025-06-01T12:00:00.000Z", "2026-03-04T05:06:07.000Z"];

const customers = fc
  .uniqueArray(fc.tuple(text(1, 3), name, text(0, 4), fc.boolean(), fc.option(fc.constantFrom(...TIMES)), fc.constantFrom(...TIMES)), {
    minLength: 0,
    maxLength: 25,
    selector: ([id]) => id,
  })
  .map((rows) =>
    rows.map(([id, displayName, local, isRevoked, lastActiveAt, createdAt], i): PortalCustomer => ({
      id: `c${id}`,
      displayName: displayName.trim(),
      email: `${local}.${i}@x.test`,
      status: isRevoked ? "revoked" : "active",
      lastActiveAt,
      createdAt,
    })),
  );

const query: fc.Arbitrary<CustomerQuery> = fc.record({
  search: fc.oneof(fc.constant(""), text(1, 3)),
  status: fc.constantFrom("all", "active", "revoked"),
  sort: fc.record({ field: fc.constantFrom("displayName", "email", "lastActiveAt", "createdAt"), direction: fc.constantFrom("asc", "desc") }),
  offset: fc.integer({ min: 0, max: 30 }),
  limit: fc.integer({ min: 1, max: 12 }),
}) as fc.Arbitrary<CustomerQuery>;

type Step = { type: "list"; query: CustomerQuery } | { type: "rename"; pick: number; name: string } | { type: "revoke" | "grant"; pick: number };
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: query.map((q) => ({ type: "list" as const, query: q })) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant("rename" as const), pick: fc.nat(), name }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constantFrom("revoke" as const, "grant" as const), pick: fc.nat() }) },
);

/** What a call ended in, comparable across adapters: the value, or the error's kind. */
async function outcome(call: () => Promise<unknown>): Promise<unknown> {
  try {
    return { value: await call() };
  } catch (error) {
    if (isAdapterError(error)) return { kind: error.kind };
    throw error;
  }
}

async function agree(start: readonly PortalCustomer[], steps: readonly Step[]): Promise<void> {
  await load(start);
  const memory = createMemoryAdapter({ customers: start.map((c) => ({ ...c })) });
  const remote = http();
  for (const s of steps) {
    if (s.type === "list") {
      const [a, b] = [await outcome(() => memory.listCustomers(s.query)), await outcome(() => remote.listCustomers(s.query))];
      expect(b, `listCustomers(${JSON.stringify(s.query)})`).toEqual(a);
      continue;
    }
    const id = start.length ? start[s.pick % start.length]!.id : "missing";
    const run = (adapter: typeof memory | typeof remote) =>
      s.type === "rename" ? adapter.updateDisplayName(id, s.name) : s.type === "revoke" ? adapter.revokeAccess(id) : adapter.grantAccess(id);
    expect(await outcome(() => run(remote)), `${s.type} ${id}`).toEqual(await outcome(() => run(memory)));
  }
  // Finally every customer, in every order.
  for (const field of ["displayName", "email", "lastActiveAt", "createdAt"] as const) {
    const all = { sort: { field, direction: "asc" as const }, limit: 100 };
    expect(await remote.listCustomers(all)).toEqual(await memory.listCustomers(all));
  }
}

const person = (id: string, displayName: string, patch: Partial<PortalCustomer> = {}): PortalCustomer => ({
  id, displayName, email: `${id}@x.test`, status: "active", lastActiveAt: null, createdAt: TIMES[0]!, ...patch,
});

describe("the memory adapter and the reference server agree", () => {
  it("sort non-BMP characters by code point (😀 after U+FFFD and U+E000), ids too", async () => {
    const start = [person("c1", "\ufffd"), person("c2", "😀"), person("c3", "\ue000"), person("c😀", "same"), person("c\ufffd", "same")];
    await agree(start, [
      { type: "list", query: { sort: { field: "displayName", direction: "asc" } } },
      { type: "list", query: { sort: { field: "displayName", direction: "desc" } } },
    ]);
    const page = await http().listCustomers({});
    // "same" first (ties broken by id: U+FFFD before U+1F600), then U+E000, U+FFFD, U+1F600.
    expect(page.items.map((c) => c.id)).toEqual(["c\ufffd", "c😀", "c3", "c1", "c2"]);
  });

  it("fold the Greek final sigma like σ and Turkish İ like i + U+0307, in search and sort", async () => {
    const start = [person("g1", "ΟΔΟΣ"), person("g2", "οδος"), person("g3", "Σίσυφος"), person("t1", "İstanbul"), person("t2", "istanbul"), person("t3", "ıstanbul")];
    const searches = ["ς", "σ", "Σ", "ΟΔΟΣ", "οδοσ", "İ", "i̇", "İstanbul", "istanbul", "ı", "I"];
    await agree(start, searches.map((search) => ({ type: "list", query: { search } })));
    expect((await http().listCustomers({ search: "ς" })).total).toBe(3);
    expect((await http().listCustomers({ search: "İstanbul" })).items.map((c) => c.id)).toEqual(["t1"]);
  });

  it("refuse a lone surrogate in a name or a search alike, changing nothing", async () => {
    const start = [person("s1", "Sam")];
    await agree(start, [
      { type: "rename", pick: 0, name: "Bad \ud800 Surrogate" },
      { type: "list", query: { search: "\udc00" } },
      { type: "rename", pick: 0, name: "\u200b\u2060" },
    ]);
    expect((await http().listCustomers({})).items[0]?.displayName).toBe("Sam");
  });

  it("on random customers and query sequences, page by page", async () => {
    await fc.assert(
      fc.asyncProperty(customers, fc.array(step, { minLength: 1, maxLength: 8 }), (start, steps) => agree(start, steps)),
      { numRuns: 60 },
    );
    // About 6 s alone; room for a loaded machine and for shrinking a counterexample.
  }, 120_000);
});
