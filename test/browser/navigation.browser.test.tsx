import { configure, render, screen, waitFor, within } from "@testing-library/react";
import axe from "axe-core";
import { describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import {
  AdapterError, AdminBreadcrumbs, AdminNavigation, ExperienceBadge, ExperienceGuide, PortalCustomerAdminProvider,
  type AdminContext,
} from "../../src";
import { createMemoryAdapter, type MemoryAdapterOptions } from "../../src/testing";
import "../../src/styles.css";

// The machine is shared and slow at times: give findBy/waitFor more room than 1 s.
configure({ asyncUtilTimeout: 4000 });

/** A host admin page: the badge in the header, the navigation beside the main content. */
async function setup(context: Partial<AdminContext> = {}, options: Partial<MemoryAdapterOptions> = {}) {
  await page.viewport(1100, 800);
  const adapter = createMemoryAdapter({ customers: 0, context, ...options });
  render(
    <PortalCustomerAdminProvider adapter={adapter} locale="en">
      <header style={{ display: "flex", justifyContent: "space-between" }}>
        <p>Host admin</p>
        <ExperienceBadge />
      </header>
      <div style={{ display: "grid", gridTemplateColumns: "280px 1fr", gap: 24 }}>
        <AdminNavigation />
        <main>
          <AdminBreadcrumbs />
          <h1>Portal-only customers</h1>
          <ExperienceGuide action="changePassword" />
        </main>
      </div>
    </PortalCustomerAdminProvider>,
  );
}

async function expectNoAxeViolations() {
  // Wait for finite animations (chevrons); the loading skeleton pulses forever.
  const finite = document.getAnimations().filter((a) => Number.isFinite(a.effect?.getComputedTiming().endTime ?? 0));
  await Promise.all(finite.map((a) => a.finished));
  const { violations } = await axe.run(document, { resultTypes: ["violations"] });
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

const nav = () => screen.getByRole("navigation", { name: "Admin" });
const focused = () => document.activeElement as HTMLElement;

describe("Navigation components in Chromium", { timeout: 20_000 }, () => {
  it("centralized: keyboard through the navigation's groups and links; no axe violations", async () => {
    await setup({ experience: "centralized", role: "org-admin" });
    const current = await within(nav()).findByRole("link", { name: "Portal-only customers" });
    await expectNoAxeViolations();

    const directory = within(nav()).getByRole("button", { name: "Directory" });
    directory.focus();
    expect(getComputedStyle(directory).outlineStyle).toBe("solid"); // visible keyboard focus
    await userEvent.keyboard("{Enter}");
    expect(directory).toHaveAttribute("aria-expanded", "true");
    await userEvent.tab();
    expect(focused()).toHaveAccessibleName("Users");
    await userEvent.tab();
    expect(focused()).toHaveAccessibleName("Groups");
    await userEvent.tab();
    const products = within(nav()).getByRole("button", { name: "Products" });
    expect(products).toHaveFocus();
    // Space closes it: its links leave the tab order, so Tab goes on to the breadcrumbs.
    await userEvent.keyboard(" ");
    expect(products).toHaveAttribute("aria-expanded", "false");
    expect(current).not.toBeVisible();
    await userEvent.tab();
    expect(screen.getByRole("navigation", { name: "Breadcrumbs" })).toContainElement(focused());
    await userEvent.tab({ shift: true });
    expect(products).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    for (const name of ["Sites and products", "Acme Help Center", "Jira Service Management", "Portal-only customers"]) {
      await userEvent.tab();
      expect(focused()).toHaveAccessibleName(name);
    }
    expect(focused()).toBe(current);
    expect(current).toHaveAttribute("aria-current", "page");
    await expectNoAxeViolations();
  });

  it("original: the site's admin, Products and User management; the guide's tabs by arrow keys; no axe violations", async () => {
    await setup({ experience: "original", role: "site-admin" });
    const site = await within(nav()).findByRole("link", { name: "Acme Help Center" });
    expect(within(nav()).queryByRole("button", { name: "Directory" })).toBeNull();
    site.focus();
    for (const name of ["Products", "Jira Service Management", "Portal-only customers", "User management"]) {
      await userEvent.tab();
      expect(focused()).toHaveAccessibleName(name);
    }
    await userEvent.keyboard("{Enter}");
    expect(focused()).toHaveAttribute("aria-expanded", "true");
    await userEvent.tab();
    expect(focused()).toHaveAccessibleName("Users");
    await expectNoAxeViolations();

    const mine = screen.getByRole("tab", { name: "Original experience (yours)" });
    expect(mine).toHaveAttribute("aria-selected", "true");
    mine.focus();
    await userEvent.keyboard("{ArrowLeft}");
    const centralized = screen.getByRole("tab", { name: "Centralized experience" });
    expect(centralized).toHaveFocus();
    expect(centralized).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("tabpanel")).toHaveTextContent("Select Products > Sites and products.");
    await userEvent.click(screen.getByText("Which experience do I have?"));
    expect(screen.getByText(/If the Users and Groups lists are there/)).toBeVisible();
    await expectNoAxeViolations();
  });

  it("read-only viewer in the Government environment: badge, guide and navigation pass axe", async () => {
    await setup({ experience: "centralized", role: "none", environment: "government" });
    await screen.findByText("Read-only");
    expect(screen.getByRole("tabpanel")).toHaveTextContent("Change password isn't available in the Government environment.");
    await expectNoAxeViolations();
  });

  it("loading state: a labelled skeleton that passes axe", async () => {
    await setup({}, { latency: 60_000 });
    expect(within(nav()).getByRole("status")).toHaveTextContent("Loading admin navigation…");
    await expectNoAxeViolations();
  });

  it("error state: alert, Retry by keyboard, then the navigation", async () => {
    let failures = 1;
    await setup({}, { fail: (m) => (m === "getAdminContext" && failures-- > 0 ? new AdapterError("network", "offline") : undefined) });
    const alerts = await screen.findAllByRole("alert");
    expect(alerts.length).toBeGreaterThan(0);
    await expectNoAxeViolations();
    within(nav()).getByRole("button", { name: "Retry" }).focus();
    await userEvent.keyboard("{Enter}");
    await waitFor(() => expect(within(nav()).getByRole("link", { name: "Portal-only customers" })).toHaveAttribute("aria-current", "page"));
    expect(screen.queryByRole("alert")).toBeNull();
  });
});
