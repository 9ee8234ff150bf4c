import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkAdapterContract } from "../../src/testing";
import { adapterFor, startTestServer } from "./helpers";

let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const failures = (report: Awaited<ReturnType<typeof checkAdapterContract>>) =>
  report.results.filter((r) => !r.ok).map((r) => `${r.name}: ${r.message}`);

describe("the HTTP adapter against the reference server passes checkAdapterContract", () => {
  // Read-only viewers first: their mutation checks expect "forbidden" and change nothing.
  it.each([
    ["a site admin in the centralized experience", "demo-site-admin-centralized"],
    ["a viewer without an admin role", "demo-none-original"],
    ["an organization admin in the Government environment", "demo-org-admin-centralized-government"],
    ["a site admin in the original experience", "demo-site-admin-original"],
    ["an organization admin in the centralized experience", "demo-org-admin-centralized"],
  ])("as %s, including mutations", async (_who, token) => {
    const report = await checkAdapterContract(adapterFor(server, token), { mutations: true });
    expect(failures(report)).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.results.length).toBeGreaterThan(15);
  });
});
