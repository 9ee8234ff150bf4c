// @vitest-environment node
import { afterEach, describe, expect, it, vi } from "vitest";
import { AdapterError, createHttpAdapter, isAbortError, isAdapterError, type AdapterErrorKind } from "../../src/adapter";
import type { AdminContext, PortalCustomer } from "../../src/domain";

const context: AdminContext = {
  experience: "centralized",
  role: "org-admin",
  site: { id: "site-1", name: "Acme Help Center", url: "https://acme.example" },
  organization: { id: "org-1", name: "Acme" },
  environment: "commercial",
};

const customer: PortalCustomer = {
  id: "cus-1",
  displayName: "Amara Okafor",
  email: "amara.okafor@example.com",
  status: "active",
  lastActiveAt: null,
  createdAt: "2026-01-02T03:04:05.000Z",
};

interface Call {
  url: string;
  method: string;
  headers: Headers;
  body: string | undefined;
}

/** A fake fetch that records calls and answers with `respond`. */
function fakeFetch(respond: (call: Call) => Response | Promise<Response>) {
  const calls: Call[] = [];
  const fn = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const call: Call = {
      url: String(input),
      method: init.method ?? "GET",
      headers: new Headers(init.headers),
      body: typeof init.body === "string" ? init.body : undefined,
    };
    calls.push(call);
    return respond(call);
  });
  return { fetch: fn as unknown as typeof fetch, calls };
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json", ...headers } });

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to reject");
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("createHttpAdapter requests", () => {
  it("GETs the context with the static and per-request headers and returns the validated value", async () => {
    const { fetch, calls } = fakeFetch(() => json(context));
    let n = 0;
    const adapter = createHttpAdapter({
      baseUrl: "https://admin.example/",
      fetch,
      headers: { Authorization: "Bearer static", "X-Tenant": "acme" },
      getHeaders: async () => ({ Authorization: `Bearer fresh-${++n}` }),
    });
    await expect(adapter.getAdminContext()).resolves.toEqual(context);
    await adapter.getAdminContext();
    expect(calls.map((c) => [c.method, c.url])).toEqual([
      ["GET", "https://admin.example/api/admin/context"],
      ["GET", "https://admin.example/api/admin/context"],
    ]);
    expect(calls[0]?.headers.get("authorization")).toBe("Bearer fresh-1");
    expect(calls[1]?.headers.get("authorization")).toBe("Bearer fresh-2");
    expect(calls[0]?.headers.get("x-tenant")).toBe("acme");
    expect(calls[0]?.headers.get("accept")).toBe("application/json");
  });

  it("sends the normalized query as search parameters (limit clamped, defaults applied)", async () => {
    const page = { items: [customer], total: 1, offset: 0, limit: 100 };
    const { fetch, calls } = fakeFetch(() => json(page));
    const adapter = createHttpAdapter({ baseUrl: "", fetch });
    await expect(
      adapter.listCustomers({ search: "  o'brien & co ", status: "revoked", sort: { field: "lastActiveAt", direction: "desc" }, limit: 1000 }),
    ).resolves.toEqual(page);
    const url = new URL(calls[0]!.url, "http://host");
    expect(url.pathname).toBe("/api/admin/customers");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      search: "o'brien & co", status: "revoked", sort: "lastActiveAt", direction: "desc", offset: "0", limit: "100",
    });
    await adapter.listCustomers({});
    expect(Object.fromEntries(new URL(calls[1]!.url, "http://host").searchParams)).toEqual({
      search: "", status: "all", sort: "displayName", direction: "asc", offset: "0", limit: "25",
    });
  });

  it("puts the new password only in the JSON body of a PUT, never in the URL", async () => {
    const { fetch, calls } = fakeFetch(() => new Response(null, { status: 204 }));
    const adapter = createHttpAdapter({ baseUrl: "https://admin.example", fetch });
    await expect(adapter.changePassword("cus/1 ?x", "s3cret-Passw0rd")).resolves.toBeUndefined();
    expect(calls[0]?.method).toBe("PUT");
    expect(calls[0]?.url).toBe("https://admin.example/api/admin/customers/cus%2F1%20%3Fx/password");
    expect(calls[0]?.url).not.toContain("s3cret");
    expect(calls[0]?.headers.get("content-type")).toBe("application/json");
    expect(JSON.parse(calls[0]!.body!)).toEqual({ newPassword: "s3cret-Passw0rd" });
  });

  it("maps every mutation to its method and path and returns the validated customer", async () => {
    const { fetch, calls } = fakeFetch((call) =>
      call.method === "DELETE" || call.url.endsWith("/migrate") ? new Response(null, { status: 204 }) : json(customer),
    );
    const adapter = createHttpAdapter({ baseUrl: "https://admin.example", fetch });
    await expect(adapter.updateDisplayName("cus-1", "Amara Okafor")).resolves.toEqual(customer);
    await expect(adapter.revokeAccess("cus-1")).resolves.toEqual(customer);
    await expect(adapter.grantAccess("cus-1")).resolves.toEqual(customer);
    await expect(adapter.migrateToAtlassianAccount("cus-1")).resolves.toBeUndefined();
    await expect(adapter.deleteCustomer("cus-1")).resolves.toBeUndefined();
    expect(calls.map((c) => `${c.method} ${c.url.replace("https://admin.example", "")}`)).toEqual([
      "PATCH /api/admin/customers/cus-1",
      "POST /api/admin/customers/cus-1/revoke",
      "POST /api/admin/customers/cus-1/grant",
      "POST /api/admin/customers/cus-1/migrate",
      "DELETE /api/admin/customers/cus-1",
    ]);
    expect(JSON.parse(calls[0]!.body!)).toEqual({ displayName: "Amara Okafor" });
    expect(calls[1]?.body).toBeUndefined();
  });

  it("uses the global fetch when none is given", async () => {
    const stub = vi.fn(async () => json(context));
    vi.stubGlobal("fetch", stub);
    await expect(createHttpAdapter({ baseUrl: "http://x" }).getAdminContext()).resolves.toEqual(context);
    expect(stub).toHaveBeenCalledOnce();
  });
});

describe("createHttpAdapter errors", () => {
  const cases: [number, AdapterErrorKind][] = [
    [400, "validation"], [422, "validation"], [401, "unauthorized"], [403, "forbidden"], [404, "not-found"],
    [409, "conflict"], [429, "rate-limited"], [502, "unavailable"], [503, "unavailable"], [504, "unavailable"],
    [500, "unknown"], [418, "unknown"],
  ];
  it.each(cases)("maps HTTP %i to kind %s with the server's message and status", async (status, kind) => {
    const { fetch } = fakeFetch(() => json({ error: { kind: "whatever", message: `Server says ${status}` } }, status));
    const error = await rejection(createHttpAdapter({ baseUrl: "", fetch }).revokeAccess("cus-1"));
    expect(error).toBeInstanceOf(AdapterError);
    expect(error).toMatchObject({ kind, status, message: `Server says ${status}` });
  });

  it("passes fieldErrors of a validation error through and drops non-string entries", async () => {
    const { fetch } = fakeFetch(() =>
      json({ error: { kind: "validation", message: "Invalid name.", fieldErrors: { displayName: "Enter a full name.", junk: 4 } } }, 422),
    );
    const error = await rejection(createHttpAdapter({ baseUrl: "", fetch }).updateDisplayName("cus-1", " "));
    expect(error).toMatchObject({ kind: "validation", status: 422, fieldErrors: { displayName: "Enter a full name." } });
    expect((error as AdapterError).fieldErrors).not.toHaveProperty("junk");
  });

  it("falls back to a default message when the error body is not JSON (a proxy's HTML page)", async () => {
    const { fetch } = fakeFetch(() => new Response("<html>Bad gateway</html>", { status: 502, headers: { "Content-Type": "text/html" } }));
    const error = await rejection(createHttpAdapter({ baseUrl: "", fetch }).getAdminContext());
    expect(error).toMatchObject({ kind: "unavailable", status: 502 });
    expect((error as Error).message).not.toContain("html");
  });

  it("never reports the password in an error, even when the server echoes it", async () => {
    const password = "hunter2-hunter2";
    const { fetch } = fakeFetch(() =>
      json({ error: { message: `Bad password ${password}`, fieldErrors: { newPassword: `"${password}" is weak` } } }, 422),
    );
    const error = (await rejection(createHttpAdapter({ baseUrl: "", fetch }).changePassword("cus-1", password))) as AdapterError;
    expect(error.kind).toBe("validation");
    expect(error.message).not.toContain(password);
    expect(JSON.stringify(error.fieldErrors)).not.toContain(password);
    expect(error.fieldErrors?.newPassword).toBeTruthy();
  });

  it("rejects malformed JSON in a success response with kind unknown", async () => {
    const { fetch } = fakeFetch(() => new Response("{ not json", { status: 200 }));
    const error = await rejection(createHttpAdapter({ baseUrl: "", fetch }).getAdminContext());
    expect(isAdapterError(error) && error.kind).toBe("unknown");
  });

  it.each([
    ["a context with an unknown role", "context", { ...context, role: "superuser" }],
    ["a page whose item lacks an email", "list", { items: [{ ...customer, email: undefined }], total: 1, offset: 0, limit: 25 }],
    ["a page with a limit of 1000", "list", { items: [], total: 0, offset: 0, limit: 1000 }],
    ["a customer with a bad date", "revoke", { ...customer, createdAt: "yesterday" }],
    ["an empty body where a customer is due", "grant", undefined],
    ["null", "context", null],
  ] as const)("rejects %s with kind unknown instead of passing it on", async (_label, call, body) => {
    const { fetch } = fakeFetch(() => (body === undefined ? new Response(null, { status: 204 }) : json(body)));
    const adapter = createHttpAdapter({ baseUrl: "", fetch });
    const promise =
      call === "context" ? adapter.getAdminContext()
      : call === "list" ? adapter.listCustomers({})
      : call === "revoke" ? adapter.revokeAccess("cus-1")
      : adapter.grantAccess("cus-1");
    const error = await rejection(promise);
    expect(isAdapterError(error) && error.kind).toBe("unknown");
  });

  it("passes an AdapterError from getHeaders through and wraps anything else, without sending the request", async () => {
    const { fetch, calls } = fakeFetch(() => json(context));
    const expired = createHttpAdapter({
      baseUrl: "", fetch, getHeaders: async () => { throw new AdapterError("unauthorized", "Session expired."); },
    });
    expect(await rejection(expired.getAdminContext())).toMatchObject({ kind: "unauthorized", message: "Session expired." });
    const broken = createHttpAdapter({ baseUrl: "", fetch, getHeaders: () => { throw new Error("storage unavailable"); } });
    expect(await rejection(broken.getAdminContext())).toMatchObject({ name: "AdapterError", kind: "unknown" });
    expect(calls).toHaveLength(0);
  });

  it("turns a fetch TypeError into kind network and any other throw into unknown", async () => {
    const offline = createHttpAdapter({ baseUrl: "", fetch: (async () => { throw new TypeError("fetch failed"); }) as typeof fetch });
    expect(await rejection(offline.listCustomers({}))).toMatchObject({ name: "AdapterError", kind: "network" });
    const broken = createHttpAdapter({ baseUrl: "", fetch: (async () => { throw new RangeError("boom"); }) as typeof fetch });
    expect(await rejection(broken.deleteCustomer("cus-1"))).toMatchObject({ name: "AdapterError", kind: "unknown" });
  });
});

describe("createHttpAdapter abort", () => {
  /** A fetch that never answers until its signal aborts, like a slow network. */
  const hangingFetch = vi.fn((_input: RequestInfo | URL, init: RequestInit = {}) =>
    new Promise<Response>((_resolve, reject) => {
      init.signal?.addEventListener("abort", () => reject(init.signal?.reason), { once: true });
    }),
  ) as unknown as typeof fetch;

  it("rejects at once with an AbortError, without a request, when the signal is already aborted", async () => {
    const { fetch, calls } = fakeFetch(() => json(context));
    const controller = new AbortController();
    controller.abort();
    const error = await rejection(createHttpAdapter({ baseUrl: "", fetch }).getAdminContext({ signal: controller.signal }));
    expect(isAbortError(error)).toBe(true);
    expect(calls).toHaveLength(0);
  });

  it("passes the signal to fetch and rejects with name AbortError when it aborts mid-flight, whatever the reason", async () => {
    const adapter = createHttpAdapter({ baseUrl: "", fetch: hangingFetch });
    const controller = new AbortController();
    const pending = adapter.listCustomers({}, { signal: controller.signal });
    controller.abort(new Error("navigated away"));
    const error = await rejection(pending);
    expect((error as Error).name).toBe("AbortError");
    expect(isAdapterError(error)).toBe(false);
  });
});
