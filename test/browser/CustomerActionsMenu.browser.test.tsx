/// <reference types="vite/client" />
import { cleanup, configure, render, screen, waitFor, within } from "@testing-library/react";
import axe from "axe-core";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import { CustomerActionsMenu } from "../../src/components/CustomerActionsMenu";
import { CustomerTable } from "../../src/components/CustomerTable";
import { PortalCustomerAdminProvider } from "../../src/data/PortalCustomerAdminProvider";
import type { AdminContext, CustomerAction, PortalCustomer } from "../../src/domain/types";
import { createMemoryAdapter, generateCustomers } from "../../src/testing";
import "../../src/styles.css";

configure({ asyncUtilTimeout: 4000 });

const ada: PortalCustomer = {
  id: "c-ada", displayName: "Ada Lovelace", email: "ada@example.com", status: "active",
  lastActiveAt: "2026-10-29T12:00:00Z", createdAt: "2025-01-01T00:00:00Z",
};

const LABELS = ["Change password", "Edit full name", "Migrate to Atlassian account", "Revoke access", "Delete account"];

/** One ••• button in a host page, with a counter button to prove the page takes clicks, and the last choice. */
function Host({ align = "end" }: { align?: "start" | "end" }) {
  const [chosen, setChosen] = useState<CustomerAction | null>(null);
  const [clicks, setClicks] = useState(0);
  return (
    <main
      className="pca-root"
      style={{ padding: 16, display: "flex", flexDirection: "column", gap: 16, minHeight: 400, background: "var(--pca-color-bg)", color: "var(--pca-color-text)" }}
    >
      <h1>Customers</h1>
      <div style={{ display: "flex", justifyContent: align === "end" ? "flex-end" : "flex-start" }}>
        <CustomerActionsMenu customer={ada} onSelect={(action) => setChosen(action)} />
      </div>
      <button type="button" onClick={() => setClicks((n) => n + 1)}>
        Clicked {clicks} times
      </button>
      <p role="status">{chosen ? `Chose ${chosen}` : "Nothing chosen"}</p>
    </main>
  );
}

async function setup({ context, dir, theme, align }: { context?: Partial<AdminContext>; dir?: "rtl"; theme?: "dark"; align?: "start" | "end" } = {}) {
  await page.viewport(800, 600);
  const adapter = createMemoryAdapter({ customers: [ada], context });
  render(
    <div dir={dir} data-theme={theme}>
      <PortalCustomerAdminProvider adapter={adapter} locale="en">
        <Host align={align} />
      </PortalCustomerAdminProvider>
    </div>,
  );
  const trigger = screen.getByRole("button", { name: "More options for Ada Lovelace" });
  return { trigger };
}

/** Waits until the admin context is loaded (the items are no longer "Checking your permissions…"). */
async function readyMenu() {
  const menu = await screen.findByRole("menu", { name: "More options for Ada Lovelace" });
  await waitFor(() => expect(menu).not.toHaveTextContent("Checking your permissions…"));
  return menu;
}

/** Presses a key and waits for focus to land on the named item. */
async function press(key: string, name: string) {
  await userEvent.keyboard(key);
  await waitFor(() => expect(item(name)).toHaveFocus());
}

function item(name: string) {
  return screen.getByRole("menuitem", { name });
}

/** The menu box once Radix has placed it (the popper measures, then moves it from off-screen). */
async function placedRect(menu: HTMLElement) {
  await Promise.all(document.getAnimations().map((animation) => animation.finished));
  await waitFor(() => {
    const wrapper = menu.parentElement!;
    expect(getComputedStyle(wrapper).transform).not.toContain("-200%");
    expect(menu.getBoundingClientRect().width).toBeGreaterThan(0);
  });
  return menu.getBoundingClientRect();
}

function expectInsideViewport(rect: DOMRect) {
  expect(rect.top).toBeGreaterThanOrEqual(0);
  expect(rect.left).toBeGreaterThanOrEqual(0);
  expect(rect.bottom).toBeLessThanOrEqual(window.innerHeight);
  expect(rect.right).toBeLessThanOrEqual(window.innerWidth);
}

async function expectNoAxeViolations() {
  await Promise.all(document.getAnimations().map((animation) => animation.finished));
  // `region` included: the open menu is portalled into the landmark around its button.
  const { violations } = await axe.run(document, { resultTypes: ["violations"], rules: { region: { enabled: true } } });
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

async function expectPageClickable() {
  expect(getComputedStyle(document.body).pointerEvents).not.toBe("none");
  const counter = screen.getByRole("button", { name: /Clicked \d+ times/ });
  const before = Number(/\d+/.exec(counter.textContent ?? "")?.[0]);
  await userEvent.click(counter, { timeout: 2000 });
  expect(counter).toHaveTextContent(`Clicked ${before + 1} times`);
}

async function screenshot(name: string) {
  // Opt-in (VITE_PCA_SCREENSHOTS=1), saved under the git-ignored __screenshots__ folder beside this file.
  if (import.meta.env.VITE_PCA_SCREENSHOTS) await page.screenshot({ path: `__screenshots__/pca/${name}.png` });
}

describe("CustomerActionsMenu keyboard (Chromium)", () => {
  for (const key of ["Enter", "Space", "ArrowDown"] as const) {
    it(`${key} on the ••• button opens the menu on its first item`, async () => {
      const { trigger } = await setup();
      trigger.focus();
      await userEvent.keyboard(key === "Space" ? " " : `{${key}}`);
      await readyMenu();
      expect(trigger).toHaveAttribute("aria-expanded", "true");
      await waitFor(() => expect(item("Change password")).toHaveFocus());
    });
  }

  it("ArrowUp opens it on the last item; arrows wrap; Home and End; Escape closes back to the button", async () => {
    const { trigger } = await setup();
    trigger.focus();
    await userEvent.keyboard("{ArrowUp}");
    await readyMenu();
    await waitFor(() => expect(item("Delete account")).toHaveFocus());
    // Radix moves focus a task after the key (as a person types, one key at a time).
    await press("{ArrowDown}", "Change password");
    await press("{ArrowUp}", "Delete account");
    await press("{ArrowUp}", "Revoke access");
    await press("{ArrowUp}", "Migrate to Atlassian account");
    await press("{Home}", "Change password");
    await press("{End}", "Delete account");
    await userEvent.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("menu")).not.toBeInTheDocument());
    expect(trigger).toHaveFocus();
    expect(trigger).toHaveAttribute("aria-expanded", "false");
  });

  it("typeahead matches the start of the label across keys: \"de\" reaches Delete account, \"mi\" Migrate", async () => {
    const { trigger } = await setup();
    trigger.focus();
    await userEvent.keyboard("{Enter}");
    await readyMenu();
    await userEvent.keyboard("de");
    await waitFor(() => expect(item("Delete account")).toHaveFocus());
    // A new search starts when the menu opens again (no waiting for the typeahead to time out).
    await userEvent.keyboard("{Escape}");
    await waitFor(() => expect(trigger).toHaveFocus());
    await userEvent.keyboard("{Enter}");
    await readyMenu();
    await userEvent.keyboard("mi");
    await waitFor(() => expect(item("Migrate to Atlassian account")).toHaveFocus());
    await userEvent.keyboard("{Enter}");
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Chose migrate"));
    expect(screen.queryByRole("menu")).not.toBeInTheDocument();
  });

  it("Tab closes the menu without choosing; a click outside closes it and the page takes that click", async () => {
    const { trigger } = await setup();
    trigger.focus();
    await userEvent.keyboard("{Enter}");
    await readyMenu();
    await userEvent.keyboard("{Tab}");
    await waitFor(() => expect(screen.queryByRole("menu")).not.toBeInTheDocument());
    await userEvent.click(trigger);
    await readyMenu();
    await expectPageClickable();
    await waitFor(() => expect(screen.queryByRole("menu")).not.toBeInTheDocument());
    expect(screen.getByRole("status")).toHaveTextContent("Nothing chosen");
  });

  it("disabled items are reached by keyboard, announce their reason, and neither Enter nor a click chooses them", async () => {
    const { trigger } = await setup({ context: { environment: "government" } });
    trigger.focus();
    await userEvent.keyboard("{Enter}");
    const menu = await readyMenu();
    const changePassword = item("Change password");
    await waitFor(() => expect(changePassword).toHaveFocus());
    expect(changePassword).toHaveAttribute("aria-disabled", "true");
    expect(changePassword).toHaveAccessibleDescription("Change password isn't available in the Government environment.");
    await userEvent.keyboard("{Enter}");
    // force: Playwright won't click an aria-disabled element on its own; a user can.
    await userEvent.click(changePassword, { force: true });
    expect(screen.getByRole("menu")).toBe(menu);
    expect(screen.getByRole("status")).toHaveTextContent("Nothing chosen");
    expect(within(menu).getAllByRole("menuitem").map((i) => i.textContent)).toEqual(LABELS);
    await expectNoAxeViolations();
  });
});

describe("CustomerActionsMenu: where the open menu lives (Chromium)", () => {
  it("inside the landmark around its button, so axe's region rule passes and the host's variables there apply", async () => {
    const { trigger } = await setup();
    const main = screen.getByRole("main");
    main.style.setProperty("--pca-color-bg", "rgb(255, 250, 240)");
    await userEvent.click(trigger);
    const menu = await readyMenu();
    expect(main).toContainElement(menu);
    expect(getComputedStyle(menu).backgroundColor).toBe("rgb(255, 250, 240)");
    expectInsideViewport(await placedRect(menu));
    await expectNoAxeViolations();
  });

  it("in <body> when the button is in no landmark; in the provider's portalContainer when one is given", async () => {
    await page.viewport(800, 600);
    const adapter = createMemoryAdapter({ customers: [ada] });
    const target = document.createElement("div");
    target.setAttribute("data-testid", "portal-target");
    document.body.append(target);
    try {
      const { rerender } = render(
        <PortalCustomerAdminProvider adapter={adapter} locale="en">
          <div><CustomerActionsMenu customer={ada} onSelect={() => {}} /></div>
        </PortalCustomerAdminProvider>,
      );
      await userEvent.click(screen.getByRole("button", { name: "More options for Ada Lovelace" }));
      expect((await readyMenu()).closest("[data-radix-popper-content-wrapper]")!.parentElement).toBe(document.body);
      await userEvent.keyboard("{Escape}");
      await waitFor(() => expect(screen.queryByRole("menu")).not.toBeInTheDocument());

      rerender(
        <PortalCustomerAdminProvider adapter={adapter} locale="en" portalContainer={target}>
          <main><CustomerActionsMenu customer={ada} onSelect={() => {}} /></main>
        </PortalCustomerAdminProvider>,
      );
      await userEvent.click(screen.getByRole("button", { name: "More options for Ada Lovelace" }));
      expect(target).toContainElement(await readyMenu());
      await userEvent.keyboard("{Escape}");
      await waitFor(() => expect(screen.queryByRole("menu")).not.toBeInTheDocument());
    } finally {
      cleanup();
      target.remove();
    }
  });
});

describe("CustomerActionsMenu placement (Chromium)", () => {
  it("opens under the button, aligned to its end, in light and dark", async () => {
    for (const theme of [undefined, "dark"] as const) {
      const { trigger } = await setup({ theme });
      await userEvent.click(trigger);
      const menu = await readyMenu();
      const rect = await placedRect(menu);
      const anchor = trigger.getBoundingClientRect();
      expect(rect.top).toBeGreaterThanOrEqual(anchor.bottom);
      expect(Math.abs(rect.right - anchor.right)).toBeLessThanOrEqual(1);
      expectInsideViewport(rect);
      await expectNoAxeViolations();
      await screenshot(theme === "dark" ? "menu-dark" : "menu-light");
      await userEvent.keyboard("{Escape}");
      await waitFor(() => expect(screen.queryByRole("menu")).not.toBeInTheDocument());
      cleanup();
    }
  });

  it("right to left: the menu is rtl and mirrored (its left edge on the button's), and stays inside the viewport", async () => {
    // In an rtl row the ••• button sits at the far left: the menu opens to its right, aligned to its left edge.
    const { trigger } = await setup({ dir: "rtl", align: "end" });
    await userEvent.click(trigger);
    let menu = await readyMenu();
    expect(menu).toHaveAttribute("dir", "rtl");
    let rect = await placedRect(menu);
    let anchor = trigger.getBoundingClientRect();
    expect(anchor.left).toBeLessThan(100);
    expect(Math.abs(rect.left - anchor.left)).toBeLessThanOrEqual(1);
    expect(rect.top).toBeGreaterThanOrEqual(anchor.bottom);
    expectInsideViewport(rect);
    await screenshot("menu-rtl");
    await expectNoAxeViolations();
    await userEvent.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("menu")).not.toBeInTheDocument());
    cleanup();

    // The button at the far right of an rtl page: the mirrored alignment would spill over the right edge, so it shifts in.
    const second = await setup({ dir: "rtl", align: "start" });
    await userEvent.click(second.trigger);
    menu = await readyMenu();
    rect = await placedRect(menu);
    anchor = second.trigger.getBoundingClientRect();
    expect(anchor.right).toBeGreaterThan(window.innerWidth - 100);
    expectInsideViewport(rect);
    expect(rect.right).toBeLessThanOrEqual(window.innerWidth - 8);
    await screenshot("menu-rtl-right-edge");
  });

  it("the last visible row of a table at the bottom of a short viewport: the menu flips above and is fully inside the viewport", async () => {
    await page.viewport(1000, 420);
    const adapter = createMemoryAdapter({ customers: generateCustomers(30, { seed: 5 }) });
    render(
      <main>
        <PortalCustomerAdminProvider adapter={adapter} locale="en">
          <CustomerTable />
        </PortalCustomerAdminProvider>
      </main>,
    );
    await waitFor(() => expect(screen.getAllByRole("rowheader")).toHaveLength(25));
    const triggers = screen.getAllByRole("button", { name: /^More options for / });
    const visible = triggers.filter((t) => t.getBoundingClientRect().bottom <= window.innerHeight);
    const last = visible[visible.length - 1]!;
    const anchor = last.getBoundingClientRect();
    // Less room below than the menu needs: the old fixed placement would have spilled over.
    expect(window.innerHeight - anchor.bottom).toBeLessThan(150);
    await userEvent.click(last);
    const menu = await screen.findByRole("menu");
    await waitFor(() => expect(menu).not.toHaveTextContent("Checking your permissions…"));
    const rect = await placedRect(menu);
    expectInsideViewport(rect);
    expect(rect.bottom).toBeLessThanOrEqual(last.getBoundingClientRect().top);
    expect(within(menu).getAllByRole("menuitem")).toHaveLength(5);
    for (const menuItem of within(menu).getAllByRole("menuitem")) {
      const box = menuItem.getBoundingClientRect();
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.bottom).toBeLessThanOrEqual(window.innerHeight);
    }
    await screenshot("menu-bottom-edge");
    await userEvent.keyboard("{Escape}");
    await waitFor(() => expect(last).toHaveFocus());
  });
});
