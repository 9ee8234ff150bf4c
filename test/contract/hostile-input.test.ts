// Every bad input the server reads is refused with the documented status and error body
// before it reaches the database, and nothing changes.
import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer } from "./helpers";

let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer({ seed: 200 });
});
afterAll(() => server?.close());

const TOKEN = "demo-org-admin-centralized";
const GRACE = "cus-demo-grace";

/** Every row, every column: what "nothing changed" compares. */
async function snapshot(): Promise<string> {
  const { rows } = await server.database.query(
    `SELECT id, display_name, email, name_key, email_key, status, account_type, password_hash, last_active_at FROM portal_customers ORDER BY id`,
  );
  return JSON.stringify(rows);
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
}

/** One request over a fresh connection, with full control of the path, headers and body bytes. */
function raw(method: string, path: string, options: { headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<Answer> {
  const url = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: url.hostname, port: url.port, method, path, agent: false, headers: { Authorization: `Bearer ${TOKEN}`, ...options.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          let body: unknown = text;
          try {
            body = JSON.parse(text);
          } catch {
            // not JSON: the assertion on the body says so
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
        });
      },
    );
    req.on("error", reject);
    req.end(options.body);
  });
}

const json = (value: unknown) => ({ headers: { "Content-Type": "application/json" }, body: JSON.stringify(value) });

/** Sends the request and asserts status, the documented error body and that no row changed. */
async function refused(
  method: string,
  path: string,
  options: { headers?: Record<string, string>; body?: string | Buffer },
  expected: { status: number; field?: string; code?: string },
): Promise<Answer> {
  const before = await snapshot();
  const answer = await raw(method, path, options);
  expect(answer.status).toBe(expected.status);
  expect(answer.body).toMatchObject({ error: { kind: "validation", message: expect.any(String) } });
  if (expected.field) {
    expect(answer.body).toMatchObject({
      error: { fieldErrors: { [expected.field]: expect.any(String) }, fieldErrorCodes: { [expected.field]: { code: expected.code } } },
    });
  }
  expect(await snapshot()).toBe(before);
  return answer;
}

describe("NUL characters are refused everywhere, never a 500", () => {
  it("in a path id", async () => {
    await refused("PATCH", `/api/admin/customers/${GRACE}%00`, json({ displayName: "X" }), { status: 400, field: "customerId", code: "invalid_characters" });
    await refused("DELETE", "/api/admin/customers/%00", {}, { status: 400, field: "customerId", code: "invalid_characters" });
    await refused("POST", `/api/admin/customers/a%00b/revoke`, {}, { status: 400, field: "customerId", code: "invalid_characters" });
  });

  it("in a display name", async () => {
    await refused("PATCH", `/api/admin/customers/${GRACE}`, json({ displayName: "A\u0000B" }), { status: 422, field: "displayName", code: "invalid_characters" });
  });

  it("in a search, for the list and the export (which answers a JSON error, not an empty 200)", async () => {
    await refused("GET", "/api/admin/customers?search=%00", {}, { status: 400, field: "search", code: "invalid_characters" });
    const exported = await refused("GET", "/api/admin/customers/export?search=a%00", {}, { status: 400, field: "search", code: "invalid_characters" });
    expect(exported.headers["content-type"]).toContain("application/json");
  });

  it("in a bulk id", async () => {
    await refused("POST", "/api/admin/customers/bulk", json({ action: "delete", customerIds: [GRACE, "x\u0000"] }), {
      status: 422, field: "customerIds", code: "invalid_characters",
    });
  });

  it("in a log-in email", async () => {
    await refused("POST", "/api/portal/login", json({ email: "grace.hopper@example.com\u0000", password: "whatever-123" }), {
      status: 422, field: "email", code: "invalid_characters",
    });
  });
});

describe("text is stored as sent or refused, never silently changed", () => {
  it("refuses a lone surrogate (a JSON escape) in a display name", async () => {
    await refused("PATCH", `/api/admin/customers/${GRACE}`, {
      headers: { "Content-Type": "application/json" },
      body: '{"displayName":"Bad \\ud800 Surrogate"}',
    }, { status: 422, field: "displayName", code: "invalid_characters" });
  });

  it("refuses a body that is not valid UTF-8", async () => {
    const body = Buffer.concat([Buffer.from('{"displayName":"Bad '), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('"}')]);
    await refused("PATCH", `/api/admin/customers/${GRACE}`, { headers: { "Content-Type": "application/json" }, body }, { status: 400 });
  });

  it("refuses names that are blank once zero-width and format characters are removed", async () => {
    for (const name of ["\u200b", "\u200c\u200d", "\u2060", " \u200b \u202e "]) {
      await refused("PATCH", `/api/admin/customers/${GRACE}`, json({ displayName: name }), { status: 422, field: "displayName", code: "blank" });
    }
  });

  it("counts password length in code points, like checkPassword", async () => {
    await refused("PUT", `/api/admin/customers/${GRACE}/password`, json({ newPassword: "🔑".repeat(4) }), {
      status: 422, field: "newPassword", code: "too_short",
    });
    const accepted = await raw("PUT", `/api/admin/customers/${GRACE}/password`, json({ newPassword: "🔑".repeat(51) }));
    expect(accepted.status).toBe(204);
  });
});

describe("numbers and sizes are bounded", () => {
  it("refuses offsets and limits beyond the documented bound with 400", async () => {
    for (const query of ["offset=9223372036854775807", "offset=99999999999999999999999", "offset=1000000001", "limit=9223372036854775808", "offset=1e3", "offset=%2B5"]) {
      await refused("GET", `/api/admin/customers?${query}`, {}, { status: 400 });
    }
    const tooLarge = await raw("GET", "/api/admin/customers?offset=9223372036854775807");
    expect(tooLarge.body).toMatchObject({ error: { fieldErrorCodes: { offset: { code: "too_large", params: { max: 1_000_000_000 } } } } });
  });

  it("reads an offset of many zeros as 0 and clamps a negative one", async () => {
    const zeros = await raw("GET", `/api/admin/customers?offset=${"0".repeat(400)}&limit=0000005`);
    expect(zeros.status).toBe(200);
    expect(zeros.body).toMatchObject({ offset: 0, limit: 5 });
    const negative = await raw("GET", "/api/admin/customers?offset=-99999999999999999999");
    expect(negative.body).toMatchObject({ offset: 0 });
  });

  it("refuses an oversized id with 400 and an oversized URL with 414, both with the error body", async () => {
    await refused("DELETE", `/api/admin/customers/${"x".repeat(300)}`, {}, { status: 400, field: "customerId", code: "too_long" });
    await refused("DELETE", `/api/admin/customers/${"x".repeat(20_000)}`, {}, { status: 414 });
  });

  it("answers oversized headers with 431 and the error body", async () => {
    const answer = await refused("GET", "/api/admin/customers", { headers: { "X-Padding": "x".repeat(40_000) } }, { status: 431 });
    expect(answer.headers.connection).toBe("close");
  });

  it("answers a body over the limit with 413 and closes that connection, so the next request works", async () => {
    const before = await snapshot();
    const big = JSON.stringify({ displayName: "x".repeat(1_200_000) });
    const response = await fetch(`${server.url}/api/admin/customers/${GRACE}`, {
      method: "PATCH",
      headers: { Authorization: `Bearer ${TOKEN}`, "Content-Type": "application/json" },
      body: big,
    });
    expect(response.status).toBe(413);
    expect(response.headers.get("connection")).toBe("close");
    expect(await response.json()).toMatchObject({ error: { kind: "validation" } });
    // The pooled client must not reuse the closed connection.
    const next = await fetch(`${server.url}/api/admin/customers?limit=1`, { headers: { Authorization: `Bearer ${TOKEN}` } });
    expect(next.status).toBe(200);
    await next.arrayBuffer();
    expect(await snapshot()).toBe(before);
  });
});

describe("bodies must be JSON", () => {
  it("refuses a PATCH, PUT or POST body without Content-Type: application/json (415)", async () => {
    const body = JSON.stringify({ displayName: "Plain Text" });
    await refused("PATCH", `/api/admin/customers/${GRACE}`, { headers: { "Content-Type": "text/plain" }, body }, { status: 415 });
    await refused("PATCH", `/api/admin/customers/${GRACE}`, { body }, { status: 415 });
    await refused("PUT", `/api/admin/customers/${GRACE}/password`, { headers: { "Content-Type": "text/plain" }, body: '{"newPassword":"A-long-password-1"}' }, { status: 415 });
    await refused("POST", "/api/admin/customers/bulk", { headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: "action=delete" }, { status: 415 });
    const ok = await raw("PATCH", `/api/admin/customers/${GRACE}`, { headers: { "Content-Type": "application/json; charset=utf-8" }, body });
    expect(ok.status).toBe(200);
  });
});
