import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, screen, userEvent, waitFor, within } from "storybook/test";
import { CustomerActionsMenu, CustomerActionsMenuView } from "../src";
import type { MemoryAdapterOptions } from "../src/testing";
import { NEVER, ada, grace } from "./support/dialogStory";

/** Opens the menu and waits until the admin context decided which items are enabled. */
async function openMenu({ canvasElement }: { canvasElement: HTMLElement }, { isLoading = false } = {}) {
  const trigger = await within(canvasElement).findByRole("button", { name: /^More options for / });
  await userEvent.click(trigger);
  const menu = await screen.findByRole("menu");
  if (!isLoading) await waitFor(() => expect(menu).not.toHaveTextContent("Checking your permissions…"));
  await Promise.all(document.getAnimations().map((animation) => animation.finished));
  return within(menu);
}

const meta = {
  title: "Customers/CustomerActionsMenu",
  component: CustomerActionsMenu,
  subcomponents: { CustomerActionsMenuView },
  args: { customer: ada, onSelect: fn() },
  parameters: { layout: "padded", memoryAdapter: { customers: [ada, grace] } satisfies MemoryAdapterOptions },
  decorators: [
    (Story) => (
      <div style={{ display: "flex", justifyContent: "flex-end", width: 360, minHeight: 300 }}>
        <Story />
      </div>
    ),
  ],
  play: (context) => openMenu(context).then(() => undefined),
} satisfies Meta<typeof CustomerActionsMenu>;

export default meta;
type Story = StoryObj<typeof meta>;

/** An organization admin (centralized): every action, Delete account last and in red. */
export const OrganizationAdmin: Story = {};

/** A revoked customer: Grant access takes Revoke access's place. */
export const RevokedCustomer: Story = { args: { customer: grace } };

/** A site admin in the original experience may act too. */
export const SiteAdminOriginal: Story = {
  parameters: { memoryAdapter: { customers: [ada], context: { role: "site-admin", experience: "original" } } satisfies MemoryAdapterOptions },
};

/** A site admin in the centralized experience: every item disabled, with the reason below. */
export const SiteAdminCentralized: Story = {
  parameters: { memoryAdapter: { customers: [ada], context: { role: "site-admin", experience: "centralized" } } satisfies MemoryAdapterOptions },
  play: async (context) => {
    const menu = await openMenu(context);
    await expect(menu.getByRole("menuitem", { name: "Delete account" })).toHaveAttribute("aria-disabled", "true");
  },
};

/** No admin role: read-only, every item disabled and described by the reason. */
export const NoAdminRole: Story = {
  parameters: { memoryAdapter: { customers: [ada], context: { role: "none" } } satisfies MemoryAdapterOptions },
  play: async (context) => {
    const menu = await openMenu(context);
    await expect(menu.getByRole("menuitem", { name: "Change password" })).toHaveAccessibleDescription(
      "Only admins can manage portal-only customers.",
    );
  },
};

/** The Government environment: Change password disabled, with why; the rest available. */
export const Government: Story = {
  parameters: { memoryAdapter: { customers: [ada], context: { environment: "government" } } satisfies MemoryAdapterOptions },
  play: async (context) => {
    const menu = await openMenu(context);
    await expect(menu.getByRole("menuitem", { name: "Change password" })).toHaveAttribute("aria-disabled", "true");
    await expect(menu.getByRole("menuitem", { name: "Edit full name" })).not.toHaveAttribute("aria-disabled");
  },
};

/** The admin context is still loading: items disabled until it answers. */
export const LoadingPermissions: Story = {
  parameters: { memoryAdapter: { customers: [ada], latency: NEVER } satisfies MemoryAdapterOptions },
  play: async (context) => {
    const menu = await openMenu(context, { isLoading: true });
    await expect(menu.getByRole("menuitem", { name: "Edit full name" })).toHaveAccessibleDescription("Checking your permissions…");
  },
};

/** The dark theme. */
export const Dark: Story = { globals: { theme: "dark" } };

/** Right to left: the menu opens towards the start side (Arabic locale and translation). */
export const RightToLeft: Story = {
  globals: { locale: "ar" },
  play: async ({ canvasElement }) => {
    await userEvent.click(await within(canvasElement).findByRole("button", { name: /^خيارات إضافية لـ / }));
    const menu = await screen.findByRole("menu");
    await waitFor(() => expect(menu).not.toHaveTextContent("جارٍ التحقق من صلاحياتك…"));
    await Promise.all(document.getAnimations().map((animation) => animation.finished));
  },
};

/** At the bottom of the window: the menu flips above the ••• button and stays fully visible. */
export const NearBottomEdge: Story = {
  decorators: [
    (Story) => (
      <div style={{ display: "flex", alignItems: "flex-end", justifyContent: "flex-end", height: "calc(100vh - 48px)", width: "100%" }}>
        <Story />
      </div>
    ),
  ],
  play: async (context) => {
    const trigger = await within(context.canvasElement).findByRole("button", { name: /^More options for / });
    await openMenu(context);
    const menu = screen.getByRole("menu");
    await waitFor(() => {
      const box = menu.getBoundingClientRect();
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.bottom).toBeLessThanOrEqual(window.innerHeight);
      expect(box.bottom).toBeLessThanOrEqual(trigger.getBoundingClientRect().top);
    });
  },
};

/** The View from plain props, without a provider: here Delete account is denied. */
export const View: Story = {
  parameters: { memoryAdapter: undefined },
  render: (args) => <CustomerActionsMenuView customer={args.customer} onSelect={args.onSelect} denials={{ delete: "not-admin" }} />,
};
