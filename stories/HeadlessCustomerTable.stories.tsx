import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import type { MemoryAdapterOptions } from "../src/testing";
import { team } from "./support/fixtures";
import { HostCustomersScreen } from "./support/HostCustomersScreen";
import { animationsDone, announced, dialogClosed, page, rowsLoaded } from "./support/play";

const meta = {
  title: "Customers/useCustomerTable (headless)",
  component: HostCustomersScreen,
  parameters: {
    layout: "padded",
    memoryAdapter: { customers: team } satisfies MemoryAdapterOptions,
    docs: {
      description: {
        component:
          "A host's own customers screen: its own table markup and class names, with `useCustomerTable` for the behaviour " +
          "(query, debounce, list, selection across pages, dialogs and focus return, announcements, bulk and export state) " +
          "and the library's `CustomerActionsMenu`, account dialogs and `BulkActionBar`.",
      },
    },
  },
} satisfies Meta<typeof HostCustomersScreen>;

export default meta;
type Story = StoryObj<typeof meta>;

const PASSWORD = "Correct-horse-battery-9";

/**
 * Opens `name`'s ••• menu and chooses `action` from the keyboard (Enter on the button, then on the
 * item), and returns the dialog it opens. With pointer clicks on this compact host markup, Radix's
 * menu updated its items' focus outside the test's act() (React logged it); the keyboard path,
 * which a keyboard user takes, does not.
 */
async function startAction(canvasElement: HTMLElement, name: string, action: string, dialogName: string) {
  const trigger = within(canvasElement).getByRole("button", { name: `More options for ${name}` });
  trigger.focus();
  await userEvent.keyboard("{Enter}");
  const menu = await page(canvasElement).findByRole("menu");
  const item = within(menu).getByRole("menuitem", { name: action });
  await waitFor(() => expect(item).not.toHaveAttribute("aria-disabled"), { timeout: 5000 });
  await animationsDone(canvasElement);
  item.focus();
  await userEvent.keyboard("{Enter}");
  const dialog = await page(canvasElement).findByRole("dialog", { name: dialogName }, { timeout: 5000 });
  await animationsDone(canvasElement);
  return within(dialog);
}
const names = (canvasElement: HTMLElement) => within(canvasElement).getAllByRole("rowheader").map((cell) => cell.textContent ?? "");

/** The flows of the library's own table, on host markup: filter, sort, paging, change password, revoke, bulk revoke. */
export const HostMarkup: Story = {
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    await rowsLoaded({ canvasElement });
    await expect(canvas.getByText("1–25 of 40")).toBeInTheDocument();

    await step("paging", async () => {
      await userEvent.click(canvas.getByRole("button", { name: "Next" }));
      await waitFor(() => expect(canvas.getByText("26–40 of 40")).toBeInTheDocument(), { timeout: 5000 });
      await userEvent.click(canvas.getByRole("button", { name: "Previous" }));
      await waitFor(() => expect(canvas.getByText("1–25 of 40")).toBeInTheDocument(), { timeout: 5000 });
    });

    await step("sort", async () => {
      const first = names(canvasElement)[0];
      await userEvent.click(canvas.getByRole("button", { name: /^Name/ }));
      await waitFor(() => expect(canvas.getByRole("columnheader", { name: "Customer" })).toHaveAttribute("aria-sort", "descending"));
      await waitFor(() => expect(names(canvasElement)[0]).not.toBe(first), { timeout: 5000 });
      const sorted = names(canvasElement).map((n) => n.toLowerCase());
      await expect([...sorted].sort().reverse()).toEqual(sorted);
      await userEvent.click(canvas.getByRole("button", { name: /^Name/ }));
      await waitFor(() => expect(names(canvasElement)[0]).toBe(first), { timeout: 5000 });
    });

    await step("filter", async () => {
      await userEvent.type(canvas.getByRole("searchbox", { name: "Search customers" }), "lovelace");
      await waitFor(() => expect(names(canvasElement)).toEqual(["Ada Lovelace"]), { timeout: 5000 });
    });

    await step("change password", async () => {
      const dialog = await startAction(canvasElement, "Ada Lovelace", "Change password", "Change password");
      await userEvent.type(dialog.getByLabelText("New password"), PASSWORD);
      await userEvent.type(dialog.getByLabelText("Confirm password"), PASSWORD);
      await userEvent.click(dialog.getByRole("button", { name: "Save password" }));
      await dialogClosed(canvasElement);
      await announced(canvasElement, "Password changed for Ada Lovelace.");
      await waitFor(() => expect(canvas.getByRole("button", { name: "More options for Ada Lovelace" })).toHaveFocus());
    });

    await step("revoke", async () => {
      const dialog = await startAction(canvasElement, "Ada Lovelace", "Revoke access", "Revoke access?");
      await userEvent.click(dialog.getByRole("button", { name: "Revoke access" }));
      await dialogClosed(canvasElement);
      await announced(canvasElement, "Access revoked for Ada Lovelace.");
      await expect(canvas.getByText("✖ access revoked")).toBeInTheDocument();
    });

    await step("bulk revoke across pages", async () => {
      await userEvent.clear(canvas.getByRole("searchbox", { name: "Search customers" }));
      await waitFor(() => expect(canvas.getByText("1–25 of 40")).toBeInTheDocument(), { timeout: 5000 });
      await userEvent.selectOptions(canvas.getByRole("combobox", { name: "Show" }), "active");
      await waitFor(() => expect(canvas.getByText(/^1–25 of \d+$/)).toBeInTheDocument(), { timeout: 5000 });
      const [first] = names(canvasElement);
      await userEvent.click(canvas.getByRole("checkbox", { name: `Select ${first}` }));
      await userEvent.click(canvas.getByRole("button", { name: "Next" }));
      await waitFor(() => expect(canvas.getByText(/^26–\d+ of \d+$/)).toBeInTheDocument(), { timeout: 5000 });
      const [second] = names(canvasElement);
      await userEvent.click(canvas.getByRole("checkbox", { name: `Select ${second}` }));
      const bar = canvas.getByRole("region", { name: "Bulk actions" });
      await expect(bar).toHaveTextContent("2 customers selected");
      await userEvent.click(within(bar).getByRole("button", { name: "Revoke access" }));
      const dialog = within(await page(canvasElement).findByRole("dialog", { name: "Revoke access for 2 customers?" }));
      await userEvent.click(dialog.getByRole("button", { name: "Revoke access" }));
      await expect(await dialog.findByText("Access revoked for 2 customers.", {}, { timeout: 5000 })).toBeInTheDocument();
      await userEvent.click(dialog.getByRole("button", { name: "Close" }));
      await dialogClosed(canvasElement);
      await expect(canvas.queryByRole("region", { name: "Bulk actions" })).toBeNull();
      await expect(canvas.getByRole("table")).toHaveFocus();
      await waitFor(() => expect(names(canvasElement)).not.toContain(second), { timeout: 5000 });
    });
  },
};
