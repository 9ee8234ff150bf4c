// Log-in throttling: per client address and email, with entries that expire (an injected clock).
import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLoginThrottle } from "../../examples/server/throttle";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, startTestServer } from "./helpers";

describe("createLoginThrottle", () => {
  it("allows 10 failures per address and email in a window, then says how long to wait", () => {
    let now = 1_000_000;
    const throttle = createLoginThrottle({ now: () => now });
    for (let i = 0; i < 10; i++) {
      expect(throttle.retryAfter("10.0.0.1", "a@example.com")).toBe(0);
      throttle.fail("10.0.0.1", "a@example.com");
    }
    expect(throttle.retryAfter("10.0.0.1", "a@example.com")).toBe(60);
    // Another address is not locked out of that email, nor is that address out of other emails.
    expect(throttle.retryAfter("10.0.0.2", "a@example.com")).toBe(0);
    expect(throttle.retryAfter("10.0.0.1", "b@example.com")).toBe(0);
    now += 45_000;
    expect(throttle.retryAfter("10.0.0.1", "a@example.com")).toBe(15);
    now += 15_000;
    expect(throttle.retryAfter("10.0.0.1", "a@example.com")).toBe(0);
  });

  it("limits one address across many emails", () => {
    const now = 0;
    const throttle = createLoginThrottle({ now: () => now, perAddress: 5 });
    for (let i = 0; i < 5; i++) throttle.fail("10.0.0.9", `user${i}@example.com`);
    expect(throttle.retryAfter("10.0.0.9", "fresh@example.com")).toBe(60);
    expect(throttle.retryAfter("10.0.0.8", "fresh@example.com")).toBe(0);
  });

  it("forgets expired entries, and never holds more than maxEntries", () => {
    let now = 0;
    const throttle = createLoginThrottle({ now: () => now, maxEntries: 100 });
    for (let i = 0; i < 1000; i++) throttle.fail(`10.0.${i >> 8}.${i & 255}`, `user${i}@example.com`);
    expect(throttle.size()).toBeLessThanOrEqual(100);
    now += 60_001;
    throttle.retryAfter("10.9.9.9", "x@example.com");
    expect(throttle.size()).toBe(0);
  });

  it("clears an email's count for that address after a successful log-in", () => {
    const throttle = createLoginThrottle({ now: () => 0 });
    for (let i = 0; i < 9; i++) throttle.fail("10.0.0.1", "a@example.com");
    throttle.succeed("10.0.0.1", "a@example.com");
    throttle.fail("10.0.0.1", "a@example.com");
    expect(throttle.retryAfter("10.0.0.1", "a@example.com")).toBe(0);
  });
});

describe("the server's log-in throttle", () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let now = 5_000_000;
  beforeAll(async () => {
    server = await startTestServer({ seed: 10, loginThrottle: { now: () => now } });
  });
  afterAll(() => server?.close());

  /** A log-in sent from `localAddress` (any 127.x.y.z reaches the loopback server). */
  function loginFrom(localAddress: string, email: string, password: string): Promise<{ status: number; retryAfter?: string }> {
    const url = new URL(server.url);
    const body = JSON.stringify({ email, password });
    return new Promise((resolve, reject) => {
      const req = httpRequest(
        { host: url.hostname, port: url.port, localAddress, agent: false, method: "POST", path: "/api/portal/login", headers: { "Content-Type": "application/json" } },
        (res) => {
          res.resume();
          res.on("end", () => resolve({ status: res.statusCode ?? 0, retryAfter: res.headers["retry-after"] as string | undefined }));
        },
      );
      req.on("error", reject);
      req.end(body);
    });
  }

  it("an attacker's failures don't lock the customer out from their own address, and the lock expires", async () => {
    const grace = DEMO_ACCOUNTS[0]!;
    for (let i = 0; i < 10; i++) expect((await loginFrom("127.0.0.2", grace.email, `wrong-${i}`)).status).toBe(401);
    const locked = await loginFrom("127.0.0.2", grace.email, DEMO_PASSWORD);
    expect(locked).toMatchObject({ status: 429, retryAfter: "60" });
    expect((await loginFrom("127.0.0.3", grace.email, DEMO_PASSWORD)).status).toBe(200);
    now += 60_000;
    expect((await loginFrom("127.0.0.2", grace.email, DEMO_PASSWORD)).status).toBe(200);
  });
});
