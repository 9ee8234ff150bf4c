import { configure, render, screen, waitFor, within } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import { CustomerTable, CustomerTableView } from "../../src/components/CustomerTable";
import { PortalCustomerAdminProvider } from "../../src/data/PortalCustomerAdminProvider";
import type { PortalCustomer } from "../../src/domain/types";
import { createMemoryAdapter, generateCustomers } from "../../src/testing";
import "../../src/styles.css";

configure({ asyncUtilTimeout: 4000 });

/**
 * Focus is visible: on an element whose box is inside the viewport and inside every
 * clipping ancestor (the table's scroll container), and whose outline is not drawn outside
 * such an ancestor's edge.
 */
function expectVisibleFocus(element: HTMLElement) {
  expect(element).toHaveFocus();
  const box = element.getBoundingClientRect();
  expect(box.width).toBeGreaterThan(0);
  expect(box.height).toBeGreaterThan(0);
  expect(box.bottom).toBeGreaterThan(0);
  expect(box.top).toBeLessThan(window.innerHeight);
  const style = getComputedStyle(element);
  const outside = style.outlineStyle === "none" ? 0 : parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    if (getComputedStyle(parent).overflowX === "visible") continue;
    const clip = parent.getBoundingClientRect();
    expect(box.left - outside).toBeGreaterThanOrEqual(clip.left);
    expect(box.right + outside).toBeLessThanOrEqual(clip.right);
    expect(box.top - outside).toBeGreaterThanOrEqual(clip.top);
    expect(box.bottom + outside).toBeLessThanOrEqual(clip.bottom);
  }
}

async function setup(customers: PortalCustomer[], viewport: [number, number] = [1100, 800]) {
  await page.viewport(...viewport);
  const adapter = createMemoryAdapter({ customers });
  render(
    <main style={{ padding: 16 }}>
      <PortalCustomerAdminProvider adapter={adapter} locale="en">
        <h1>Customers</h1>
        <CustomerTable />
      </PortalCustomerAdminProvider>
    </main>,
  );
  await waitFor(() => expect(screen.getAllByRole("rowheader")).toHaveLength(Math.min(25, customers.length)));
  return adapter;
}

/** The names of the rows shown, in order. */
const names = () => screen.getAllByRole("rowheader").map((cell) => cell.textContent!);
const trigger = (name: string) => screen.getByRole("button", { name: `More options for ${name}` });

/** Deletes a customer through its ••• menu, by keyboard (Enter on the menu item, typing, Enter). */
async function deleteByKeyboard(name: string, email: string) {
  trigger(name).focus();
  await userEvent.keyboard("{Enter}");
  const menu = await screen.findByRole("menu");
  await waitFor(() => expect(within(menu).getByRole("menuitem", { name: "Delete account" })).not.toHaveAttribute("aria-disabled"));
  within(menu).getByRole("menuitem", { name: "Delete account" }).focus();
  await userEvent.keyboard("{Enter}");
  const dialog = await screen.findByRole("alertdialog");
  await userEvent.type(within(dialog).getByRole("textbox"), `${email}{Enter}`);
  await waitFor(() => expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument());
}

const customers = generateCustomers(30, { seed: 21 }).map((c) => ({ ...c, status: "active" as const }));
const emailOf = (list: PortalCustomer[], name: string) => list.find((c) => c.displayName === name)!.email;

describe("focus after a row leaves (Chromium)", { timeout: 30_000 }, () => {
  it("after Delete, on the ••• of the row that took its place, visible and not clipped", async () => {
    await setup(customers);
    const [, , third, fourth] = names();
    await deleteByKeyboard(third!, emailOf(customers, third!));
    expect(names()).not.toContain(third);
    await waitFor(() => expectVisibleFocus(trigger(fourth!)));
  });

  it("after Migrate of the last row on the page, on the ••• of the row above", async () => {
    await setup(customers.slice(0, 3));
    const [, second, last] = names();
    trigger(last!).focus();
    await userEvent.keyboard("{Enter}");
    const menu = await screen.findByRole("menu");
    const item = within(menu).getByRole("menuitem", { name: "Migrate to Atlassian account" });
    await waitFor(() => expect(item).not.toHaveAttribute("aria-disabled"));
    await userEvent.click(item);
    const dialog = await screen.findByRole("dialog");
    await userEvent.click(within(dialog).getByRole("button", { name: "Migrate" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(names()).not.toContain(last);
    await waitFor(() => expectVisibleFocus(trigger(second!)));
  });

  it("after deleting the only customer, on the table: its outline inside the scroll container, the page not scrolled", async () => {
    const only = customers.slice(0, 1);
    await setup(only);
    const scrollY = window.scrollY;
    await deleteByKeyboard(only[0]!.displayName, only[0]!.email);
    const table = screen.getByRole("table", { name: "Portal-only customers" });
    await waitFor(() => expect(table).toHaveFocus());
    expect(table.matches(":focus-visible")).toBe(true);
    expectVisibleFocus(table);
    expect(window.scrollY).toBe(scrollY);
  });

  it("after a bulk action on rows scrolled under the top of a short viewport, the table has focus and the rows stay where the admin was looking", async () => {
    await setup(customers, [1000, 420]);
    const rows = screen.getAllByRole("row").slice(1);
    rows[12]!.scrollIntoView({ block: "center" });
    const table = screen.getByRole("table", { name: "Portal-only customers" });
    for (const row of rows.slice(11, 13)) await userEvent.click(within(row).getByRole("checkbox"));
    rows[12]!.scrollIntoView({ block: "center" });
    const scrollY = window.scrollY;
    expect(scrollY).toBeGreaterThan(0);
    expect(table.getBoundingClientRect().top).toBeLessThan(0);
    const bar = screen.getByRole("region", { name: "Bulk actions" });
    const revoke = within(bar).getByRole("button", { name: "Revoke access" });
    await waitFor(() => expect(revoke).not.toHaveAttribute("aria-disabled"));
    revoke.focus({ preventScroll: true });
    window.scrollTo(0, scrollY);
    const rowTop = rows[12]!.getBoundingClientRect().top;
    await userEvent.keyboard("{Enter}");
    const dialog = await screen.findByRole("dialog");
    await userEvent.click(within(dialog).getByRole("button", { name: "Revoke access" }));
    const close = await within(dialog).findByRole("button", { name: "Close" });
    close.focus();
    await userEvent.keyboard("{Enter}");
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    await waitFor(() => expect(table).toHaveFocus());
    expectVisibleFocus(table);
    // No jump to the table's top: the rows the admin was looking at are where they were.
    expect(Math.abs(rows[12]!.getBoundingClientRect().top - rowTop)).toBeLessThan(1);
  });
});

describe("focus after the table's own state buttons leave (Chromium)", () => {
  /** A host of the View: a failing list that Retry reloads, and a filter that matches nothing until cleared. */
  function Host({ list }: { list: PortalCustomer[] }) {
    const [status, setStatus] = useState<"error" | "loading" | "success">("error");
    const [search, setSearch] = useState("zzz");
    const shown = status === "success" ? list.filter((c) => c.displayName.toLowerCase().includes(search.toLowerCase())) : [];
    return (
      <main>
        <PortalCustomerAdminProvider adapter={createMemoryAdapter({ customers: list })} locale="en">
          <CustomerTableView
            status={status}
            customers={shown}
            errorMessage="The service is down."
            onRetry={() => {
              setStatus("loading");
              setTimeout(() => setStatus("success"), 50);
            }}
            search={search}
            onSearchChange={setSearch}
            onClearFilters={() => setSearch("")}
          />
        </PortalCustomerAdminProvider>
      </main>
    );
  }

  it("Retry → the table; Clear filters → the filter box", async () => {
    await page.viewport(1000, 700);
    render(<Host list={customers.slice(0, 5)} />);
    const table = screen.getByRole("table", { name: "Portal-only customers" });
    screen.getByRole("button", { name: "Retry" }).focus();
    await userEvent.keyboard("{Enter}");
    await waitFor(() => expect(table).toHaveFocus());
    expectVisibleFocus(table);
    const clear = await screen.findByRole("button", { name: "Clear filters" });
    clear.focus();
    await userEvent.keyboard("{Enter}");
    await waitFor(() => expect(screen.getAllByRole("rowheader")).toHaveLength(5));
    expectVisibleFocus(screen.getByRole("searchbox"));
  });
});
