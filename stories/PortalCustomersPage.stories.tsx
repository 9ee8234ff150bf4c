import type { Meta, StoryObj } from "@storybook/react-vite";
import { within } from "storybook/test";
import {
  AdapterError, AdminBreadcrumbs, AdminNavigation, CustomerTableView, PortalCustomersPage, PortalCustomersPageView,
} from "../src";
import { generateCustomers, type MemoryAdapterOptions } from "../src/testing";

const NEVER = 2_147_000_000;

/** Waits for the first rows, so checks (axe included) look at the loaded page. */
async function rowsLoaded({ canvasElement }: { canvasElement: HTMLElement }) {
  await within(canvasElement).findAllByRole("rowheader", {}, { timeout: 5000 });
}

const meta = {
  title: "Customers/PortalCustomersPage",
  component: PortalCustomersPage,
  parameters: { layout: "fullscreen", memoryAdapter: { customers: 60 } satisfies MemoryAdapterOptions },
  args: { navigation: <AdminNavigation />, breadcrumbs: <AdminBreadcrumbs /> },
} satisfies Meta<typeof PortalCustomersPage>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The whole screen with the admin navigation and breadcrumbs plugged into its slots. */
export const Default: Story = { play: rowsLoaded };

/** Without navigation: the heading, explanation and table only. */
export const WithoutNavigation: Story = { args: { navigation: undefined, breadcrumbs: undefined }, play: rowsLoaded };

/** Everything still loading (the admin context and the list). */
export const Loading: Story = {
  parameters: { memoryAdapter: { customers: 60, latency: NEVER } satisfies MemoryAdapterOptions },
};

/** A site without portal-only customers yet. */
export const Empty: Story = {
  parameters: { memoryAdapter: { customers: [] } satisfies MemoryAdapterOptions },
};

/** The admin context failed to load: nothing pretends to know the viewer's permissions. */
export const AdminContextError: Story = {
  parameters: {
    memoryAdapter: {
      customers: 60,
      fail: (method) => (method === "getAdminContext" ? new AdapterError("network", "Story: offline") : undefined),
    } satisfies MemoryAdapterOptions,
  },
};

/** A viewer without an admin role, original experience. */
export const ReadOnly: Story = {
  play: rowsLoaded,
  parameters: {
    memoryAdapter: { customers: 60, context: { role: "none", experience: "original" } } satisfies MemoryAdapterOptions,
  },
};

/** 10,000 customers. */
export const TenThousandCustomers: Story = {
  play: rowsLoaded,
  parameters: { memoryAdapter: { customers: 10_000 } satisfies MemoryAdapterOptions },
};

/** The View with a View table, from plain props. */
export const View: Story = {
  parameters: { memoryAdapter: undefined },
  render: () => (
    <PortalCustomersPageView>
      <CustomerTableView customers={generateCustomers(5)} now={Date.parse("2026-11-01T00:00:00Z")} />
    </PortalCustomersPageView>
  ),
};
