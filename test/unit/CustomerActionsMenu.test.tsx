import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { AdapterError } from "../../src/adapter/errors";
import type { PortalCustomerAdapter } from "../../src/adapter/types";
import { CustomerActionsMenu, CustomerActionsMenuView } from "../../src/components/CustomerActionsMenu";
import { PortalCustomerAdminProvider } from "../../src/data/PortalCustomerAdminProvider";
import type { AdminContext, CustomerAction, PortalCustomer } from "../../src/domain/types";
import { ada, createAdapter, failOnConsole, grace } from "./support/dialogs";

failOnConsole();

const LABELS = ["Change password", "Edit full name", "Migrate to Atlassian account", "Revoke access", "Delete account"];

function renderMenu(
  { customer = ada, context, adapter }: { customer?: PortalCustomer; context?: Partial<AdminContext>; adapter?: PortalCustomerAdapter } = {},
) {
  const onSelect = vi.fn<(action: CustomerAction, customer: PortalCustomer) => void>();
  const user = userEvent.setup();
  render(
    <PortalCustomerAdminProvider adapter={adapter ?? createAdapter({ context }).adapter} locale="en">
      <CustomerActionsMenu customer={customer} onSelect={onSelect} />
    </PortalCustomerAdminProvider>,
  );
  const open = async () => {
    await user.click(screen.getByRole("button", { name: `More options for ${customer.displayName}` }));
    return screen.findByRole("menu");
  };
  return { user, onSelect, open };
}

/** Opens the menu once the admin context has loaded (no item says "Checking your permissions…"). */
async function openReady(open: () => Promise<HTMLElement>) {
  const menu = await open();
  await vi.waitFor(() => expect(menu).not.toHaveTextContent("Checking your permissions…"));
  return menu;
}

describe("CustomerActionsMenu", () => {
  it("offers every action to an organization admin, Delete last after a separator", async () => {
    const { open, user, onSelect } = renderMenu();
    const trigger = screen.getByRole("button", { name: "More options for Ada Lovelace" });
    expect(trigger).toHaveAttribute("aria-haspopup", "menu");
    const menu = await openReady(open);
    const items = within(menu).getAllByRole("menuitem");
    expect(items.map((item) => item.textContent)).toEqual(LABELS);
    for (const item of items) expect(item).not.toHaveAttribute("aria-disabled");
    expect(within(menu).getByRole("separator")).toBeInTheDocument();
    expect(items[4]).toHaveAttribute("data-variant", "danger");

    await user.click(within(menu).getByRole("menuitem", { name: "Edit full name" }));
    expect(onSelect).toHaveBeenCalledWith("editName", ada);
    expect(screen.queryByRole("menu")).not.toBeInTheDocument();
  });

  it("offers Grant access instead of Revoke access for a revoked customer", async () => {
    const { open, user, onSelect } = renderMenu({ customer: grace });
    const menu = await openReady(open);
    expect(within(menu).queryByRole("menuitem", { name: "Revoke access" })).not.toBeInTheDocument();
    await user.click(within(menu).getByRole("menuitem", { name: "Grant access" }));
    expect(onSelect).toHaveBeenCalledWith("grantAccess", grace);
  });

  it("works from the keyboard", async () => {
    const { user, onSelect } = renderMenu();
    const trigger = screen.getByRole("button", { name: "More options for Ada Lovelace" });
    await openReady(async () => {
      trigger.focus();
      await user.keyboard("{Enter}");
      return screen.findByRole("menu");
    });
    await user.keyboard("{ArrowDown}{ArrowDown}");
    expect(screen.getByRole("menuitem", { name: "Migrate to Atlassian account" })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(onSelect).toHaveBeenCalledWith("migrate", ada);
  });

  it("disables everything for a viewer without an admin role, with the reason, and never selects", async () => {
    const { open, user, onSelect } = renderMenu({ context: { role: "none" } });
    const menu = await openReady(open);
    const items = within(menu).getAllByRole("menuitem");
    expect(items.map((item) => item.textContent)).toEqual(LABELS);
    for (const item of items) {
      expect(item).toHaveAttribute("aria-disabled", "true");
      expect(item).toHaveAccessibleDescription("Only admins can manage portal-only customers.");
    }
    await user.click(items[0]!);
    await user.click(items[4]!);
    expect(onSelect).not.toHaveBeenCalled();
    expect(screen.getByRole("menu")).toBeInTheDocument();
  });

  it("keeps disabled items reachable by keyboard so the reason can be heard", async () => {
    const { user } = renderMenu({ context: { role: "none" } });
    const trigger = screen.getByRole("button", { name: "More options for Ada Lovelace" });
    await openReady(async () => {
      trigger.focus();
      await user.keyboard("{Enter}");
      return screen.findByRole("menu");
    });
    await user.keyboard("{ArrowDown}");
    expect(screen.getByRole("menuitem", { name: "Edit full name" })).toHaveFocus();
  });

  it("disables everything for a site admin in the centralized experience", async () => {
    const { open } = renderMenu({ context: { role: "site-admin", experience: "centralized" } });
    const menu = await openReady(open);
    for (const item of within(menu).getAllByRole("menuitem")) {
      expect(item).toHaveAttribute("aria-disabled", "true");
      expect(item).toHaveAccessibleDescription("In the centralized experience only organization admins can do this.");
    }
  });

  it("lets a site admin act in the original experience", async () => {
    const { open } = renderMenu({ context: { role: "site-admin", experience: "original" } });
    const menu = await openReady(open);
    for (const item of within(menu).getAllByRole("menuitem")) expect(item).not.toHaveAttribute("aria-disabled");
  });

  it("disables only Change password in the Government environment, saying why", async () => {
    const { open, user, onSelect } = renderMenu({ context: { environment: "government" } });
    const menu = await openReady(open);
    const changePassword = within(menu).getByRole("menuitem", { name: "Change password" });
    expect(changePassword).toHaveAttribute("aria-disabled", "true");
    expect(changePassword).toHaveAccessibleDescription("Change password isn't available in the Government environment.");
    expect(menu).toHaveTextContent("Change password isn't available in the Government environment.");
    for (const name of LABELS.slice(1)) {
      expect(within(menu).getByRole("menuitem", { name })).not.toHaveAttribute("aria-disabled");
    }
    await user.click(changePassword);
    expect(onSelect).not.toHaveBeenCalled();
  });

  it("disables items while the admin context loads", async () => {
    const { adapter } = createAdapter();
    const pending: PortalCustomerAdapter = { ...adapter, getAdminContext: () => new Promise(() => {}) };
    const { open, user, onSelect } = renderMenu({ adapter: pending });
    const menu = await open();
    for (const item of within(menu).getAllByRole("menuitem")) {
      expect(item).toHaveAttribute("aria-disabled", "true");
      expect(item).toHaveAccessibleDescription("Checking your permissions…");
    }
    await user.click(within(menu).getByRole("menuitem", { name: "Delete account" }));
    expect(onSelect).not.toHaveBeenCalled();
  });

  it("disables items when the admin context can't be loaded", async () => {
    const { adapter } = createAdapter({
      fail: (method) => (method === "getAdminContext" ? new AdapterError("network", "offline") : undefined),
    });
    const { open } = renderMenu({ adapter });
    const menu = await open();
    await vi.waitFor(() =>
      expect(within(menu).getByRole("menuitem", { name: "Change password" })).toHaveAccessibleDescription(
        "We couldn't load your admin details, so actions are unavailable.",
      ),
    );
  });
});

describe("CustomerActionsMenuView", () => {
  it("renders from plain props without a provider, and forwards its ref to the trigger", async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    const ref = { current: null as HTMLButtonElement | null };
    render(<CustomerActionsMenuView ref={ref} customer={ada} onSelect={onSelect} denials={{ delete: "not-admin" }} className="extra" />);
    const trigger = screen.getByRole("button", { name: "More options for Ada Lovelace" });
    expect(ref.current).toBe(trigger);
    expect(trigger).toHaveClass("pca-root", "extra");
    await user.click(trigger);
    expect(screen.getByRole("menuitem", { name: "Delete account" })).toHaveAttribute("aria-disabled", "true");
    await user.click(screen.getByRole("menuitem", { name: "Revoke access" }));
    expect(onSelect).toHaveBeenCalledWith("revokeAccess", ada);
  });

  it("can be controlled", async () => {
    const user = userEvent.setup();
    const onOpenChange = vi.fn();
    const { rerender } = render(<CustomerActionsMenuView customer={ada} onSelect={() => {}} open={false} onOpenChange={onOpenChange} />);
    await user.click(screen.getByRole("button", { name: "More options for Ada Lovelace" }));
    expect(onOpenChange).toHaveBeenCalledWith(true);
    expect(screen.queryByRole("menu")).not.toBeInTheDocument();
    rerender(<CustomerActionsMenuView customer={ada} onSelect={() => {}} open onOpenChange={onOpenChange} />);
    expect(screen.getByRole("menu")).toBeInTheDocument();
  });
});

describe("CustomerActionsMenu keyboard and pointer (menu button pattern)", () => {
  it("ArrowUp opens on the last item; Home, End and typeahead move; Escape closes back to the button", async () => {
    const { user } = renderMenu();
    const trigger = screen.getByRole("button", { name: "More options for Ada Lovelace" });
    trigger.focus();
    await user.keyboard("{ArrowUp}");
    const menu = await screen.findByRole("menu", { name: "More options for Ada Lovelace" });
    expect(trigger).toHaveAttribute("aria-expanded", "true");
    expect(trigger).toHaveAttribute("aria-controls", menu.id);
    expect(within(menu).getByRole("menuitem", { name: "Delete account" })).toHaveFocus();
    await user.keyboard("{Home}");
    expect(within(menu).getByRole("menuitem", { name: "Change password" })).toHaveFocus();
    await user.keyboard("{End}");
    expect(within(menu).getByRole("menuitem", { name: "Delete account" })).toHaveFocus();
    await user.keyboard("{ArrowDown}");
    expect(within(menu).getByRole("menuitem", { name: "Change password" })).toHaveFocus();
    await user.keyboard("m");
    expect(within(menu).getByRole("menuitem", { name: "Migrate to Atlassian account" })).toHaveFocus();
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("menu")).not.toBeInTheDocument();
    expect(trigger).toHaveFocus();
    expect(trigger).toHaveAttribute("aria-expanded", "false");
  });

  it("Tab closes the menu; a press outside closes it without choosing anything", async () => {
    const { user, onSelect, open } = renderMenu();
    await open();
    await user.keyboard("{Tab}");
    expect(screen.queryByRole("menu")).not.toBeInTheDocument();
    await open();
    await user.click(document.body);
    expect(screen.queryByRole("menu")).not.toBeInTheDocument();
    expect(onSelect).not.toHaveBeenCalled();
  });

  it("Space on an item chooses it", async () => {
    const { user, onSelect, open } = renderMenu();
    await openReady(open);
    await user.keyboard("{ArrowDown} ");
    expect(onSelect).toHaveBeenCalledWith("editName", ada);
    expect(screen.queryByRole("menu")).not.toBeInTheDocument();
  });
});
