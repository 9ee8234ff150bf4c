import { configure, render, screen, waitFor, within } from "@testing-library/react";
import axe from "axe-core";
import { describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import { CustomerTable } from "../../src/components/CustomerTable";
import { PortalCustomersPage } from "../../src/components/PortalCustomersPage";
import { PortalCustomerAdminProvider } from "../../src/data/PortalCustomerAdminProvider";
import type { AdminContext, PortalCustomer } from "../../src/domain/types";
import { createMemoryAdapter, generateCustomers } from "../../src/testing";
import "../../src/styles.css";

// The machine is shared and slow at times: give findBy/waitFor more room than 1 s.
configure({ asyncUtilTimeout: 4000 });

// One revoked customer, second by name, so it is on the first page whatever names the generator picks.
const generated = generateCustomers(30, { seed: 11 });
const revokedId = [...generated].sort((a, b) => a.displayName.localeCompare(b.displayName))[1]!.id;
const customers: PortalCustomer[] = generated.map((c) => ({ ...c, status: c.id === revokedId ? "revoked" : "active" }));

async function setup(options: { context?: Partial<AdminContext>; isPage?: boolean } = {}) {
  await page.viewport(1100, 800);
  const adapter = createMemoryAdapter({ customers, context: options.context });
  // A host page around it: one main landmark and a top-level heading, as in an admin app.
  render(
    <main>
      <PortalCustomerAdminProvider adapter={adapter} locale="en">
        {options.isPage ? <PortalCustomersPage /> : (
          <>
            <h1>Customers</h1>
            <CustomerTable />
          </>
        )}
      </PortalCustomerAdminProvider>
    </main>,
  );
  await waitFor(() => expect(screen.getAllByRole("rowheader")).toHaveLength(25));
  return { adapter };
}

/** The n-th body row (0-based), or the first revoked one, with its name and its ••• button. */
function row(n: number | "revoked") {
  const rows = screen.getAllByRole("row").slice(1);
  const element = n === "revoked" ? rows.find((r) => r.textContent!.includes("Access revoked"))! : rows[n]!;
  const name = within(element).getByRole("rowheader").textContent!;
  const trigger = within(element).getByRole("button", { name: `More options for ${name}` });
  return { element, name, trigger };
}

async function openDialog(trigger: HTMLElement, item: string) {
  await userEvent.click(trigger);
  const menu = await screen.findByRole("menu");
  await waitFor(() => expect(within(menu).getByRole("menuitem", { name: item })).not.toHaveAttribute("aria-disabled"));
  await userEvent.click(within(menu).getByRole("menuitem", { name: item }));
  return screen.findByRole(item === "Delete account" ? "alertdialog" : "dialog");
}

/** The page takes real clicks again: Next page moves on (Playwright refuses to click through pointer-events: none). */
async function expectPageClickable() {
  await waitFor(() => expect(getComputedStyle(document.body).pointerEvents).not.toBe("none"));
  // The next page starts right after the rows shown (26 normally, 25 after a row was removed).
  const shown = screen.getAllByRole("rowheader").length;
  await userEvent.click(screen.getByRole("button", { name: "Next page" }), { timeout: 10_000 }); // bounds the wait for a blocked page, not a speed
  await waitFor(() => expect(screen.getByText(new RegExp(`^Showing ${shown + 1}–`))).toBeInTheDocument());
}

async function expectNoAxeViolations(context: Element | Document = document) {
  await Promise.all(document.getAnimations().map((animation) => animation.finished));
  const { violations } = await axe.run(context, { resultTypes: ["violations"] });
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

describe("CustomerTable in Chromium", { timeout: 20_000 }, () => {
  it("has no axe violations, loaded and with a selection", async () => {
    await setup();
    await expectNoAxeViolations();
    await userEvent.click(screen.getByRole("checkbox", { name: `Select ${row(0).name}` }));
    expect(screen.getByRole("checkbox", { name: "Select all on this page" })).toBePartiallyChecked();
    await expectNoAxeViolations();
  });

  it("has no axe violations read-only and as a whole page", async () => {
    await setup({ context: { role: "none" }, isPage: true });
    expect(screen.getByText(/You can view portal-only customers but not change them/)).toBeVisible();
    await expectNoAxeViolations();
  });

  it("after a dialog opened from the menu is dismissed, focus is on the ••• button and the page takes clicks", async () => {
    await setup();
    const { trigger } = row(2);
    const dialog = await openDialog(trigger, "Edit full name");
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    await userEvent.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    await waitFor(() => expect(trigger).toHaveFocus());
    await expectPageClickable();
  });

  it("Cancel works the same way", async () => {
    await setup();
    const { trigger } = row("revoked");
    await openDialog(trigger, "Grant access");
    await userEvent.click(screen.getByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    await waitFor(() => expect(trigger).toHaveFocus());
    await expectPageClickable();
  });

  it("a rename shows at once, is announced, and focus returns to the row's button", async () => {
    await setup();
    const { element, trigger } = row(0);
    const dialog = await openDialog(trigger, "Edit full name");
    const field = within(dialog).getByRole("textbox");
    await userEvent.clear(field);
    await userEvent.type(field, "Zed Renamed");
    await userEvent.click(within(dialog).getByRole("button", { name: "Update" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    // Renamed in place, not re-sorted away from under the admin.
    expect(within(element).getByRole("rowheader")).toHaveTextContent("Zed Renamed");
    expect(screen.getAllByRole("status").map((s) => s.textContent)).toContain("Full name changed to Zed Renamed.");
    await waitFor(() =>
      expect(within(element).getByRole("button", { name: "More options for Zed Renamed" })).toHaveFocus(),
    );
    await expectPageClickable();
  });

  it("after a delete, the row is gone and focus lands on the ••• of the row that took its place", async () => {
    await setup();
    const { name, trigger, element } = row(3);
    const next = row(4);
    const email = customers.find((c) => element.textContent!.includes(c.email))!.email;
    const dialog = await openDialog(trigger, "Delete account");
    await userEvent.type(within(dialog).getByRole("textbox"), email);
    await userEvent.click(within(dialog).getByRole("button", { name: "Delete" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument());
    expect(screen.queryByText(email)).not.toBeInTheDocument();
    expect(screen.getByText("Showing 1–24 of 29")).toBeInTheDocument();
    await waitFor(() => expect(next.trigger).toHaveFocus());
    expect(screen.getAllByRole("status").some((s) => s.textContent!.includes(name))).toBe(true);
    await expectPageClickable();
  });
});
