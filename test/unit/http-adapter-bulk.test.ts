// @vitest-environment node
import { describe, expect, it, vi } from "vitest";
import { createHttpAdapter, exportCustomers, isAbortError, isAdapterError, runBulkAction, type BulkProgress } from "../../src/adapter";
import type { PortalCustomer } from "../../src/domain";

const ids = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `cus-${String(from + i).padStart(4, "0")}`);

const customerN = (i: number): PortalCustomer => ({
  id: `cus-${String(i).padStart(4, "0")}`,
  displayName: `Zoë Müller ${i}`, // multi-byte characters, split across network chunks below
  email: `zoe.${i}@example.com`,
  status: i % 7 === 0 ? "revoked" : "active",
  lastActiveAt: i % 3 === 0 ? null : "2026-05-01T10:00:00.000Z",
  createdAt: "2025-01-01T00:00:00.000Z",
});

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });

interface BulkRequest {
  url: string;
  action: string;
  customerIds: string[];
}

/** A fake bulk endpoint: `answer` decides the response for each request's ids. */
function bulkServer(answer: (request: BulkRequest, n: number) => Response | Promise<Response>) {
  const requests: BulkRequest[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const body = JSON.parse(String(init.body)) as { action: string; customerIds: string[] };
    const request = { url: String(input), ...body };
    requests.push(request);
    expect(init.method).toBe("POST");
    // Only the adapter's own time limit: a caller's cancel never cuts a chunk the server has started.
    expect(init.signal?.aborted).toBe(false);
    return answer(request, requests.length);
  }) as unknown as typeof globalThis.fetch;
  return { fetch, requests };
}

const allSucceed = (request: BulkRequest) => json({ succeeded: request.customerIds, failed: [] });

describe("createHttpAdapter bulkAction", () => {
  it("sends the ids in chunks of 50 and reports progress after each chunk", async () => {
    const { fetch, requests } = bulkServer(allSucceed);
    const adapter = createHttpAdapter({ baseUrl: "https://admin.example", fetch });
    const progress: BulkProgress[] = [];
    const all = ids(120);
    const result = await adapter.bulkAction("delete", [...all, all[0]!], { onProgress: (p) => progress.push(p) });
    expect(requests.map((r) => [r.url, r.action, r.customerIds.length])).toEqual([
      ["https://admin.example/api/admin/customers/bulk", "delete", 50],
      ["https://admin.example/api/admin/customers/bulk", "delete", 50],
      ["https://admin.example/api/admin/customers/bulk", "delete", 20],
    ]);
    expect(requests.flatMap((r) => r.customerIds)).toEqual(all);
    expect(progress).toEqual([
      { done: 50, total: 120, failed: 0 },
      { done: 100, total: 120, failed: 0 },
      { done: 120, total: 120, failed: 0 },
    ]);
    expect(result).toEqual({ succeeded: all, failed: [], cancelled: [] });
  });

  it("keeps per-customer failures with their kind and message, and never trusts an id it did not send", async () => {
    const { fetch } = bulkServer(() =>
      json({
        succeeded: ["cus-0000", "cus-0000", "cus-9999"],
        failed: [
          { customerId: "cus-0001", error: { kind: "not-found", message: "No portal-only customer has this id." } },
          { customerId: "cus-0002", error: { kind: "conflict", message: "Already revoked." } },
          { customerId: "cus-0003", error: { kind: "teapot", message: "Odd." } },
        ],
      }),
    );
    const result = await createHttpAdapter({ baseUrl: "", fetch }).bulkAction("revokeAccess", ids(5));
    expect(result.succeeded).toEqual(["cus-0000"]);
    expect(result.cancelled).toEqual([]);
    expect(result.failed.map((f) => [f.customerId, f.error.kind, f.error.message])).toEqual([
      ["cus-0001", "not-found", "No portal-only customer has this id."],
      ["cus-0002", "conflict", "Already revoked."],
      ["cus-0003", "unknown", "Odd."],
      ["cus-0004", "unknown", "The server did not report a result for this customer."],
    ]);
    expect(result.failed.every((f) => isAdapterError(f.error))).toBe(true);
  });

  it("fails every id of a chunk whose request fails as a whole, and goes on with the next chunk", async () => {
    const { fetch } = bulkServer((request, n) =>
      n === 2 ? json({ error: { kind: "unavailable", message: "Database restarting." } }, 503)
      : n === 3 ? json({ succeeded: "all of them" })
      : allSucceed(request),
    );
    const progress: BulkProgress[] = [];
    const result = await createHttpAdapter({ baseUrl: "", fetch, bulkChunkSize: 10 }).bulkAction("migrate", ids(35), {
      onProgress: (p) => progress.push(p),
    });
    expect(result.succeeded).toEqual([...ids(10), ...ids(5, 30)]);
    expect(result.failed.map((f) => f.customerId)).toEqual(ids(20, 10));
    expect(result.failed.slice(0, 10).every((f) => f.error.kind === "unavailable" && f.error.status === 503)).toBe(true);
    expect(result.failed.slice(10).every((f) => f.error.kind === "unknown" && /unexpected response/.test(f.error.message))).toBe(true);
    expect(progress.at(-1)).toEqual({ done: 35, total: 35, failed: 20 });
  });

  it("turns a network failure into failed ids of kind network", async () => {
    const fetch = (async () => {
      throw new TypeError("fetch failed");
    }) as typeof globalThis.fetch;
    const result = await createHttpAdapter({ baseUrl: "", fetch }).bulkAction("grantAccess", ids(3));
    expect(result.failed.map((f) => f.error.kind)).toEqual(["network", "network", "network"]);
    expect(result.succeeded).toEqual([]);
  });

  it("stops between chunks when the signal aborts: the chunk in flight finishes, the rest is cancelled", async () => {
    const controller = new AbortController();
    const { fetch, requests } = bulkServer(async (request, n) => {
      if (n === 2) controller.abort(); // the admin presses Cancel while chunk 2 is on its way
      return allSucceed(request);
    });
    const result = await createHttpAdapter({ baseUrl: "", fetch, bulkChunkSize: 25 }).bulkAction("delete", ids(100), {
      signal: controller.signal,
    });
    expect(requests).toHaveLength(2);
    expect(result).toEqual({ succeeded: ids(50), failed: [], cancelled: ids(50, 50) });
  });

  it("cancels everything without a request when the signal is already aborted", async () => {
    const { fetch, requests } = bulkServer(allSucceed);
    const result = await createHttpAdapter({ baseUrl: "", fetch }).bulkAction("delete", ids(3), { signal: AbortSignal.abort() });
    expect(result).toEqual({ succeeded: [], failed: [], cancelled: ids(3) });
    expect(requests).toHaveLength(0);
  });

  it("refuses more than 1,000 customers without a request", async () => {
    const { fetch, requests } = bulkServer(allSucceed);
    const error = await createHttpAdapter({ baseUrl: "", fetch }).bulkAction("delete", ids(1001)).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "AdapterError", kind: "validation" });
    expect(requests).toHaveLength(0);
  });

  it("is what runBulkAction uses, so the components get the chunked path", async () => {
    const { fetch, requests } = bulkServer(allSucceed);
    const result = await runBulkAction(createHttpAdapter({ baseUrl: "", fetch }), "revokeAccess", ids(60));
    expect(requests).toHaveLength(2);
    expect(result.succeeded).toHaveLength(60);
  });
});

/** A response whose body arrives in the given byte chunks, optionally failing afterwards. */
function streamed(chunks: Uint8Array[], options: { error?: Error; status?: number } = {}) {
  let next = 0;
  const body = new ReadableStream<Uint8Array>({
    // One chunk per read, as from a network (erroring a stream drops what is still queued).
    pull(controller) {
      const chunk = chunks[next++];
      if (chunk) controller.enqueue(chunk);
      else if (options.error) controller.error(options.error);
      else controller.close();
    },
  });
  return new Response(body, { status: options.status ?? 200, headers: { "Content-Type": "application/x-ndjson" } });
}

/** Splits `text`'s UTF-8 bytes into chunks of `size`, cutting lines and characters apart. */
function bytes(text: string, size: number): Uint8Array[] {
  const all = new TextEncoder().encode(text);
  const chunks: Uint8Array[] = [];
  for (let i = 0; i < all.length; i += size) chunks.push(all.slice(i, i + size));
  return chunks;
}

const ndjson = (customers: unknown[]) => customers.map((c) => `${JSON.stringify(c)}\n`).join("");

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

describe("createHttpAdapter exportCustomers", () => {
  const customers = Array.from({ length: 250 }, (_, i) => customerN(i));

  it("GETs the export with the query's filter and sort (no offset or limit) and yields validated batches of ≤ 100", async () => {
    const seen: { url: string; init: RequestInit }[] = [];
    const fetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
      seen.push({ url: String(input), init });
      return streamed(bytes(ndjson(customers), 37));
    }) as typeof globalThis.fetch;
    const adapter = createHttpAdapter({ baseUrl: "https://admin.example", fetch, headers: { Authorization: "Bearer t" } });
    const controller = new AbortController();
    const batches = await collect(
      adapter.exportCustomers(
        { search: " zoë ", status: "active", sort: { field: "email", direction: "desc" }, offset: 40, limit: 10 },
        { signal: controller.signal },
      ),
    );
    expect(batches.map((b) => b.length)).toEqual([100, 100, 50]);
    expect(batches.flat()).toEqual(customers);
    const url = new URL(seen[0]!.url);
    expect(url.pathname).toBe("/api/admin/customers/export");
    expect(Object.fromEntries(url.searchParams)).toEqual({ search: "zoë", status: "active", sort: "email", direction: "desc" });
    // The adapter's own signal, which follows the caller's (and the time limit until the answer starts).
    expect(seen[0]!.init.signal).toBeInstanceOf(AbortSignal);
    expect(new Headers(seen[0]!.init.headers).get("authorization")).toBe("Bearer t");
  });

  it("reads the stream incrementally: the first batch arrives before the body has ended", async () => {
    let push!: (text: string | null) => void;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        push = (text) => (text === null ? controller.close() : controller.enqueue(new TextEncoder().encode(text)));
      },
    });
    const fetch = (async () => new Response(body)) as typeof globalThis.fetch;
    const iterator = createHttpAdapter({ baseUrl: "", fetch }).exportCustomers({})[Symbol.asyncIterator]();
    const first = iterator.next();
    push(ndjson(customers.slice(0, 100)));
    expect((await first).value).toHaveLength(100);
    const second = iterator.next();
    push(ndjson(customers.slice(100, 103)));
    push(null);
    expect((await second).value).toHaveLength(3);
    expect((await iterator.next()).done).toBe(true);
  });

  it("handles an empty export, blank lines and a last line without a newline", async () => {
    const empty = (async () => streamed([])) as typeof globalThis.fetch;
    expect(await collect(createHttpAdapter({ baseUrl: "", fetch: empty }).exportCustomers({}))).toEqual([]);
    const text = `\n${JSON.stringify(customers[0])}\n\n${JSON.stringify(customers[1])}`;
    const loose = (async () => streamed(bytes(text, 5))) as typeof globalThis.fetch;
    expect(await collect(createHttpAdapter({ baseUrl: "", fetch: loose }).exportCustomers({}))).toEqual([customers.slice(0, 2)]);
  });

  it.each([
    ["a line that is not JSON", `${JSON.stringify(customers[0])}\n{ nope\n`],
    ["a customer without an email", `${JSON.stringify({ ...customers[0], email: undefined })}\n`],
    ["a customer with an unknown status", `${JSON.stringify({ ...customers[0], status: "deleted" })}\n`],
  ])("rejects %s with kind unknown", async (_label, text) => {
    const fetch = (async () => streamed(bytes(text, 16))) as typeof globalThis.fetch;
    const error = await collect(createHttpAdapter({ baseUrl: "", fetch }).exportCustomers({})).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "AdapterError", kind: "unknown" });
    expect((error as Error).message).toMatch(/export, line \d/);
  });

  it("maps an error status like every other call", async () => {
    const fetch = (async () => json({ error: { kind: "unauthorized", message: "Session expired." } }, 401)) as typeof globalThis.fetch;
    const error = await collect(createHttpAdapter({ baseUrl: "", fetch }).exportCustomers({})).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: "unauthorized", status: 401, message: "Session expired." });
  });

  it("turns a stream cut off mid-way into kind network, after the batches that did arrive", async () => {
    const fetch = (async () => streamed(bytes(ndjson(customers.slice(0, 150)), 64), { error: new TypeError("terminated") })) as typeof globalThis.fetch;
    const got: PortalCustomer[][] = [];
    const error = await (async () => {
      for await (const batch of createHttpAdapter({ baseUrl: "", fetch }).exportCustomers({})) got.push(batch);
    })().catch((e: unknown) => e);
    expect(got.map((b) => b.length)).toEqual([100]);
    expect(error).toMatchObject({ name: "AdapterError", kind: "network" });
  });

  it("rejects with an AbortError when the signal aborts mid-stream, and cancels the body when the reader stops early", async () => {
    let isCancelled = false;
    const endless = () =>
      new Response(
        new ReadableStream<Uint8Array>({
          pull(controller) {
            controller.enqueue(new TextEncoder().encode(ndjson(customers.slice(0, 50))));
          },
          cancel() {
            isCancelled = true;
          },
        }),
      );
    const fetch = (async () => endless()) as typeof globalThis.fetch;
    const adapter = createHttpAdapter({ baseUrl: "", fetch });
    const controller = new AbortController();
    const error = await (async () => {
      for await (const _batch of adapter.exportCustomers({}, { signal: controller.signal })) controller.abort();
    })().catch((e: unknown) => e);
    expect(isAbortError(error)).toBe(true);
    expect(isCancelled).toBe(true);

    isCancelled = false;
    for await (const _batch of adapter.exportCustomers({})) break;
    expect(isCancelled).toBe(true);
  });

  it("feeds the library's exportCustomers helper, with the total from a one-row list call", async () => {
    const fetch = (async (input: RequestInfo | URL) =>
      String(input).includes("/export")
        ? streamed(bytes(ndjson(customers), 1000))
        : json({ items: customers.slice(0, 1), total: 250, offset: 0, limit: 1 })) as typeof globalThis.fetch;
    const progress: [number, number | null][] = [];
    for await (const batch of exportCustomers(createHttpAdapter({ baseUrl: "", fetch }), { search: "z" })) {
      progress.push([batch.done, batch.total]);
    }
    expect(progress).toEqual([[100, 250], [200, 250], [250, 250]]);
  });
});
