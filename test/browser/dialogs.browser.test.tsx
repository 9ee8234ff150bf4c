/// <reference types="vite/client" />
import { render, screen, waitFor, within } from "@testing-library/react";
import axe from "axe-core";
import { useRef, useState, type ComponentType } from "react";
import { describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import { AdapterError } from "../../src/adapter/errors";
import { createMemoryAdapter, type MemoryAdapterOptions } from "../../src/adapter/memory";
import type { CustomerDialogProps } from "../../src/components/_dialog";
import { ChangePasswordDialog } from "../../src/components/ChangePasswordDialog";
import { CustomerActionsMenu } from "../../src/components/CustomerActionsMenu";
import { DeleteCustomerDialog } from "../../src/components/DeleteCustomerDialog";
import { EditNameDialog } from "../../src/components/EditNameDialog";
import { GrantAccessDialog } from "../../src/components/GrantAccessDialog";
import { MigrateCustomerDialog } from "../../src/components/MigrateCustomerDialog";
import { RevokeAccessDialog } from "../../src/components/RevokeAccessDialog";
import { PortalCustomerAdminProvider } from "../../src/data/PortalCustomerAdminProvider";
import type { CustomerAction, PortalCustomer } from "../../src/domain/types";
import "../../src/styles.css";

const ada: PortalCustomer = {
  id: "c-ada", displayName: "Ada Lovelace", email: "ada@example.com", status: "active",
  lastActiveAt: "2026-10-29T12:00:00Z", createdAt: "2025-01-01T00:00:00Z",
};
const grace: PortalCustomer = {
  id: "c-grace", displayName: "Grace Hopper", email: "grace@example.com", status: "revoked",
  lastActiveAt: null, createdAt: "2025-01-02T00:00:00Z",
};

const DIALOGS: Record<CustomerAction, ComponentType<CustomerDialogProps>> = {
  changePassword: ChangePasswordDialog,
  editName: EditNameDialog,
  migrate: MigrateCustomerDialog,
  revokeAccess: RevokeAccessDialog,
  grantAccess: GrantAccessDialog,
  delete: DeleteCustomerDialog,
};

/** What the table does: the menu's onSelect sets one dialog state; the dialog renders outside the menu. */
function Harness({ customers }: { customers: PortalCustomer[] }) {
  const [dialog, setDialog] = useState<{ type: CustomerAction; customer: PortalCustomer } | null>(null);
  const [clicks, setClicks] = useState(0);
  const [message, setMessage] = useState("");
  const triggers = useRef(new Map<string, HTMLButtonElement>());
  const Dialog = dialog ? DIALOGS[dialog.type] : null;
  return (
    <main className="pca-root" style={{ padding: 24 }}>
      <h1>Customers</h1>
      <ul>
        {customers.map((customer) => (
          <li key={customer.id} style={{ display: "flex", gap: 16, alignItems: "center", justifyContent: "space-between", maxWidth: 420 }}>
            {customer.displayName}
            <CustomerActionsMenu
              ref={(element) => {
                if (element) triggers.current.set(customer.id, element);
              }}
              customer={customer}
              onSelect={(type, selected) => setDialog({ type, customer: selected })}
            />
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => setClicks((n) => n + 1)}>
        Clicked {clicks} times
      </button>
      <p role="status">{message}</p>
      {Dialog && dialog && (
        <Dialog
          key={`${dialog.type}:${dialog.customer.id}`}
          customer={dialog.customer}
          open
          onOpenChange={(open) => {
            if (!open) setDialog(null);
          }}
          onSuccess={(result) => setMessage(result.message)}
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            triggers.current.get(dialog.customer.id)?.focus();
          }}
        />
      )}
    </main>
  );
}

async function setup(options: Omit<MemoryAdapterOptions, "customers"> = {}) {
  await page.viewport(960, 720);
  const adapter = createMemoryAdapter({ customers: [ada, grace], ...options });
  render(
    <PortalCustomerAdminProvider adapter={adapter} locale="en">
      <Harness customers={[ada, grace]} />
    </PortalCustomerAdminProvider>,
  );
  return { adapter };
}

async function openMenu(customer: PortalCustomer) {
  await userEvent.click(screen.getByRole("button", { name: `More options for ${customer.displayName}` }));
  const menu = await screen.findByRole("menu");
  await waitFor(() => expect(menu).not.toHaveTextContent("Checking your permissions…"));
  return menu;
}

async function openDialog(customer: PortalCustomer, item: string) {
  const menu = await openMenu(customer);
  await userEvent.click(within(menu).getByRole("menuitem", { name: item }));
  // Delete confirms an irreversible action: an alertdialog.
  return screen.findByRole(item === "Delete account" ? "alertdialog" : "dialog");
}

async function expectNoAxeViolations() {
  // Let the open animations finish: mid-fade, text has too little contrast.
  await Promise.all(document.getAnimations().map((animation) => animation.finished));
  // `region` included: dialogs are regions of their own, the menu is portalled into the landmark around •••.
  const { violations } = await axe.run(document, { resultTypes: ["violations"] });
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

async function expectPageClickable() {
  await waitFor(() => expect(getComputedStyle(document.body).pointerEvents).not.toBe("none"));
  const counter = screen.getByRole("button", { name: /Clicked \d+ times/ });
  const before = Number(/\d+/.exec(counter.textContent ?? "")?.[0]);
  await userEvent.click(counter, { timeout: 10_000 }); // bounds the wait for a blocked page, not a speed
  expect(counter).toHaveTextContent(`Clicked ${before + 1} times`);
}

async function screenshot(name: string) {
  // Opt-in (VITE_PCA_SCREENSHOTS=1), saved under the git-ignored __screenshots__ folder beside this file.
  if (import.meta.env.VITE_PCA_SCREENSHOTS) await page.screenshot({ path: `__screenshots__/pca/${name}.png` });
}

const CASES: { item: string; customer: PortalCustomer; title: string; shot: string }[] = [
  { item: "Change password", customer: ada, title: "Change password", shot: "change-password" },
  { item: "Edit full name", customer: ada, title: "Edit full name", shot: "edit-name" },
  { item: "Migrate to Atlassian account", customer: ada, title: "Migrate to an Atlassian account?", shot: "migrate" },
  { item: "Revoke access", customer: ada, title: "Revoke access?", shot: "revoke" },
  { item: "Grant access", customer: grace, title: "Grant access?", shot: "grant" },
  { item: "Delete account", customer: ada, title: "Delete account?", shot: "delete" },
];

describe("account dialogs opened from the menu (Chromium)", () => {
  it("the open menu has no axe violations, also with disabled items and their reasons", async () => {
    await setup({ context: { environment: "government" } });
    const menu = await openMenu(ada);
    expect(within(menu).getByRole("menuitem", { name: "Change password" })).toHaveAttribute("aria-disabled", "true");
    await expectNoAxeViolations();
    await screenshot("menu-government");
    await userEvent.keyboard("{Escape}");
    expect(screen.getByRole("button", { name: "More options for Ada Lovelace" })).toHaveFocus();
  });

  it("the open menu of an organization admin looks complete", async () => {
    await setup();
    await openMenu(ada);
    await expectNoAxeViolations();
    await screenshot("menu");
  });

  for (const { item, customer, title, shot } of CASES) {
    it(`${item}: opens from the menu, traps focus, passes axe, Escape closes, focus returns and the page stays clickable`, async () => {
      await setup();
      const dialog = await openDialog(customer, item);
      expect(dialog).toHaveAccessibleName(title);
      expect(dialog).toContainElement(document.activeElement as HTMLElement);
      await expectNoAxeViolations();
      await screenshot(shot);

      // Focus trap: Tab and Shift+Tab never leave the dialog.
      for (let i = 0; i < 8; i++) {
        await userEvent.keyboard("{Tab}");
        expect(dialog).toContainElement(document.activeElement as HTMLElement);
      }
      for (let i = 0; i < 4; i++) {
        await userEvent.keyboard("{Shift>}{Tab}{/Shift}");
        expect(dialog).toContainElement(document.activeElement as HTMLElement);
      }

      await userEvent.keyboard("{Escape}");
      await waitFor(() => expect(screen.queryByRole(item === "Delete account" ? "alertdialog" : "dialog")).not.toBeInTheDocument());
      await waitFor(() => expect(screen.getByRole("button", { name: `More options for ${customer.displayName}` })).toHaveFocus());
      await expectPageClickable();
    });
  }

  it("Cancel closes too, and the page stays clickable", async () => {
    await setup();
    await openDialog(ada, "Edit full name");
    await userEvent.click(screen.getByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(screen.getByRole("button", { name: "More options for Ada Lovelace" })).toHaveFocus();
    await expectPageClickable();
  });

  it("changes a password end to end: real typing, success message, focus back on the row's button", async () => {
    const { adapter } = await setup();
    await openDialog(ada, "Change password");
    await userEvent.type(screen.getByLabelText("New password"), "Tr1cky-Walrus-42");
    await userEvent.type(screen.getByLabelText("Confirm password"), "Tr1cky-Walrus-42");
    await screenshot("change-password-filled");
    await userEvent.click(screen.getByRole("button", { name: "Save password" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(screen.getAllByRole("status").map((s) => s.textContent)).toContain("Password changed for Ada Lovelace.");
    expect(adapter.verifyPassword(ada.id, "Tr1cky-Walrus-42")).toBe(true);
    expect(document.body.innerHTML).not.toContain("Tr1cky-Walrus-42");
    await waitFor(() => expect(screen.getByRole("button", { name: "More options for Ada Lovelace" })).toHaveFocus());
    await expectPageClickable();
  });

  it("a failed save keeps the dialog open with an alert and passes axe", async () => {
    await setup({ fail: (method) => (method === "updateDisplayName" ? new AdapterError("unavailable", "down", { status: 503 }) : undefined) });
    await openDialog(ada, "Edit full name");
    await userEvent.fill(screen.getByLabelText("Full name"), "");
    await userEvent.click(screen.getByRole("button", { name: "Update" }));
    expect(screen.getByLabelText("Full name")).toHaveAttribute("aria-invalid", "true");
    await userEvent.fill(screen.getByLabelText("Full name"), "Ada King");
    await userEvent.click(screen.getByRole("button", { name: "Update" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("The service is temporarily unavailable.");
    await expectNoAxeViolations();
    await screenshot("edit-name-failed");
  });
});
