import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { AdapterError, ExportCustomersButton, ExportCustomersButtonView } from "../src";

/** The View with an export that reports 400 of 1,000 and then never finishes. */
function HeldExport() {
  return (
    <ExportCustomersButtonView
      onExport={({ onProgress }) => {
        onProgress({ done: 400, total: 1000 });
        return new Promise<number>(() => {});
      }}
    />
  );
}

const meta = {
  title: "Customers/ExportCustomersButton",
  component: ExportCustomersButton,
  subcomponents: { ExportCustomersButtonView },
  parameters: { layout: "padded", memoryAdapter: { customers: 2500, seed: 4, latency: 120 } },
  args: { query: {} },
} satisfies Meta<typeof ExportCustomersButton>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Exports 2,500 customers a page at a time, with progress and Cancel. */
export const Default: Story = {};

/** Only revoked customers (the table's current filter). */
export const FilteredToRevoked: Story = { args: { query: { status: "revoked" } } };

/** The server fails: the message says why and the button becomes Retry. */
export const Failing: Story = {
  parameters: {
    memoryAdapter: { customers: 300, fail: (method: string) => (method === "exportCustomers" ? new AdapterError("unavailable", "Story: down") : undefined) },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Export customers" }));
    await expect(await canvas.findByRole("alert")).toHaveTextContent("The export failed.");
    await expect(canvas.getByRole("button", { name: "Retry" })).toBeInTheDocument();
  },
};

/** Running: a page at a time with the progress bar, then Cancel export (nothing is downloaded). */
export const RunningThenCancelled: Story = {
  parameters: { memoryAdapter: { customers: 2500, seed: 4, latency: 250 } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole("button", { name: "Export customers" }));
    await expect(await canvas.findByRole("progressbar", { name: "Export progress" })).toBeVisible();
    await userEvent.click(canvas.getByRole("button", { name: "Cancel export" }));
    await waitFor(() => expect(canvas.getByText("Export cancelled.")).toBeVisible());
  },
};

/** The dark theme: the connected button, and the View held mid-export at 400 of 1,000. */
export const Dark: Story = {
  globals: { theme: "dark" },
  render: (args) => (
    <div style={{ display: "grid", gap: 16, justifyItems: "start" }}>
      <ExportCustomersButton {...args} />
      <HeldExport />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getAllByRole("button", { name: "Export customers" })[1]!);
    await expect(await canvas.findByRole("progressbar", { name: "Export progress" })).toHaveValue(400);
  },
};

/** The View from plain props, held mid-export at 400 of 1,000. */
export const View: Story = {
  parameters: { memoryAdapter: undefined },
  render: () => <HeldExport />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Export customers" }));
    await expect(await canvas.findByRole("progressbar", { name: "Export progress" })).toHaveValue(400);
    await expect(canvas.getByText("Exporting 400 of 1,000…")).toBeVisible();
  },
};
