import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { AdapterError, CustomerTable, CustomerTableView } from "../src";
import { generateCustomers, type MemoryAdapterOptions } from "../src/testing";
import type { MemoryAdapterParameter } from "../.storybook/preview";
import { NEVER, failing, failingFirst, longNames, revokedFirst, rtlCustomers } from "./support/fixtures";
import { rowsLoaded } from "./support/play";

const mixed = generateCustomers(40, { seed: 7 });

const meta = {
  title: "Customers/CustomerTable",
  component: CustomerTable,
  subcomponents: { CustomerTableView },
  argTypes: { pageSize: { control: { type: "number", min: 1, max: 100 } } },
  parameters: { layout: "fullscreen", memoryAdapter: { customers: 60 } satisfies MemoryAdapterOptions },
} satisfies Meta<typeof CustomerTable>;

export default meta;
type Story = StoryObj<typeof meta>;

/** 60 customers, an organization admin: filter, sort, page, select, and act from each row's ••• menu. */
export const Default: Story = { play: rowsLoaded };

/** The first load never answers: a busy skeleton. */
export const Loading: Story = {
  parameters: { memoryAdapter: { customers: 60, latency: NEVER } satisfies MemoryAdapterOptions },
};

/** A site with no portal-only customers yet. */
export const Empty: Story = {
  parameters: { memoryAdapter: { customers: [] } satisfies MemoryAdapterOptions },
};

/** A filter that matches nobody: "No customers match", with Clear filters. */
export const NoMatches: Story = {
  parameters: { memoryAdapter: { customers: 60 } satisfies MemoryAdapterOptions },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findAllByRole("rowheader");
    await userEvent.type(canvas.getByRole("searchbox", { name: "Filter by name or email" }), "nobody-by-this-name");
    await canvas.findByText("No customers match your filters");
  },
};

/** The list cannot be loaded: the error in words, with Retry. */
export const LoadError: Story = {
  parameters: {
    memoryAdapter: {
      customers: 60,
      fail: failing("listCustomers", new AdapterError("unavailable", "Story: service down", { status: 503 })),
    } satisfies MemoryAdapterOptions,
  },
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole("alert", {}, { timeout: 5000 });
    await expect(alert).toHaveTextContent("We couldn't load the customers.");
    await expect(within(alert).getByRole("button", { name: "Retry" })).toBeEnabled();
  },
};

/** Rate limited: the server's Retry-After is in the message. */
export const RateLimited: Story = {
  parameters: {
    memoryAdapter: {
      customers: 60,
      fail: failing("listCustomers", new AdapterError("rate-limited", "Story: slow down", { status: 429, retryAfter: 30 })),
    } satisfies MemoryAdapterOptions,
  },
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole("alert", {}, { timeout: 5000 });
    await expect(alert).toHaveTextContent("Too many requests. Try again in 30 seconds.");
  },
};

/** Offline at first: Retry loads the list. */
export const LoadErrorThenRetry: Story = {
  parameters: {
    memoryAdapter: (() => ({
      customers: 60,
      fail: failingFirst("listCustomers", new AdapterError("network", "Story: offline once")),
    })) satisfies MemoryAdapterParameter,
  },
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole("alert", {}, { timeout: 5000 });
    await userEvent.click(within(alert).getByRole("button", { name: "Retry" }));
    await rowsLoaded({ canvasElement });
  },
};

/** A viewer without an admin role: a note says why nothing can be changed; the menus show disabled items. */
export const ReadOnly: Story = {
  play: rowsLoaded,
  parameters: { memoryAdapter: { customers: 60, context: { role: "none" } } satisfies MemoryAdapterOptions },
};

/** A site admin in the centralized experience is read-only too (only organization admins act there). */
export const ReadOnlyCentralizedSiteAdmin: Story = {
  play: rowsLoaded,
  parameters: {
    memoryAdapter: { customers: 60, context: { role: "site-admin", experience: "centralized" } } satisfies MemoryAdapterOptions,
  },
};

/** A site admin in the original experience may act: selection and every action. */
export const OriginalSiteAdmin: Story = {
  play: rowsLoaded,
  parameters: {
    memoryAdapter: { customers: 60, context: { role: "site-admin", experience: "original" } } satisfies MemoryAdapterOptions,
  },
};

/** The Government environment: the table is the same; each row's menu has Change password disabled, with why. */
export const Government: Story = {
  play: rowsLoaded,
  parameters: { memoryAdapter: { customers: 60, context: { environment: "government" } } satisfies MemoryAdapterOptions },
};

/** Revoked customers ("Access revoked"): their menu offers Grant access instead of Revoke access. */
export const RevokedCustomers: Story = {
  parameters: { memoryAdapter: { customers: revokedFirst } satisfies MemoryAdapterOptions },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.selectOptions(await canvas.findByRole("combobox", { name: "Filter by status" }), "revoked");
    await waitFor(() => expect(canvas.getByText("Showing 1–4 of 4")).toBeInTheDocument());
  },
};

/** Very long names and addresses wrap instead of stretching the table. */
export const LongNames: Story = {
  play: rowsLoaded,
  parameters: { memoryAdapter: { customers: longNames } satisfies MemoryAdapterOptions },
};

/** Right to left: Arabic locale and translation, Arabic, Hebrew and Persian names. */
export const RightToLeft: Story = {
  play: rowsLoaded,
  globals: { locale: "ar" },
  parameters: { memoryAdapter: { customers: rtlCustomers } satisfies MemoryAdapterOptions },
};

/** The dark theme, with some rows selected. */
export const Dark: Story = {
  play: rowsLoaded,
  globals: { theme: "dark" },
  args: { defaultSelectedIds: mixed.slice(0, 2).map((c) => c.id) },
  parameters: { memoryAdapter: { customers: mixed } satisfies MemoryAdapterOptions },
};

/** 10,000 customers: paging and filtering stay quick. */
export const TenThousandCustomers: Story = {
  parameters: { memoryAdapter: { customers: 10_000 } satisfies MemoryAdapterOptions },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await rowsLoaded({ canvasElement });
    await canvas.findByText("Showing 1–25 of 10,000");
    await userEvent.click(canvas.getByRole("button", { name: "Last active" }));
    await waitFor(() => expect(canvas.getByRole("columnheader", { name: "Last active" })).toHaveAttribute("aria-sort", "descending"));
  },
};

/** Some rows selected, across pages (for the bulk actions). */
export const WithSelection: Story = {
  play: rowsLoaded,
  args: { defaultSelectedIds: mixed.slice(0, 3).map((c) => c.id) },
  parameters: { memoryAdapter: { customers: mixed } satisfies MemoryAdapterOptions },
};

/** Slow answers (0.6–1.2 s): the rows stay while the next page or sort loads. */
export const SlowNetwork: Story = {
  parameters: { memoryAdapter: { customers: 60, latency: { min: 600, max: 1200 } } satisfies MemoryAdapterOptions },
};

/** The View alone, from plain props (no adapter): page 2 of a sorted, filtered list. */
export const View: Story = {
  render: () => (
    <CustomerTableView
      customers={mixed.slice(25, 35)}
      total={40}
      offset={25}
      limit={10}
      search="a"
      onSearchChange={() => {}}
      statusFilter="all"
      onStatusFilterChange={() => {}}
      sort={{ field: "lastActiveAt", direction: "desc" }}
      onSortChange={() => {}}
      onPageChange={() => {}}
      defaultSelectedIds={[mixed[26]!.id]}
      now={Date.parse("2026-11-01T00:00:00Z")}
    />
  ),
};

/** After a confirmed action: the visible, announced success status with Dismiss (the connected table shows it by default). */
export const SuccessStatus: Story = {
  render: () => (
    <CustomerTableView
      customers={mixed.slice(0, 5)}
      successMessage={`Password changed for ${mixed[0]!.displayName}.`}
      onDismissSuccess={() => {}}
      now={Date.parse("2026-11-01T00:00:00Z")}
    />
  ),
};
