// The HTTP adapter when the server is slow, busy or gone: time limit, Retry-After, bulk stop.
import { render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { AdapterError, createHttpAdapter, isAbortError, isAdapterError } from "../../src/adapter";
import { CustomerTable } from "../../src/components/CustomerTable";
import { PortalCustomerAdminProvider } from "../../src/data/PortalCustomerAdminProvider";
import { createMemoryAdapter } from "../../src/testing";

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json", ...headers } });

/** A fetch that never answers, but gives up like the real one when its signal aborts. */
const silentFetch = vi.fn(
  (_input: RequestInfo | URL, init: RequestInit = {}) =>
    new Promise<Response>((_resolve, reject) => {
      init.signal?.addEventListener("abort", () => reject(new DOMException("This operation was aborted", "AbortError")));
    }),
) as unknown as typeof fetch;

async function settle(promise: Promise<unknown>): Promise<{ value?: unknown; error?: unknown; isPending: boolean }> {
  const state: { value?: unknown; error?: unknown; isPending: boolean } = { isPending: true };
  promise.then(
    (value) => Object.assign(state, { value, isPending: false }),
    (error: unknown) => Object.assign(state, { error, isPending: false }),
  );
  return state;
}

afterEach(() => {
  vi.useRealTimers();
});

describe("the HTTP adapter's time limit", () => {
  it("rejects a call the server never answers after 30 s by default, with kind network", async () => {
    vi.useFakeTimers();
    const state = await settle(createHttpAdapter({ baseUrl: "", fetch: silentFetch }).listCustomers({}));
    await vi.advanceTimersByTimeAsync(29_999);
    expect(state.isPending).toBe(true);
    await vi.advanceTimersByTimeAsync(1);
    expect(state.isPending).toBe(false);
    expect(isAdapterError(state.error) && state.error.kind).toBe("network");
    expect((state.error as Error).message).toMatch(/did not answer in time/);
  });

  it("takes its own limit, or none with 0", async () => {
    vi.useFakeTimers();
    const quick = await settle(createHttpAdapter({ baseUrl: "", fetch: silentFetch, timeoutMs: 500 }).revokeAccess("cus-1"));
    const patient = await settle(createHttpAdapter({ baseUrl: "", fetch: silentFetch, timeoutMs: 0 }).revokeAccess("cus-1"));
    await vi.advanceTimersByTimeAsync(500);
    expect(isAdapterError(quick.error) && quick.error.kind).toBe("network");
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(patient.isPending).toBe(true);
  });

  it("still rejects with an AbortError when the caller aborts first", async () => {
    const controller = new AbortController();
    const call = createHttpAdapter({ baseUrl: "", fetch: silentFetch }).listCustomers({}, { signal: controller.signal });
    controller.abort();
    const error = await call.catch((e: unknown) => e);
    expect(isAbortError(error)).toBe(true);
  });
});

describe("Retry-After and issue codes from the server", () => {
  it("puts Retry-After (seconds or a date) on a rate-limited error", async () => {
    const seconds = createHttpAdapter({ baseUrl: "", fetch: (async () => json({ error: { kind: "rate-limited", message: "Slow down." } }, 429, { "Retry-After": "42" })) as typeof fetch });
    await expect(seconds.listCustomers({})).rejects.toMatchObject({ kind: "rate-limited", retryAfter: 42 });
    const date = new Date(Date.now() + 120_000).toUTCString();
    const dated = createHttpAdapter({ baseUrl: "", fetch: (async () => json({}, 429, { "Retry-After": date })) as typeof fetch });
    const error = (await dated.listCustomers({}).catch((e: unknown) => e)) as AdapterError;
    expect(error.retryAfter).toBeGreaterThanOrEqual(118);
    expect(error.retryAfter).toBeLessThanOrEqual(120);
    const none = createHttpAdapter({ baseUrl: "", fetch: (async () => json({}, 429)) as typeof fetch });
    expect(((await none.listCustomers({}).catch((e: unknown) => e)) as AdapterError).retryAfter).toBeUndefined();
  });

  it("passes fieldErrorCodes on, dropping entries it does not understand", async () => {
    const body = {
      error: {
        kind: "validation",
        message: "Use at least 8 characters.",
        fieldErrors: { newPassword: "Use at least 8 characters." },
        fieldErrorCodes: { newPassword: { code: "too_short", params: { min: 8, junk: "x" } }, other: { code: "made-up" }, bad: 7 },
      },
    };
    const adapter = createHttpAdapter({ baseUrl: "", fetch: (async () => json(body, 422)) as typeof fetch });
    const error = (await adapter.changePassword("cus-1", "short").catch((e: unknown) => e)) as AdapterError;
    expect(error.fieldErrors).toEqual({ newPassword: "Use at least 8 characters." });
    expect(error.fieldErrorCodes).toEqual({ newPassword: { code: "too_short", params: { min: 8 } } });
  });

  it("shows the wait in the UI's message", async () => {
    const adapter = createMemoryAdapter({
      customers: 3,
      fail: (method) => (method === "listCustomers" ? new AdapterError("rate-limited", "busy", { status: 429, retryAfter: 30 }) : undefined),
    });
    render(
      <PortalCustomerAdminProvider adapter={adapter} locale="en">
        <CustomerTable />
      </PortalCustomerAdminProvider>,
    );
    expect(await screen.findByRole("alert")).toHaveTextContent("Too many requests. Try again in 30 seconds.");
  });
});

describe("a bulk action when the server goes away", () => {
  it("stops sending chunks after a network failure and reports the rest as not attempted", async () => {
    const sent: string[][] = [];
    const fetch = (async (_input: RequestInfo | URL, init: RequestInit = {}) => {
      const { customerIds } = JSON.parse(String(init.body)) as { customerIds: string[] };
      sent.push(customerIds);
      if (sent.length === 1) return json({ succeeded: customerIds, failed: [] });
      throw new TypeError("fetch failed");
    }) as typeof globalThis.fetch;
    const ids = Array.from({ length: 130 }, (_, i) => `cus-${i}`);
    const result = await createHttpAdapter({ baseUrl: "", fetch, bulkChunkSize: 50 }).bulkAction("revokeAccess", ids);
    expect(sent).toHaveLength(2);
    expect(result.succeeded).toEqual(ids.slice(0, 50));
    expect(result.failed.map((f) => f.customerId)).toEqual(ids.slice(50));
    expect(result.failed.slice(0, 50).every((f) => f.error.kind === "network" && f.error.message === "Could not reach the server.")).toBe(true);
    expect(result.failed.slice(50).every((f) => f.error.kind === "network" && /^Not attempted/.test(f.error.message))).toBe(true);
  });
});
