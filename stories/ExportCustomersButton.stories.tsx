import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, within } from "storybook/test";
import { AdapterError, ExportCustomersButton } from "../src";

const meta = {
  title: "Customers/ExportCustomersButton",
  component: ExportCustomersButton,
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
