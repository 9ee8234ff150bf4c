import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { AdapterError, PortalCustomersPage } from "../src";
import type { MemoryAdapterOptions } from "../src/testing";
import { HUMAN_LATENCY, failing, team } from "./support/fixtures";
import { announced, dialogClosed, findRow, openRowMenu, page, rowsLoaded, startAction } from "./support/play";

const PASSWORD = "Tr1cky-Walrus-42";

/**
 * Each admin task played from start to finish on the whole page, over the memory adapter
 * (answers take 0.1–0.3 s): the row's ••• menu, the dialog, the result in the table and
 * the polite announcement. Open a story to watch it run; the Interactions panel steps through it.
 */
const meta = {
  title: "Customers/Tasks",
  component: PortalCustomersPage,
  tags: ["!autodocs"],
  parameters: {
    layout: "fullscreen",
    memoryAdapter: { customers: team, latency: HUMAN_LATENCY } satisfies MemoryAdapterOptions,
  },
  args: { navigation: null },
} satisfies Meta<typeof PortalCustomersPage>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Change password: typed twice, saved; the dialog closes and no password stays in the page. */
export const ChangePassword: Story = {
  play: async ({ canvasElement, step }) => {
    await rowsLoaded({ canvasElement });
    const dialog = await startAction(canvasElement, "Ada Lovelace", "Change password", "Change password");
    await step("Type the new password twice", async () => {
      await userEvent.type(dialog.getByLabelText("New password"), PASSWORD);
      await userEvent.type(dialog.getByLabelText("Confirm password"), PASSWORD);
      await expect(dialog.getByRole("meter", { name: "Password strength" })).toHaveAttribute("aria-valuenow", "4");
    });
    await userEvent.click(dialog.getByRole("button", { name: "Save password" }));
    await dialogClosed(canvasElement);
    await announced(canvasElement, "Password changed for Ada Lovelace.");
    const inputs = [...canvasElement.ownerDocument.querySelectorAll("input")];
    await expect(inputs.some((input) => input.value === PASSWORD)).toBe(false);
    await expect(canvasElement.ownerDocument.body).not.toHaveTextContent(PASSWORD);
  },
};

/** Edit full name: the row shows the new name at once. */
export const EditName: Story = {
  play: async ({ canvasElement }) => {
    await rowsLoaded({ canvasElement });
    const dialog = await startAction(canvasElement, "Ada Lovelace", "Edit full name", "Edit full name");
    const input = dialog.getByLabelText("Full name");
    await expect(input).toHaveValue("Ada Lovelace");
    await userEvent.clear(input);
    await userEvent.type(input, "Ada King, Countess of Lovelace");
    await userEvent.click(dialog.getByRole("button", { name: "Update" }));
    await dialogClosed(canvasElement);
    await announced(canvasElement, "Full name changed to Ada King, Countess of Lovelace.");
    await findRow(canvasElement, "Ada King, Countess of Lovelace");
  },
};

/** Revoke access, then Grant access again: the status follows, and the menu swaps the two actions. */
export const RevokeThenGrant: Story = {
  play: async ({ canvasElement, step }) => {
    await rowsLoaded({ canvasElement });
    await step("Revoke access", async () => {
      const dialog = await startAction(canvasElement, "Ada Lovelace", "Revoke access", "Revoke access?");
      await userEvent.click(dialog.getByRole("button", { name: "Revoke access" }));
      await dialogClosed(canvasElement);
      await announced(canvasElement, "Access revoked for Ada Lovelace.");
      await waitFor(async () => expect(within(await findRow(canvasElement, "Ada Lovelace")).getByText("Access revoked")).toBeVisible());
    });
    await step("Grant access", async () => {
      const menu = await openRowMenu(canvasElement, "Ada Lovelace");
      await expect(menu.queryByRole("menuitem", { name: "Revoke access" })).toBeNull();
      await userEvent.keyboard("{Escape}");
      const dialog = await startAction(canvasElement, "Ada Lovelace", "Grant access", "Grant access?");
      await userEvent.click(dialog.getByRole("button", { name: "Grant access" }));
      await dialogClosed(canvasElement);
      await announced(canvasElement, "Access granted to Ada Lovelace.");
      await waitFor(async () => expect(within(await findRow(canvasElement, "Ada Lovelace")).getByText("Active")).toBeVisible());
    });
  },
};

/** Migrate to an Atlassian account: irreversible; the customer leaves the portal-only list. */
export const Migrate: Story = {
  play: async ({ canvasElement }) => {
    await rowsLoaded({ canvasElement });
    const dialog = await startAction(canvasElement, "Ada Lovelace", "Migrate to Atlassian account", "Migrate to an Atlassian account?");
    await expect(dialog.getByText("This can't be undone. There's no way back to a portal-only account.")).toBeVisible();
    await userEvent.click(dialog.getByRole("button", { name: "Migrate" }));
    await dialogClosed(canvasElement);
    await announced(canvasElement, "Ada Lovelace was migrated to an Atlassian account.");
    await waitFor(() => expect(within(canvasElement).queryByRole("rowheader", { name: "Ada Lovelace" })).toBeNull());
    await within(canvasElement).findByText(/ of 39$/);
  },
};

/** Delete account: Delete stays disabled until the customer's email is typed exactly. */
export const DeleteWithTypedEmail: Story = {
  play: async ({ canvasElement, step }) => {
    await rowsLoaded({ canvasElement });
    const dialog = await startAction(canvasElement, "Ada Lovelace", "Delete account", "Delete account?");
    const confirm = dialog.getByLabelText("Type ada@example.com to confirm");
    const submit = dialog.getByRole("button", { name: "Delete" });
    await step("A near miss keeps Delete disabled", async () => {
      await userEvent.type(confirm, "ada@example.co");
      await expect(submit).toBeDisabled();
    });
    await userEvent.type(confirm, "m");
    await expect(submit).toBeEnabled();
    await userEvent.click(submit);
    await dialogClosed(canvasElement);
    await announced(canvasElement, "Ada Lovelace was deleted.");
    await waitFor(() => expect(within(canvasElement).queryByRole("rowheader", { name: "Ada Lovelace" })).toBeNull());
  },
};

/** A save that fails (someone else changed the customer): the error in words, the dialog and the typed name stay. */
export const FailedSaveKeepsInput: Story = {
  parameters: {
    memoryAdapter: {
      customers: team,
      latency: HUMAN_LATENCY,
      fail: failing("updateDisplayName", new AdapterError("conflict", "Story: changed elsewhere", { status: 409 })),
    } satisfies MemoryAdapterOptions,
  },
  play: async ({ canvasElement }) => {
    await rowsLoaded({ canvasElement });
    const dialog = await startAction(canvasElement, "Ada Lovelace", "Edit full name", "Edit full name");
    await userEvent.clear(dialog.getByLabelText("Full name"));
    await userEvent.type(dialog.getByLabelText("Full name"), "Ada King");
    await userEvent.click(dialog.getByRole("button", { name: "Update" }));
    await expect(await dialog.findByRole("alert", {}, { timeout: 5000 })).toHaveTextContent("Someone else changed this customer.");
    await expect(dialog.getByLabelText("Full name")).toHaveValue("Ada King");
    await expect(dialog.getByRole("button", { name: "Update" })).toBeEnabled();
    // The page behind the modal dialog is aria-hidden: look there with `hidden`.
    await expect(within(canvasElement).getByRole("rowheader", { name: "Ada Lovelace", hidden: true })).toBeInTheDocument();
  },
};

/** A password that can't be saved (offline): the error in words, both typed passwords stay for another try. */
export const FailedPasswordKeepsInput: Story = {
  parameters: {
    memoryAdapter: {
      customers: team,
      latency: HUMAN_LATENCY,
      fail: failing("changePassword", new AdapterError("network", "Story: offline")),
    } satisfies MemoryAdapterOptions,
  },
  play: async ({ canvasElement }) => {
    await rowsLoaded({ canvasElement });
    const dialog = await startAction(canvasElement, "Ada Lovelace", "Change password", "Change password");
    await userEvent.type(dialog.getByLabelText("New password"), PASSWORD);
    await userEvent.type(dialog.getByLabelText("Confirm password"), PASSWORD);
    await userEvent.click(dialog.getByRole("button", { name: "Save password" }));
    await expect(await dialog.findByRole("alert", {}, { timeout: 5000 })).toHaveTextContent("We couldn't reach the server.");
    await expect(dialog.getByLabelText("New password")).toHaveValue(PASSWORD);
    await expect(dialog.getByLabelText("Confirm password")).toHaveValue(PASSWORD);
  },
};

/** Bulk delete: three rows ticked, the count typed to confirm, the summary, and the rows gone. */
export const BulkDelete: Story = {
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    await rowsLoaded({ canvasElement });
    const names = canvas.getAllByRole("rowheader").slice(0, 3).map((header) => header.textContent ?? "");
    await step("Select three customers", async () => {
      for (const name of names) await userEvent.click(canvas.getByRole("checkbox", { name: `Select ${name}` }));
      await expect(canvas.getByRole("region", { name: "Bulk actions" })).toHaveTextContent("3 customers selected");
    });
    const deleteButton = within(canvas.getByRole("region", { name: "Bulk actions" })).getByRole("button", { name: "Delete" });
    await waitFor(() => expect(deleteButton).not.toHaveAttribute("aria-disabled"));
    await userEvent.click(deleteButton);
    const dialog = within(await page(canvasElement).findByRole("alertdialog", { name: "Delete 3 customers?" }));
    const submit = dialog.getByRole("button", { name: "Delete 3 customers" });
    await expect(submit).toBeDisabled();
    await userEvent.type(dialog.getByLabelText("Type 3 to confirm"), "3");
    await userEvent.click(submit);
    await dialog.findByText("3 customers deleted.", {}, { timeout: 5000 });
    await userEvent.click(dialog.getByRole("button", { name: "Close" }));
    await dialogClosed(canvasElement);
    for (const name of names) await waitFor(() => expect(canvas.queryByRole("rowheader", { name })).toBeNull());
    await canvas.findByText("Showing 1–25 of 37");
  },
};
