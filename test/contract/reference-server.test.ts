import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpAdapter, isAdapterError, type AdapterError } from "../../src/adapter";
import { adapterFor, DEMO_ACCOUNTS, DEMO_PASSWORD, portalLogin, startTestServer } from "./helpers";

let server: Awaited<ReturnType<typeof startTestServer>>;
const DEMO_ORIGIN = "http://localhost:5173";
beforeAll(async () => {
  server = await startTestServer({ corsOrigins: [DEMO_ORIGIN] });
});
afterAll(() => server?.close());

const orgAdmin = () => adapterFor(server, "demo-org-admin-centralized");
const [grace, alan, ada, katherine] = DEMO_ACCOUNTS as [typeof DEMO_ACCOUNTS[0], typeof DEMO_ACCOUNTS[0], typeof DEMO_ACCOUNTS[0], typeof DEMO_ACCOUNTS[0]];

async function rejection(promise: Promise<unknown>): Promise<AdapterError> {
  try {
    await promise;
  } catch (error) {
    if (isAdapterError(error)) return error;
    throw error;
  }
  throw new Error("expected the call to reject");
}

function api(path: string, init: RequestInit & { token?: string } = {}) {
  const headers = new Headers(init.headers);
  if (init.token) headers.set("Authorization", `Bearer ${init.token}`);
  if (init.body) headers.set("Content-Type", "application/json");
  return fetch(`${server.url}${path}`, { ...init, headers });
}

describe("the customer's portal log-in follows the admin's actions", () => {
  it("a changed password logs in, the old one no longer does", async () => {
    expect(await portalLogin(server, grace.email, DEMO_PASSWORD)).toBe(200);
    await orgAdmin().changePassword(grace.id, "Brand-new-passphrase-7");
    expect(await portalLogin(server, grace.email, "Brand-new-passphrase-7")).toBe(200);
    expect(await portalLogin(server, grace.email, DEMO_PASSWORD)).toBe(401);
    // The email is matched case-insensitively, the password exactly.
    expect(await portalLogin(server, grace.email.toUpperCase(), "Brand-new-passphrase-7")).toBe(200);
    expect(await portalLogin(server, grace.email, "brand-new-passphrase-7")).toBe(401);
  });

  it("revoke blocks the log-in and grant restores it with the same password", async () => {
    const revoked = await orgAdmin().revokeAccess(alan.id);
    expect(revoked).toMatchObject({ id: alan.id, status: "revoked" });
    expect(await portalLogin(server, alan.email, DEMO_PASSWORD)).toBe(401);
    expect((await rejection(orgAdmin().revokeAccess(alan.id))).kind).toBe("conflict");
    const granted = await orgAdmin().grantAccess(alan.id);
    expect(granted).toMatchObject({ id: alan.id, status: "active" });
    expect(await portalLogin(server, alan.email, DEMO_PASSWORD)).toBe(200);
    expect((await rejection(orgAdmin().grantAccess(alan.id))).kind).toBe("conflict");
  });

  it("a seeded revoked customer cannot log in until access is granted", async () => {
    expect(await portalLogin(server, katherine.email, DEMO_PASSWORD)).toBe(401);
    await orgAdmin().grantAccess(katherine.id);
    expect(await portalLogin(server, katherine.email, DEMO_PASSWORD)).toBe(200);
  });

  it("a successful log-in records the last-active time", async () => {
    expect(ada.lastActiveAt).toBeNull();
    expect(await portalLogin(server, ada.email, DEMO_PASSWORD)).toBe(200);
    const page = await orgAdmin().listCustomers({ search: ada.email });
    expect(page.items[0]?.lastActiveAt).not.toBeNull();
  });

  it("migrate and delete remove the customer from the portal-only list and end the portal log-in", async () => {
    const admin = orgAdmin();
    const victims = (await admin.listCustomers({ status: "active", sort: { field: "createdAt", direction: "desc" }, limit: 2 })).items;
    const [migrated, deleted] = victims as [NonNullable<(typeof victims)[0]>, NonNullable<(typeof victims)[0]>];
    for (const customer of victims) await admin.changePassword(customer.id, "Known-password-for-test");
    expect(await portalLogin(server, migrated.email, "Known-password-for-test")).toBe(200);
    const before = (await admin.listCustomers({})).total;

    await admin.migrateToAtlassianAccount(migrated.id);
    await admin.deleteCustomer(deleted.id);

    expect((await admin.listCustomers({})).total).toBe(before - 2);
    for (const customer of [migrated, deleted]) {
      expect((await admin.listCustomers({ search: customer.email })).items.map((c) => c.id)).not.toContain(customer.id);
      expect(await portalLogin(server, customer.email, "Known-password-for-test")).toBe(401);
      expect((await rejection(admin.revokeAccess(customer.id))).kind).toBe("not-found");
    }
    expect((await rejection(admin.migrateToAtlassianAccount(migrated.id))).kind).toBe("not-found");
    expect((await rejection(admin.deleteCustomer(deleted.id))).kind).toBe("not-found");
  });
});

describe("permissions are enforced by the server", () => {
  it("a site admin in the centralized experience can read but change nothing, through the adapter", async () => {
    const siteAdmin = adapterFor(server, "demo-site-admin-centralized");
    expect(await siteAdmin.getAdminContext()).toMatchObject({ role: "site-admin", experience: "centralized" });
    expect((await siteAdmin.listCustomers({})).total).toBeGreaterThan(2000);
    const id = ada.id;
    const calls = [
      () => siteAdmin.changePassword(id, "Another-passphrase-1"),
      () => siteAdmin.updateDisplayName(id, "Hacked"),
      () => siteAdmin.revokeAccess(id),
      () => siteAdmin.grantAccess(id),
      () => siteAdmin.migrateToAtlassianAccount(id),
      () => siteAdmin.deleteCustomer(id),
    ];
    for (const call of calls) expect(await rejection(call())).toMatchObject({ kind: "forbidden", status: 403 });
    const after = (await orgAdmin().listCustomers({ search: ada.email })).items[0];
    expect(after).toMatchObject({ id, displayName: ada.displayName, status: "active" });
    expect(await portalLogin(server, ada.email, DEMO_PASSWORD)).toBe(200);
  });

  it("a site admin in the centralized experience is refused when calling the API directly", async () => {
    const token = "demo-site-admin-centralized";
    const put = await api(`/api/admin/customers/${ada.id}/password`, { method: "PUT", token, body: JSON.stringify({ newPassword: "Another-passphrase-1" }) });
    expect(put.status).toBe(403);
    expect(await put.json()).toEqual({ error: { kind: "forbidden", message: expect.stringContaining("organization admins") } });
    for (const [method, path] of [["DELETE", ""], ["POST", "/migrate"], ["POST", "/revoke"], ["PATCH", ""]] as const) {
      const response = await api(`/api/admin/customers/${ada.id}${path}`, { method, token, body: method === "PATCH" ? '{"displayName":"X"}' : undefined });
      expect(response.status, `${method} ${path}`).toBe(403);
      await response.arrayBuffer();
    }
    expect(await portalLogin(server, ada.email, DEMO_PASSWORD)).toBe(200);
  });

  it("the same site admin may act in the original experience; the Government cloud has no Change password", async () => {
    const original = adapterFor(server, "demo-site-admin-original");
    const renamed = await original.updateDisplayName(ada.id, "  Augusta Ada King  ");
    expect(renamed.displayName).toBe("Augusta Ada King");
    const government = adapterFor(server, "demo-org-admin-centralized-government");
    expect(await rejection(government.changePassword(ada.id, "Another-passphrase-1"))).toMatchObject({ kind: "forbidden" });
    expect((await government.updateDisplayName(ada.id, ada.displayName)).displayName).toBe(ada.displayName);
  });

  it("refuses a missing or unknown token with 401", async () => {
    const anonymous = await api("/api/admin/customers");
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("www-authenticate")).toMatch(/^Bearer/);
    await anonymous.arrayBuffer();
    expect(await rejection(adapterFor(server, "not-a-token").getAdminContext())).toMatchObject({ kind: "unauthorized", status: 401 });
  });
});

describe("input is validated like the memory adapter does", () => {
  it("refuses a password that breaks the policy, with fieldErrors and without echoing it", async () => {
    for (const password of ["short", "x".repeat(101), ada.email.toUpperCase()]) {
      const error = await rejection(orgAdmin().changePassword(ada.id, password));
      expect(error).toMatchObject({ kind: "validation", status: 422 });
      expect(error.fieldErrors?.newPassword).toBeTruthy();
      expect(error.message).not.toContain(password);
    }
    const missing = await api(`/api/admin/customers/${ada.id}/password`, { method: "PUT", token: "demo-org-admin-centralized", body: "{}" });
    expect(missing.status).toBe(422);
    expect((await missing.json()).error.fieldErrors).toHaveProperty("newPassword");
    const broken = await api(`/api/admin/customers/${ada.id}/password`, { method: "PUT", token: "demo-org-admin-centralized", body: "{ nope" });
    expect(broken.status).toBe(400);
    await broken.arrayBuffer();
  });

  it("refuses an empty or too long display name", async () => {
    expect(await rejection(orgAdmin().updateDisplayName(ada.id, "   "))).toMatchObject({ kind: "validation", fieldErrors: { displayName: "Enter a full name." } });
    expect((await rejection(orgAdmin().updateDisplayName(ada.id, "n".repeat(256)))).fieldErrors).toHaveProperty("displayName");
  });

  it("clamps limit to 1..100 and offset to ≥ 0, and refuses unknown sort fields and statuses", async () => {
    const token = "demo-none-centralized";
    const read = async (query: string) => {
      const response = await api(`/api/admin/customers?${query}`, { token });
      return { status: response.status, body: await response.json() };
    };
    expect((await read("limit=1000")).body).toMatchObject({ limit: 100, offset: 0 });
    expect((await read("limit=1000")).body.items).toHaveLength(100);
    expect((await read("limit=0&offset=-5")).body).toMatchObject({ limit: 1, offset: 0 });
    expect((await read("sort=password")).status).toBe(400);
    expect((await read("status=deleted")).status).toBe(400);
    expect((await read("direction=sideways")).status).toBe(400);
    expect((await read("offset=ten")).status).toBe(400);
  });

  it("searches name and email case-insensitively and treats LIKE wildcards literally", async () => {
    const admin = orgAdmin();
    const byName = await admin.listCustomers({ search: "hOPPER" });
    expect(byName.items.map((c) => c.email)).toContain(grace.email);
    const byEmail = await admin.listCustomers({ search: "@EXAMPLE.COM", limit: 100 });
    expect(byEmail.total).toBeGreaterThan(10);
    expect(byEmail.items.every((c) => c.email.toLowerCase().includes("@example.com"))).toBe(true);
    expect((await admin.listCustomers({ search: "%" })).total).toBe(0);
    expect((await admin.listCustomers({ search: "_" })).total).toBe(0);
  });
});

describe("the server keeps secrets secret", () => {
  it("stores passwords only as salted scrypt hashes", async () => {
    await orgAdmin().changePassword(alan.id, "Same-passphrase-for-both");
    await orgAdmin().changePassword(katherine.id, "Same-passphrase-for-both");
    const { rows } = await server.database.query<{ password_hash: string }>(
      "SELECT password_hash FROM portal_customers WHERE id = ANY($1::text[]) ORDER BY id",
      [[alan.id, katherine.id]],
    );
    expect(rows).toHaveLength(2);
    for (const { password_hash } of rows) {
      expect(password_hash).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9+/=]{20,}\$[A-Za-z0-9+/=]{40,}$/);
      expect(password_hash).not.toContain("Same-passphrase");
    }
    expect(rows[0]?.password_hash).not.toBe(rows[1]?.password_hash);
  });

  it("logs one line per request without bodies, query strings or passwords", async () => {
    await orgAdmin().changePassword(ada.id, "Logged-nowhere-passphrase");
    await portalLogin(server, ada.email, "Logged-nowhere-passphrase");
    await orgAdmin().listCustomers({ search: "secret-search-term" });
    const log = server.logLines.join("\n");
    expect(log).toMatch(/PUT \/api\/admin\/customers\/cus-demo-ada\/password 204 \d+ms/);
    expect(log).toMatch(/POST \/api\/portal\/login 200/);
    expect(log).not.toContain("Logged-nowhere");
    expect(log).not.toContain("secret-search-term");
    expect(log).not.toContain(ada.email);
  });

  it("answers 429 with Retry-After after repeated failed log-ins", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push(await portalLogin(server, "nobody@example.com", `wrong-${i}`));
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
    const response = await api("/api/portal/login", { method: "POST", body: JSON.stringify({ email: "NOBODY@example.com", password: "x" }) });
    expect(response.status).toBe(429);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    await response.arrayBuffer();
  });
});

describe("HTTP details", () => {
  it("answers a CORS preflight from an allowed origin only", async () => {
    const allowed = await api("/api/admin/customers", { method: "OPTIONS", headers: { Origin: DEMO_ORIGIN } });
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get("access-control-allow-origin")).toBe(DEMO_ORIGIN);
    expect(allowed.headers.get("access-control-allow-headers")).toContain("Authorization");
    const other = await api("/api/admin/customers", { method: "OPTIONS", headers: { Origin: "https://evil.example" } });
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("answers unknown routes with 404 and wrong methods with 405, both in the error shape", async () => {
    const missing = await api("/api/nothing-here");
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { kind: "not-found" } });
    const wrong = await api("/api/admin/customers", { method: "DELETE", token: "demo-org-admin-centralized" });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get("allow")).toBe("GET");
    await wrong.arrayBuffer();
  });

  it("lists every demo identity for the demo's switcher", async () => {
    const response = await api("/api/demo/identities");
    const { identities } = (await response.json()) as { identities: { token: string; context: { role: string } }[] };
    expect(identities).toHaveLength(12);
    expect(identities.map((i) => i.token)).toContain("demo-org-admin-original-government");
  });
});

describe("openapi.yaml matches the server and the adapter", () => {
  // Paths sit at two spaces of indentation under `paths:`, their operations at four.
  const yaml = readFileSync(new URL("../../openapi.yaml", import.meta.url), "utf8");
  const paths = yaml.slice(yaml.indexOf("\npaths:"), yaml.indexOf("\ncomponents:"));
  const operations: [method: string, path: string][] = [];
  let current = "";
  for (const line of paths.split("\n")) {
    const path = /^ {2}(\/\S+):$/.exec(line);
    if (path) current = path[1] as string;
    const method = /^ {4}(get|put|post|patch|delete):$/.exec(line);
    if (method) operations.push([method[1]!.toUpperCase(), current]);
  }

  it("documents the thirteen operations (ten adapter calls, log-in, two demo extras)", () => {
    expect(operations).toHaveLength(13);
  });

  it("every documented operation is routed by the server", async () => {
    for (const [method, path] of operations) {
      const response = await api(path.replace("{customerId}", grace.id), {
        method,
        token: "demo-none-centralized", // read-only: mutations stop at 403, nothing changes
        body: method === "GET" || method === "DELETE" ? undefined : "{}",
      });
      expect([404, 405], `${method} ${path} answered ${response.status}`).not.toContain(response.status);
      await response.arrayBuffer();
    }
  });

  it("every request the adapter makes is a documented operation", async () => {
    const seen: string[] = [];
    const recording = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
      const url = new URL(String(input));
      seen.push(`${init.method} ${url.pathname.replace(/\/customers\/(?!bulk$|export$)[^/]+/, "/customers/{customerId}")}`);
      return new Response(null, { status: 500 });
    }) as typeof fetch;
    const adapter = createHttpAdapter({ baseUrl: "http://contract.test", fetch: recording });
    const calls = [
      () => adapter.getAdminContext(), () => adapter.listCustomers({}), () => adapter.changePassword("c", "Some-password-1"),
      () => adapter.updateDisplayName("c", "N"), () => adapter.migrateToAtlassianAccount("c"), () => adapter.revokeAccess("c"),
      () => adapter.grantAccess("c"), () => adapter.deleteCustomer("c"), () => adapter.bulkAction("delete", ["c"]),
      async () => {
        for await (const _batch of adapter.exportCustomers({}));
      },
    ];
    for (const call of calls) await call().catch(() => undefined);
    const documented = operations.map(([method, path]) => `${method} ${path}`);
    expect(seen).toHaveLength(10);
    for (const request of seen) expect(documented).toContain(request);
  });
});
