/// <reference types="vite/client" />
import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import axe from "axe-core";
import { useState } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { cdp, page, userEvent } from "vitest/browser";
import { ChangePasswordDialog } from "../../src/components/ChangePasswordDialog";
import { CustomerActionsMenu } from "../../src/components/CustomerActionsMenu";
import { DeleteCustomerDialog } from "../../src/components/DeleteCustomerDialog";
import { ExperienceBadgeView } from "../../src/components/ExperienceBadge";
import { PortalCustomerAdminProvider } from "../../src/data/PortalCustomerAdminProvider";
import type { PortalCustomer } from "../../src/domain/types";
import { createMemoryAdapter } from "../../src/testing";
import "../../src/styles.css";

const ada: PortalCustomer = {
  id: "c-ada", displayName: "Ada Lovelace", email: "ada@example.com", status: "active",
  lastActiveAt: "2026-10-29T12:00:00Z", createdAt: "2025-01-01T00:00:00Z",
};

async function forcedColors(on: boolean) {
  await cdp().send("Emulation.setEmulatedMedia", { features: [{ name: "forced-colors", value: on ? "active" : "none" }] });
  await waitFor(() => expect(matchMedia("(forced-colors: active)").matches).toBe(on));
}

async function screenshot(name: string) {
  // Opt-in (VITE_PCA_SCREENSHOTS=1), saved under the git-ignored __screenshots__ folder beside this file.
  if (import.meta.env.VITE_PCA_SCREENSHOTS) await page.screenshot({ path: `__screenshots__/pca/${name}.png` });
}

function Page({ dialog }: { dialog?: "changePassword" | "delete" }) {
  const [open, setOpen] = useState<string | null>(dialog ?? null);
  return (
    <main className="pca-root" style={{ padding: 8 }}>
      <h1 style={{ margin: 0, fontSize: 16 }}>Customers</h1>
      <ExperienceBadgeView viewer={{ experience: "centralized", role: "org-admin", environment: "government" }} />
      <CustomerActionsMenu customer={ada} onSelect={(action) => setOpen(action)} />
      {open === "changePassword" && <ChangePasswordDialog customer={ada} open onOpenChange={() => setOpen(null)} />}
      {open === "delete" && <DeleteCustomerDialog customer={ada} open onOpenChange={() => setOpen(null)} />}
    </main>
  );
}

function setup(dialog?: "changePassword" | "delete") {
  const adapter = createMemoryAdapter({ customers: [ada] });
  render(
    <PortalCustomerAdminProvider adapter={adapter} locale="en">
      <Page dialog={dialog} />
    </PortalCustomerAdminProvider>,
  );
}

async function openMenuByKeyboard() {
  screen.getByRole("button", { name: "More options for Ada Lovelace" }).focus();
  await userEvent.keyboard("{Enter}");
  const menu = await screen.findByRole("menu");
  await waitFor(() => expect(within(menu).getByRole("menuitem", { name: "Change password" })).not.toHaveAttribute("aria-disabled"));
  await waitFor(() => expect(within(menu).getByRole("menuitem", { name: "Change password" })).toHaveFocus());
  return menu;
}

const style = (element: Element) => getComputedStyle(element);
const isTransparent = (colour: string) => colour === "transparent" || /rgba\(.*,\s*0\)$/.test(colour);

async function expectNoAxeViolations() {
  await Promise.all(document.getAnimations().map((animation) => animation.finished));
  // `region` included: dialogs are regions of their own, the menu is portalled into the landmark around •••.
  const result = await axe.run(document, { resultTypes: ["violations"] });
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

afterEach(async () => {
  cleanup();
  await forcedColors(false);
  await page.viewport(414, 896);
});

describe("forced colours (Windows High Contrast), emulated in Chromium", () => {
  it("the focused menu item looks different from the others; the menu has an edge", async () => {
    await page.viewport(640, 480);
    await forcedColors(true);
    setup();
    const menu = await openMenuByKeyboard();
    const [focused, other] = [
      within(menu).getByRole("menuitem", { name: "Change password" }),
      within(menu).getByRole("menuitem", { name: "Edit full name" }),
    ];
    expect(style(focused).backgroundColor).not.toBe(style(other).backgroundColor);
    expect(style(focused).color).not.toBe(style(other).color);
    expect(style(focused).outlineStyle).toBe("solid");
    expect(style(other).borderInlineStartColor).toBe(style(other).backgroundColor); // no edge on the others
    expect(style(menu).borderTopStyle).toBe("solid");
    await screenshot("forced-colors-menu");
    await userEvent.keyboard("{ArrowDown}");
    expect(other).toHaveFocus();
    expect(style(other).backgroundColor).not.toBe(style(focused).backgroundColor);
  });

  it("dialogs have an edge, Cancel and Save look like buttons, the strength meter and the badges stay visible", async () => {
    await page.viewport(640, 720);
    await forcedColors(true);
    setup("changePassword");
    const dialog = await screen.findByRole("dialog", { name: "Change password" });
    expect(style(dialog).borderTopStyle).toBe("solid");
    expect(parseFloat(style(dialog).borderTopWidth)).toBeGreaterThanOrEqual(1);
    for (const name of ["Cancel", "Save password"]) {
      const button = within(dialog).getByRole("button", { name });
      expect(style(button).borderTopStyle, name).toBe("solid");
      expect(parseFloat(style(button).borderTopWidth), name).toBeGreaterThanOrEqual(1);
    }
    await userEvent.type(within(dialog).getByLabelText("New password"), "Tr1cky-Walrus-42");
    const segments = [...dialog.querySelectorAll(".pca-password-strength__segment")];
    const filled = segments.filter((s) => s.hasAttribute("data-filled"));
    const empty = segments.filter((s) => !s.hasAttribute("data-filled"));
    expect(filled.length).toBeGreaterThan(0);
    for (const segment of segments) {
      expect(isTransparent(style(segment).backgroundColor)).toBe(false);
      expect(style(segment).borderTopStyle).toBe("solid");
    }
    if (empty.length > 0) expect(style(filled[0]!).backgroundColor).not.toBe(style(empty[0]!).backgroundColor);
    for (const pill of document.querySelectorAll(".pca-experience-badge__item")) {
      expect(style(pill).borderTopStyle).toBe("solid");
      expect(parseFloat(style(pill).borderTopWidth)).toBeGreaterThanOrEqual(1);
    }
    await screenshot("forced-colors-change-password");
    await expectNoAxeViolations();
  });
});

describe("zoom and reflow: 320×256 CSS px (1280×1024 at 400 %)", () => {
  it("the open menu lies fully inside the viewport and scrolls inside; its last item is reachable", async () => {
    await page.viewport(320, 256);
    setup();
    // Push the ••• button down, as a row in the middle of a table would be.
    const trigger = screen.getByRole("button", { name: "More options for Ada Lovelace" });
    trigger.style.marginTop = "40px";
    const menu = await openMenuByKeyboard();
    await waitFor(() => {
      const box = menu.getBoundingClientRect();
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.bottom).toBeLessThanOrEqual(256);
      expect(box.right).toBeLessThanOrEqual(320);
    });
    expect(menu.scrollHeight).toBeGreaterThan(menu.clientHeight); // it scrolls instead of leaving the screen
    await userEvent.keyboard("{End}");
    const last = within(menu).getByRole("menuitem", { name: "Delete account" });
    await waitFor(() => expect(last).toHaveFocus());
    await waitFor(() => {
      const item = last.getBoundingClientRect();
      const box = menu.getBoundingClientRect();
      expect(item.top).toBeGreaterThanOrEqual(box.top);
      expect(item.bottom).toBeLessThanOrEqual(box.bottom + 1);
    });
    await screenshot("reflow-menu-320x256");
    await expectNoAxeViolations();
  });

  it("a dialog fits and its buttons are reachable by scrolling inside it", async () => {
    await page.viewport(320, 256);
    setup("delete");
    const dialog = await screen.findByRole("alertdialog", { name: "Delete account?" });
    const box = dialog.getBoundingClientRect();
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(256);
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(320);
    expect(dialog.scrollHeight).toBeGreaterThan(dialog.clientHeight);
    await screenshot("reflow-delete-320x256-top");
    // Tab from Cancel through the field to Delete (disabled until typed, so type first).
    await userEvent.type(within(dialog).getByRole("textbox"), "ada@example.com");
    const submit = within(dialog).getByRole("button", { name: "Delete" });
    submit.focus();
    submit.scrollIntoView({ block: "nearest" });
    await waitFor(() => {
      const b = submit.getBoundingClientRect();
      expect(b.top).toBeGreaterThanOrEqual(0);
      expect(b.bottom).toBeLessThanOrEqual(256);
      expect(b.right).toBeLessThanOrEqual(320);
    });
    await screenshot("reflow-delete-320x256-bottom");
  });
});
