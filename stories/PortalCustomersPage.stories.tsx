import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import {
  AdapterError, AdminBreadcrumbs, AdminNavigation, CustomerTableView, PortalCustomersPage, PortalCustomersPageView,
} from "../src";
import { generateCustomers, type MemoryAdapterOptions } from "../src/testing";
import { NEVER, failing, failingFirst, longNames, offline, revokedFirst, rtlCustomers } from "./support/fixtures";
import { filterBy, openRowMenu, rowsLoaded } from "./support/play";
import type { MemoryAdapterParameter } from "../.storybook/preview";

/** The page over 60 generated customers, with an admin context (`context`) for the story. */
const customers60 = (context: MemoryAdapterOptions["context"] = {}, extra: Partial<MemoryAdapterOptions> = {}): MemoryAdapterOptions => ({
  customers: 60, context, ...extra,
});

/** Waits for the navigation to settle too, so axe sees the whole loaded page. */
async function pageLoaded({ canvasElement }: { canvasElement: HTMLElement }) {
  await rowsLoaded({ canvasElement });
  await waitFor(() => expect(canvasElement.querySelector('nav[data-status="loading"]')).toBeNull());
}

/**
 * The whole screen: navigation and breadcrumbs for the viewer's experience, heading,
 * explanation, and the customer table with its menus, dialogs, bulk actions and export.
 * Every story runs over the memory adapter; the toolbar switches experience, role,
 * environment, theme and locale.
 */
const meta = {
  title: "Customers/PortalCustomersPage",
  component: PortalCustomersPage,
  subcomponents: { PortalCustomersPageView },
  parameters: { layout: "fullscreen", memoryAdapter: customers60() },
  args: { navigation: <AdminNavigation />, breadcrumbs: <AdminBreadcrumbs /> },
  play: pageLoaded,
} satisfies Meta<typeof PortalCustomersPage>;

export default meta;
type Story = StoryObj<typeof meta>;

/** An organization admin, centralized experience: the whole screen with navigation and breadcrumbs. */
export const Default: Story = {};

/** Without navigation (a host with its own): the heading, explanation and table only. */
export const WithoutNavigation: Story = { args: { navigation: null, breadcrumbs: null }, play: rowsLoaded };

/** Everything still loading (the admin context and the list): skeletons that name nothing yet. */
export const Loading: Story = { parameters: { memoryAdapter: customers60({}, { latency: NEVER }) }, play: async () => {} };

/** A site without portal-only customers yet. */
export const Empty: Story = {
  parameters: { memoryAdapter: { customers: [] } satisfies MemoryAdapterOptions },
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByText("No portal-only customers yet", {}, { timeout: 5000 });
  },
};

/** A filter that matches nobody: "No customers match your filters", with Clear filters. */
export const NoMatches: Story = {
  play: async ({ canvasElement }) => {
    await pageLoaded({ canvasElement });
    await filterBy(canvasElement, "nobody-by-this-name");
    await within(canvasElement).findByText("No customers match your filters", {}, { timeout: 5000 });
  },
};

/** The list can't be loaded: the error in words, with Retry. */
export const LoadError: Story = {
  parameters: { memoryAdapter: customers60({}, { fail: failing("listCustomers", new AdapterError("unavailable", "Story: down", { status: 503 })) }) },
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole("alert", {}, { timeout: 5000 });
    await expect(alert).toHaveTextContent("The service is temporarily unavailable.");
    await expect(within(alert).getByRole("button", { name: "Retry" })).toBeEnabled();
  },
};

/** The first load fails and Retry brings the list. */
export const LoadErrorThenRetry: Story = {
  parameters: {
    memoryAdapter: (() => customers60({}, { fail: failingFirst("listCustomers", new AdapterError("network", "Story: offline once")) })) satisfies MemoryAdapterParameter,
  },
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole("alert", {}, { timeout: 5000 });
    await userEvent.click(within(alert).getByRole("button", { name: "Retry" }));
    await pageLoaded({ canvasElement });
  },
};

/**
 * The admin context failed to load: nothing pretends to know the viewer's permissions. One error
 * with one Retry (the table's); the navigation and breadcrumbs say "Unavailable", quietly.
 */
export const AdminContextError: Story = {
  parameters: { memoryAdapter: customers60({}, { fail: offline }) },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(within(canvasElement).getAllByRole("alert")).toHaveLength(1), { timeout: 5000 });
    await expect(within(canvasElement).getAllByRole("button", { name: "Retry" })).toHaveLength(1);
  },
};

/** Original experience, organization admin: the site's admin path; every action available. */
export const OriginalExperience: Story = { parameters: { memoryAdapter: customers60({ experience: "original" }) } };

/** Original experience, site admin: site admins may act here. */
export const OriginalSiteAdmin: Story = { parameters: { memoryAdapter: customers60({ experience: "original", role: "site-admin" }) } };

/** Centralized experience, site admin: read-only (only organization admins act there); the note says why. */
export const ReadOnlyCentralizedSiteAdmin: Story = {
  parameters: { memoryAdapter: customers60({ role: "site-admin" }) },
  play: async ({ canvasElement }) => {
    await pageLoaded({ canvasElement });
    await expect(within(canvasElement).getByText(/In the centralized experience only organization admins can do this\./)).toBeVisible();
  },
};

/** No admin role (original experience): read-only, no selection; the menus show every item disabled with the reason. */
export const ReadOnlyNoRole: Story = {
  parameters: { memoryAdapter: customers60({ role: "none", experience: "original" }) },
  play: async ({ canvasElement }) => {
    await pageLoaded({ canvasElement });
    await expect(within(canvasElement).queryByRole("checkbox")).toBeNull();
  },
};

/** The Government environment: no Change password (shown disabled in the open menu, with why). */
export const GovernmentMenuOpen: Story = {
  parameters: { memoryAdapter: customers60({ environment: "government" }) },
  play: async ({ canvasElement }) => {
    await pageLoaded({ canvasElement });
    const name = within(canvasElement).getAllByRole("rowheader")[0]!.textContent ?? "";
    const menu = await openRowMenu(canvasElement, name);
    await expect(menu.getByRole("menuitem", { name: "Change password" })).toHaveAccessibleDescription(
      "Change password isn't available in the Government environment.",
    );
    await expect(menu.getByRole("menuitem", { name: "Edit full name" })).not.toHaveAttribute("aria-disabled");
  },
};

/** Revoked customers only ("Access revoked"), through the status filter. */
export const RevokedCustomers: Story = {
  parameters: { memoryAdapter: { customers: revokedFirst } satisfies MemoryAdapterOptions },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await pageLoaded({ canvasElement });
    await userEvent.selectOptions(canvas.getByRole("combobox", { name: "Filter by status" }), "revoked");
    await waitFor(() => expect(canvas.getByText("Showing 1–4 of 4")).toBeInTheDocument());
  },
};

/** Very long names (up to the 255-character limit) and addresses wrap instead of stretching the page. */
export const LongNames: Story = { parameters: { memoryAdapter: { customers: longNames } satisfies MemoryAdapterOptions } };

/** Right to left: the Arabic locale (with its translation), Arabic, Hebrew and Persian names, Arabic dates. */
export const RightToLeft: Story = {
  globals: { locale: "ar" },
  parameters: { memoryAdapter: { customers: rtlCustomers } satisfies MemoryAdapterOptions },
  play: async ({ canvasElement }) => {
    await pageLoaded({ canvasElement });
    await expect(canvasElement.ownerDocument.documentElement).toHaveAttribute("dir", "rtl");
    await expect(within(canvasElement).getByRole("heading", { level: 1 })).toHaveTextContent("عملاء البوابة فقط");
  },
};

/** The dark theme. */
export const Dark: Story = {
  globals: { theme: "dark" },
  play: async ({ canvasElement }) => {
    await pageLoaded({ canvasElement });
    await expect(canvasElement.ownerDocument.documentElement).toHaveAttribute("data-theme", "dark");
  },
};

/** Dark and right to left together, in the Government environment. */
export const DarkRightToLeft: Story = {
  globals: { theme: "dark", locale: "ar" },
  parameters: { memoryAdapter: { customers: rtlCustomers, context: { environment: "government" } } satisfies MemoryAdapterOptions },
};

/** 10,000 customers in the memory adapter: paging, sorting and filtering stay quick. */
export const TenThousandCustomers: Story = {
  parameters: { memoryAdapter: { customers: 10_000 } satisfies MemoryAdapterOptions },
  play: async ({ canvasElement }) => {
    await pageLoaded({ canvasElement });
    await within(canvasElement).findByText("Showing 1–25 of 10,000");
  },
};

/** The toolbar's Role set to "No admin role" on a story whose adapter says organization admin: the toolbar wins. */
export const ToolbarRoleNone: Story = {
  globals: { role: "none" },
  play: async ({ canvasElement }) => {
    await pageLoaded({ canvasElement });
    await expect(within(canvasElement).getByText(/Only admins can manage portal-only customers\./)).toBeVisible();
  },
};

/** The toolbar's Experience set to Original: the breadcrumbs follow the site's admin path. */
export const ToolbarOriginalExperience: Story = {
  globals: { experience: "original" },
  play: async ({ canvasElement }) => {
    await pageLoaded({ canvasElement });
    const breadcrumbs = within(canvasElement).getByRole("navigation", { name: "Breadcrumbs" });
    await expect(breadcrumbs).not.toHaveTextContent("Sites and products");
  },
};

/** The toolbar's Locale set to de-DE: the shipped German translation (found by language), German numbers and dates. */
export const ToolbarGermanLocale: Story = {
  globals: { locale: "de-DE" },
  parameters: { memoryAdapter: { customers: 10_000 } satisfies MemoryAdapterOptions },
  play: async ({ canvasElement }) => {
    await pageLoaded({ canvasElement });
    await within(canvasElement).findByText("1–25 von 10.000");
  },
};

/** The View from plain props, with a View table: for hosts with their own data flow. */
export const View: Story = {
  parameters: { memoryAdapter: undefined },
  play: async () => {},
  render: () => (
    <PortalCustomersPageView>
      <CustomerTableView customers={generateCustomers(5)} now={Date.parse("2026-11-01T00:00:00Z")} />
    </PortalCustomersPageView>
  ),
};
