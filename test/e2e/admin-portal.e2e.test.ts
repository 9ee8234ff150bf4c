// The demo admin portal in Debian's Chromium against the reference server: what an admin
// does in the UI, checked on the customer's side (POST /api/portal/login) and in the API.
import { readFileSync } from "node:fs";
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from "playwright";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import type { PortalCustomer } from "../../src/domain";

const demoUrl = inject("demoUrl");
const apiUrl = inject("apiUrl");

const DEMO_PASSWORD = "correct-horse-battery";
const ORG_ADMIN = "demo-org-admin-centralized";
const SITE_ADMIN_CENTRALIZED = "demo-site-admin-centralized";

let browser: Browser;
let context: BrowserContext;
let page: Page;
let consoleProblems: string[];

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking"],
  });
});
afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
  consoleProblems = [];
  page.on("console", (message) => {
    // The browser logs every non-2xx response; the tests cause some on purpose.
    if ((message.type() === "error" || message.type() === "warning") && !message.text().startsWith("Failed to load resource")) {
      consoleProblems.push(`${message.type()}: ${message.text()}`);
    }
  });
  page.on("pageerror", (error) => consoleProblems.push(`page error: ${error.message}`));
});
afterEach(async () => {
  await context?.close();
  expect(consoleProblems).toEqual([]);
});

// ---- helpers ----

async function api(path: string, init: RequestInit & { token?: string } = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (init.token) headers.set("Authorization", `Bearer ${init.token}`);
  if (init.body) headers.set("Content-Type", "application/json");
  return fetch(`${apiUrl}${path}`, { ...init, headers });
}

/** The customer's own log-in; resolves to the HTTP status. */
async function portalLogin(email: string, password: string): Promise<number> {
  const response = await api("/api/portal/login", { method: "POST", body: JSON.stringify({ email, password }) });
  await response.arrayBuffer();
  return response.status;
}

/** The portal-only customers whose name or email contains `search`, as the API lists them. */
async function findCustomers(search: string): Promise<PortalCustomer[]> {
  const response = await api(`/api/admin/customers?search=${encodeURIComponent(search)}&limit=100`, { token: ORG_ADMIN });
  return ((await response.json()) as { items: PortalCustomer[] }).items;
}

/** Generated customers nobody else touches: the newest by creation date, skipping `skip`. */
async function newestCustomers(count: number, skip: number): Promise<PortalCustomer[]> {
  const response = await api(`/api/admin/customers?sort=createdAt&direction=desc&status=active&offset=${skip}&limit=${count}`, { token: ORG_ADMIN });
  return ((await response.json()) as { items: PortalCustomer[] }).items;
}

/** A search (a generated email's name part) that matches 2 to 6 customers, all active and untouched. */
async function smallGroup(): Promise<{ search: string; targets: PortalCustomer[] }> {
  const response = await api("/api/admin/customers?sort=email&direction=asc&offset=300&limit=100", { token: ORG_ADMIN });
  const tried = new Set<string>();
  for (const customer of ((await response.json()) as { items: PortalCustomer[] }).items) {
    const search = customer.email.split("@")[0]!.replace(/\d+$/, "");
    if (tried.has(search)) continue;
    tried.add(search);
    const matches = await findCustomers(search);
    if (matches.length >= 2 && matches.length <= 6 && matches.every((c) => c.status === "active" && c.email.startsWith(search))) {
      return { search, targets: matches };
    }
  }
  throw new Error("The seeded data has no small group of active customers to act on.");
}

async function openAs(role: string, experience: string, environment = "commercial"): Promise<void> {
  await page.goto(`${demoUrl}/?role=${role}&experience=${experience}&environment=${environment}`);
  await page.getByRole("table").waitFor();
}

/** Types into the table's filter and waits until the only rows are those for `customer`. */
async function filterTo(customer: Pick<PortalCustomer, "email" | "displayName">): Promise<Locator> {
  await page.getByLabel("Filter by name or email").pressSequentially(customer.email);
  const rows = page.getByRole("row").filter({ hasText: customer.email });
  // Typing, the debounce and the server's answer: on a loaded machine this takes longer than poll's default 5 s.
  await expect.poll(() => page.locator("tbody tr").count(), { timeout: 20_000 }).toBe(1);
  await rows.first().waitFor();
  return rows.first();
}

/** Opens the row's "More options" menu and picks `action`; resolves to the dialog it opens. */
async function runFromMenu(customer: Pick<PortalCustomer, "displayName">, action: string, dialogName: string | RegExp): Promise<Locator> {
  await page.getByRole("button", { name: `More options for ${customer.displayName}` }).click();
  await page.getByRole("menuitem", { name: action }).click();
  const dialog = page.getByRole(action === "Delete account" ? "alertdialog" : "dialog", { name: dialogName });
  await dialog.waitFor();
  return dialog;
}

const status = (text: string) => page.getByText(text, { exact: true });

// ---- the tests ----

describe("an organization admin in the centralized experience", () => {
  it("changes a customer's password in the UI: the new one logs in, the old one no longer does", async () => {
    const grace = (await findCustomers("grace.hopper@example.com"))[0]!;
    expect(await portalLogin(grace.email, DEMO_PASSWORD)).toBe(200);
    await openAs("org-admin", "centralized");
    await page.getByText("Centralized user management").first().waitFor(); // the ExperienceBadge in the header
    await filterTo(grace);

    const dialog = await runFromMenu(grace, "Change password", "Change password");
    const newPassword = "Lighthouse-keeper-42";
    await dialog.getByLabel("New password", { exact: true }).pressSequentially(newPassword);
    await dialog.getByLabel("Confirm password").pressSequentially(newPassword);
    await dialog.getByRole("button", { name: "Save password" }).click();
    await dialog.waitFor({ state: "detached" });
    await status("Password changed for Grace Hopper.").waitFor({ state: "attached" });

    expect(await portalLogin(grace.email, newPassword)).toBe(200);
    expect(await portalLogin(grace.email, DEMO_PASSWORD)).toBe(401);
    // Nothing of the password is left in the page, its address or its storage.
    expect(await page.content()).not.toContain(newPassword);
    expect(page.url()).not.toContain(newPassword);
    expect(await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }))).not.toContain(newPassword);
  });

  it("revokes access (the customer can't log in) and grants it again (the same password works)", async () => {
    const alan = (await findCustomers("alan.turing@example.com"))[0]!;
    await openAs("org-admin", "centralized");
    const row = await filterTo(alan);

    const revoke = await runFromMenu(alan, "Revoke access", "Revoke access?");
    await revoke.getByRole("button", { name: "Revoke access" }).click();
    await revoke.waitFor({ state: "detached" });
    await row.getByText("Access revoked").waitFor();
    expect(await portalLogin(alan.email, DEMO_PASSWORD)).toBe(401);

    const grant = await runFromMenu(alan, "Grant access", "Grant access?");
    await grant.getByRole("button", { name: "Grant access" }).click();
    await grant.waitFor({ state: "detached" });
    await row.getByText("Active", { exact: true }).waitFor();
    expect(await portalLogin(alan.email, DEMO_PASSWORD)).toBe(200);
  });

  it("deletes and migrates customers: they leave the table and the API's portal-only list", async () => {
    const [doomed, mover] = (await newestCustomers(2, 0)) as [PortalCustomer, PortalCustomer];
    await openAs("org-admin", "centralized");

    await filterTo(doomed);
    const remove = await runFromMenu(doomed, "Delete account", "Delete account?");
    await remove.getByLabel(`Type ${doomed.email} to confirm`).pressSequentially(doomed.email);
    await remove.getByRole("button", { name: "Delete" }).click();
    await remove.waitFor({ state: "detached" });
    await page.getByText("No customers match your filters").waitFor();
    expect(await findCustomers(doomed.email)).toEqual([]);

    await page.getByLabel("Filter by name or email").fill("");
    await filterTo(mover);
    const migrate = await runFromMenu(mover, "Migrate to Atlassian account", "Migrate to an Atlassian account?");
    await migrate.getByRole("button", { name: "Migrate" }).click();
    await migrate.waitFor({ state: "detached" });
    await page.getByText("No customers match your filters").waitFor();
    expect(await findCustomers(mover.email)).toEqual([]);
    const gone = await api(`/api/admin/customers/${encodeURIComponent(mover.id)}/revoke`, { method: "POST", token: ORG_ADMIN });
    expect(gone.status).toBe(404);
    await gone.arrayBuffer();
  });

  it("shows a server error in the dialog and keeps what was typed, so Save can be retried", async () => {
    const ada = (await findCustomers("ada.lovelace@example.com"))[0]!;
    await openAs("org-admin", "centralized");
    await filterTo(ada);
    let failures = 0;
    await page.route("**/api/admin/customers/*/password", async (route) => {
      failures++;
      await route.fulfill({
        status: 503,
        contentType: "application/json",
        body: JSON.stringify({ error: { kind: "unavailable", message: "Maintenance window." } }),
      });
    });

    const dialog = await runFromMenu(ada, "Change password", "Change password");
    const newPassword = "Analytical-engine-1843";
    await dialog.getByLabel("New password", { exact: true }).pressSequentially(newPassword);
    await dialog.getByLabel("Confirm password").pressSequentially(newPassword);
    await dialog.getByRole("button", { name: "Save password" }).click();
    const alert = dialog.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toContain("The service is temporarily unavailable. Try again in a few minutes.");
    expect(failures).toBe(1);
    expect(await dialog.getByLabel("New password", { exact: true }).inputValue()).toBe(newPassword);
    expect(await dialog.getByLabel("Confirm password").inputValue()).toBe(newPassword);
    expect(await portalLogin(ada.email, newPassword)).toBe(401);

    // The outage ends: the same input saves.
    await page.unroute("**/api/admin/customers/*/password");
    await dialog.getByRole("button", { name: "Save password" }).click();
    await dialog.waitFor({ state: "detached" });
    expect(await portalLogin(ada.email, newPassword)).toBe(200);
  });
});

describe("bulk actions and export go through the HTTP adapter's own paths", () => {
  it("revokes the selected customers with one bulk request, and blocks their log-in", async () => {
    const { search, targets } = await smallGroup();
    // Give them passwords, to see the revoke on the customer's side.
    for (const customer of targets) {
      const response = await api(`/api/admin/customers/${customer.id}/password`, {
        method: "PUT", token: ORG_ADMIN, body: JSON.stringify({ newPassword: "Bulk-test-passphrase" }),
      });
      expect(response.status).toBe(204);
    }
    const requests: string[] = [];
    await openAs("org-admin", "centralized");
    page.on("request", (request) => requests.push(`${request.method()} ${new URL(request.url()).pathname}`));
    await page.getByLabel("Filter by name or email").pressSequentially(search);
    await expect.poll(() => page.locator("tbody tr").count()).toBe(targets.length);

    await page.getByRole("checkbox", { name: "Select all on this page" }).check();
    const bar = page.getByRole("region", { name: "Bulk actions" });
    await bar.getByText(`${targets.length} customers selected`).waitFor();
    await bar.getByRole("button", { name: "Revoke access" }).click();
    const dialog = page.getByRole("dialog", { name: `Revoke access for ${targets.length} customers?` });
    await dialog.getByRole("button", { name: "Revoke access" }).click();
    // The same dialog now shows the result summary (its title changes), then closes.
    const summary = page.getByRole("dialog", { name: "Bulk action finished" });
    await summary.getByText(`Access revoked for ${targets.length} customers.`).waitFor();
    await summary.getByRole("button", { name: "Close" }).click();
    await summary.waitFor({ state: "detached" });
    // The rows follow.
    for (const customer of targets) {
      await page.getByRole("row").filter({ hasText: customer.email }).getByText("Access revoked").waitFor();
    }

    expect(requests.filter((r) => r === "POST /api/admin/customers/bulk")).toHaveLength(1);
    expect(requests.some((r) => r.endsWith("/revoke"))).toBe(false);
    for (const customer of targets) {
      expect((await findCustomers(customer.email))[0]?.status).toBe("revoked");
      expect(await portalLogin(customer.email, "Bulk-test-passphrase")).toBe(401);
    }
  });

  it("exports every customer matching the filter as a CSV, streamed from the export endpoint", async () => {
    let search = "";
    let total = 0;
    for (search of ["an", "ar", "el", "e"]) {
      total = ((await (await api(`/api/admin/customers?search=${search}&limit=1`, { token: ORG_ADMIN })).json()) as { total: number }).total;
      if (total > 100) break;
    }
    expect(total).toBeGreaterThan(100); // more than one export batch
    await openAs("site-admin", "centralized"); // read-only viewers may export too
    const requests: string[] = [];
    page.on("request", (request) => requests.push(new URL(request.url()).pathname));
    await page.getByLabel("Filter by name or email").pressSequentially(search);
    await page.getByText(`of ${total.toLocaleString("en")}`, { exact: false }).waitFor();

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export customers" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^portal-customers-.*\.csv$/);
    const path = await download.path();
    const csv = readFileSync(path, "utf8");
    const lines = csv.trim().split(/\r\n/);
    expect(lines).toHaveLength(total + 1);
    expect(lines.slice(1).every((line) => line.toLowerCase().includes(search))).toBe(true);
    expect(requests).toContain("/api/admin/customers/export");
  });
});

describe("a site admin in the centralized experience cannot change anything", () => {
  it("in the UI: every action in the row's menu is disabled, with the reason", async () => {
    const katherine = (await findCustomers("katherine.johnson@example.com"))[0]!;
    await openAs("site-admin", "centralized");
    await page.getByText("Read-only").first().waitFor();
    await filterTo(katherine);
    await page.getByRole("button", { name: `More options for ${katherine.displayName}` }).click();
    const items = page.getByRole("menuitem");
    await items.first().waitFor();
    const names = await items.allTextContents();
    expect(names.length).toBeGreaterThanOrEqual(5);
    for (let i = 0; i < names.length; i++) expect(await items.nth(i).getAttribute("aria-disabled"), names[i]).toBe("true");
    await page.getByRole("menu").getByText("In the centralized experience only organization admins", { exact: false }).waitFor();
    // Choosing one anyway opens nothing.
    await page.getByRole("menuitem", { name: "Grant access" }).click({ force: true });
    expect(await page.getByRole("dialog").count()).toBe(0);
    await page.keyboard.press("Escape");
    expect(await page.getByRole("checkbox").count()).toBe(0); // no bulk selection either
  });

  it("by calling the API directly: 403 for every change, forbidden for every bulk id, nothing changed", async () => {
    const katherine = (await findCustomers("katherine.johnson@example.com"))[0]!;
    const base = `/api/admin/customers/${katherine.id}`;
    const attempts: [string, string, unknown?][] = [
      ["PUT", `${base}/password`, { newPassword: "Site-admin-was-here-1" }],
      ["PATCH", base, { displayName: "Renamed" }],
      ["POST", `${base}/grant`],
      ["POST", `${base}/revoke`],
      ["POST", `${base}/migrate`],
      ["DELETE", base],
    ];
    for (const [method, path, body] of attempts) {
      const response = await api(path, { method, token: SITE_ADMIN_CENTRALIZED, body: body === undefined ? undefined : JSON.stringify(body) });
      expect(response.status, `${method} ${path}`).toBe(403);
      expect(await response.json()).toMatchObject({ error: { kind: "forbidden" } });
    }
    const bulk = await api("/api/admin/customers/bulk", {
      method: "POST",
      token: SITE_ADMIN_CENTRALIZED,
      body: JSON.stringify({ action: "delete", customerIds: [katherine.id] }),
    });
    expect(await bulk.json()).toMatchObject({ succeeded: [], failed: [{ customerId: katherine.id, error: { kind: "forbidden" } }] });
    expect(await findCustomers(katherine.email)).toEqual([katherine]);
    expect(await portalLogin(katherine.email, "Site-admin-was-here-1")).toBe(401);
  });
});

describe("the identity switcher", () => {
  it("re-creates the adapter: switching to the original experience reloads the navigation and enables the actions", async () => {
    await openAs("site-admin", "centralized");
    await page.getByText("Read-only").first().waitFor();
    await page.getByLabel("Experience").selectOption("original");
    await page.getByText("Original user management").first().waitFor();
    expect(page.url()).toContain("experience=original");
    expect(page.url()).not.toContain("demo-");
    await expect.poll(() => page.getByText("Read-only", { exact: true }).count()).toBe(0);
    await page.getByRole("button", { name: /^More options for / }).first().click();
    expect(await page.getByRole("menuitem", { name: "Change password" }).getAttribute("aria-disabled")).toBeNull();
  });
});

describe("the language select", () => {
  it("loads a translation on demand: Arabic is right to left, kept in the URL, and English again has no trace of it", async () => {
    await openAs("org-admin", "centralized");
    await page.getByLabel("Language").selectOption("ar");
    const heading = page.getByRole("heading", { level: 1, name: "عملاء البوابة فقط" });
    await heading.waitFor();
    expect(await page.locator(".pca-customers-page").getAttribute("dir")).toBe("rtl");
    expect(await page.locator(".pca-customers-page").getAttribute("lang")).toBe("ar");
    expect(page.url()).toContain("lang=ar");
    await page.reload();
    await heading.waitFor();
    await page.getByLabel("Language").selectOption("en");
    await page.getByRole("heading", { level: 1, name: "Portal-only customers" }).waitFor();
    expect(await page.locator(".pca-customers-page").getAttribute("dir")).toBe("ltr");
    expect(page.url()).not.toContain("lang=");
  });
});

describe("the demo keeps the table's query in the URL", () => {
  const names = () => page.locator("tbody tr th[scope=row]").allTextContents();
  const range = () => page.locator(".pca-customer-table__range").textContent();

  it("filter, sort, page 2, reload: the same rows; Back restores each earlier step", async () => {
    await openAs("org-admin", "centralized");
    await page.locator("tbody tr th[scope=row]").first().waitFor();
    const unfiltered = await names();

    await page.getByLabel("Filter by name or email").pressSequentially("an");
    await expect.poll(() => new URL(page.url()).searchParams.get("search")).toBe("an");
    await expect.poll(names).not.toEqual(unfiltered);
    const filtered = await names();
    expect(filtered.length).toBe(25);

    await page.getByRole("button", { name: "Last active" }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("sort")).toBe("lastActiveAt");
    await expect.poll(names).not.toEqual(filtered);
    const sorted = await names();

    await page.getByRole("button", { name: "Next page" }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("offset")).toBe("25");
    await expect.poll(range).toMatch(/^Showing 26–50 of /);
    const secondPage = await names();
    const secondRange = await range();

    await page.reload();
    await expect.poll(names).toEqual(secondPage);
    expect(await range()).toBe(secondRange);
    expect(await page.getByLabel("Filter by name or email").inputValue()).toBe("an");
    expect(await page.getByRole("columnheader", { name: "Last active" }).getAttribute("aria-sort")).toBe("descending");
    // The demo's own parameters are still there next to the table's.
    expect(new URL(page.url()).searchParams.get("role")).toBe("org-admin");

    await page.goBack();
    await expect.poll(names).toEqual(sorted);
    await page.goBack();
    await expect.poll(names).toEqual(filtered);
    expect(new URL(page.url()).searchParams.get("sort")).toBeNull();
    await page.goBack();
    await expect.poll(names).toEqual(unfiltered);
    expect(await page.getByLabel("Filter by name or email").inputValue()).toBe("");
  });
});
