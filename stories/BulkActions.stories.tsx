import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { expect, userEvent, waitFor, within } from "storybook/test";
import {
  AdapterError, BulkActionBar, BulkActionBarView, BulkActionDialog, BulkActionDialogView, type BulkResult, type PortalCustomer,
} from "../src";
import { generateCustomers, type MemoryAdapterOptions } from "../src/testing";
import { NEVER } from "./support/fixtures";

const SEED = 21;
const customers = generateCustomers(40, { seed: SEED });
const active = customers.filter((c) => c.status === "active");

/** The connected bar over the story's memory adapter, with selection kept in state. */
function ConnectedBar({ initial, matchingTotal }: { initial: PortalCustomer[]; matchingTotal?: number }) {
  const [selected, setSelected] = useState(initial);
  return (
    <div style={{ display: "grid", gap: 12 }}>
      <BulkActionBar selected={selected} onSelectedChange={setSelected} query={{}} matchingTotal={matchingTotal} />
      {selected.length === 0 && <p>Nothing selected. Reload the story to select again.</p>}
    </div>
  );
}

/** Clicks a bulk action once the admin context has loaded (until then the buttons are disabled). */
async function clickAction(canvasElement: HTMLElement, name: string) {
  const button = await within(canvasElement).findByRole("button", { name });
  await waitFor(() => expect(button).not.toHaveAttribute("aria-disabled"));
  await userEvent.click(button);
}

const adapterOptions = (extra: Partial<MemoryAdapterOptions> = {}): MemoryAdapterOptions => ({
  customers: 40, seed: SEED, latency: { min: 150, max: 300 }, bulkBatchSize: 1, ...extra,
});

const meta = {
  title: "Customers/Bulk actions",
  component: BulkActionBar,
  subcomponents: { BulkActionDialog, BulkActionBarView, BulkActionDialogView },
  parameters: { layout: "fullscreen", memoryAdapter: adapterOptions() },
  args: { selected: active.slice(0, 5), onSelectedChange: () => {} },
  render: (args) => <ConnectedBar initial={[...args.selected]} matchingTotal={args.matchingTotal} />,
} satisfies Meta<typeof BulkActionBar>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Five customers selected; every action available to an organization admin. */
export const Selected: Story = {};

/** A site admin in the centralized experience: every action disabled, with the reason for screen readers. */
export const ReadOnlySiteAdmin: Story = {
  parameters: { memoryAdapter: adapterOptions({ context: { role: "site-admin" } }) },
};

/** A site admin in the original experience may act: every action that applies is enabled. */
export const OriginalSiteAdmin: Story = {
  parameters: { memoryAdapter: adapterOptions({ context: { role: "site-admin", experience: "original" } }) },
};

/** While the admin context loads, every action is disabled and says Loading. */
export const LoadingPermissions: Story = {
  parameters: { memoryAdapter: adapterOptions({ latency: NEVER }) },
};

/** Revoked customers selected: Grant access applies, Revoke access doesn't (and says why). */
export const RevokedSelected: Story = {
  args: { selected: customers.filter((c) => c.status === "revoked").slice(0, 3) },
  play: async ({ canvasElement }) => {
    const bar = within(await within(canvasElement).findByRole("region", { name: "Bulk actions" }));
    await waitFor(() => expect(bar.getByRole("button", { name: "Grant access" })).not.toHaveAttribute("aria-disabled"));
    await expect(bar.getByRole("button", { name: "Revoke access" })).toHaveAttribute("aria-disabled", "true");
  },
};

/** More customers match than one bulk action may cover: the cap message and "Select the first 1,000". */
export const CappedAtOneThousand: Story = {
  parameters: { memoryAdapter: { customers: 1500, seed: SEED } },
  args: { selected: generateCustomers(1500, { seed: SEED }).slice(0, 25), matchingTotal: 1500 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole("button", { name: "Select the first 1,000 matching customers" }));
    await waitFor(() => expect(canvas.getByRole("region", { name: "Bulk actions" })).toHaveTextContent("1,000 customers selected"), { timeout: 5000 });
  },
};

/** Delete with the typed confirmation: the number of customers must be typed before Delete works. */
export const DeleteWithTypedCount: Story = {
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    await clickAction(canvasElement, "Delete");
    const dialog = await body.findByRole("alertdialog", { name: "Delete 5 customers?" });
    const submit = within(dialog).getByRole("button", { name: "Delete 5 customers" });
    await expect(submit).toBeDisabled();
    await userEvent.type(within(dialog).getByLabelText("Type 5 to confirm"), "5");
    await userEvent.click(submit);
    await within(dialog).findByText("5 customers deleted.", {}, { timeout: 5000 });
  },
};

/** Two customers fail: the summary lists them with the reason, and they stay selected. */
export const PartialFailure: Story = {
  parameters: {
    memoryAdapter: adapterOptions({
      fail: (method, args) =>
        method === "revokeAccess" && [active[1]!.id, active[3]!.id].includes(args[0] as string)
          ? new AdapterError("conflict", "Story: locked")
          : undefined,
    }),
  },
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    await clickAction(canvasElement, "Revoke access");
    const dialog = await body.findByRole("dialog");
    await userEvent.click(within(dialog).getByRole("button", { name: "Revoke access" }));
    await expect(await within(dialog).findByRole("alert", {}, { timeout: 5000 })).toHaveTextContent("2 failed");
  },
};

const progressResult: BulkResult = { succeeded: [], failed: [], cancelled: [] };

/** The dialog while an action runs: progress bar with done / total and Stop (the View, held mid-run). */
export const InProgress: Story = {
  render: () => (
    <BulkActionDialogView
      action="migrate"
      customers={active.slice(0, 12)}
      defaultOpen
      onRun={({ onProgress }) => {
        onProgress({ done: 5, total: 12, failed: 0 });
        return new Promise<BulkResult>(() => progressResult);
      }}
    />
  ),
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    const dialog = await body.findByRole("dialog");
    await userEvent.click(within(dialog).getByRole("button", { name: "Migrate 12 customers" }));
    await within(dialog).findByText("5 of 12 done");
  },
};

/** The connected dialog on its own (as a host would open it): Migrate for twelve customers, run to the end. */
export const DialogMigrate: Story = {
  render: () => <BulkActionDialog action="migrate" customers={active.slice(0, 12)} defaultOpen />,
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    const dialog = await body.findByRole("dialog", { name: "Migrate 12 customers to Atlassian accounts?" });
    await userEvent.click(within(dialog).getByRole("button", { name: "Migrate 12 customers" }));
    await within(dialog).findByText("12 customers migrated.", {}, { timeout: 8000 });
  },
};

/** Dark theme, right to left: the bar with five selected (Arabic locale and translation). */
export const DarkRightToLeft: Story = { globals: { theme: "dark", locale: "ar" } };

/** The bar as a View with plain props, for custom data flows. */
export const ViewOnly: Story = {
  render: () => (
    <BulkActionBarView selectedCount={3} onAction={() => {}} onClearSelection={() => {}} matchingTotal={240} onSelectAllMatching={() => {}} />
  ),
};
