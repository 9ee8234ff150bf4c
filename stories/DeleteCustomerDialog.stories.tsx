import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, within } from "storybook/test";
import { AdapterError, DeleteCustomerDialog, DeleteCustomerDialogView } from "../src";
import type { MemoryAdapterOptions } from "../src/testing";
import { ada, dialogDocs, dialogReady, DialogStage, NEVER, notInDocs, submitAndExpectProgress } from "./support/dialogStory";

const TITLE = "Delete account?";

const longCustomer = {
  ...ada,
  id: "c-long",
  displayName: "Maximiliana Montgomery-Fitzwilliam de la Cruz y Villanueva-Oyelaran Nakashima-Björklund",
  email: "maximiliana.montgomery-fitzwilliam.delacruz.villanueva@customer-support.subdomain.example.com",
};

async function confirmEmail() {
  const dialog = within(await dialogReady(TITLE, "alertdialog"));
  await userEvent.type(dialog.getByLabelText(`Type ${ada.email} to confirm`), ada.email);
  await expect(dialog.getByRole("button", { name: "Delete" })).toBeEnabled();
  return dialog;
}

const meta = {
  title: "Customers/Dialogs/DeleteCustomerDialog",
  component: DeleteCustomerDialog,
  subcomponents: { DeleteCustomerDialogView },
  args: { customer: ada },
  parameters: { ...dialogDocs, memoryAdapter: { customers: [ada] } satisfies MemoryAdapterOptions },
  render: (args) => <DialogStage Dialog={DeleteCustomerDialog} customer={args.customer} />,
} satisfies Meta<typeof DeleteCustomerDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Permanent; suggests Revoke access; "Delete" disabled until the email is typed. Focus on Cancel. */
export const Default: Story = {
  play: notInDocs(async () => {
    const dialog = within(await dialogReady(TITLE, "alertdialog"));
    await expect(dialog.getByRole("button", { name: "Delete" })).toBeDisabled();
  }),
};

/** The email typed exactly: "Delete" is enabled. */
export const Confirmed: Story = { play: notInDocs(() => confirmEmail()) };

/** Not allowed: the error in words, the confirmation still typed. */
export const FailingSave: Story = {
  parameters: {
    memoryAdapter: {
      customers: [ada],
      fail: (method) => (method === "deleteCustomer" ? new AdapterError("forbidden", "Story: 403", { status: 403 }) : undefined),
    } satisfies MemoryAdapterOptions,
  },
  play: notInDocs(async () => {
    const dialog = await confirmEmail();
    await userEvent.click(dialog.getByRole("button", { name: "Delete" }));
    await expect(await dialog.findByRole("alert")).toHaveTextContent("You don't have permission to do that.");
    await expect(dialog.getByLabelText(`Type ${ada.email} to confirm`)).toHaveValue(ada.email);
  }),
};

/** The deletion never answers: progress on the button. */
export const SlowSave: Story = {
  parameters: { memoryAdapter: { customers: [ada], latency: NEVER } satisfies MemoryAdapterOptions },
  play: notInDocs(async () => {
    await confirmEmail();
    await submitAndExpectProgress("Delete", "Deleting…");
  }),
};

/** The dark theme. */
export const Dark: Story = { globals: { theme: "dark" }, play: Confirmed.play };

/** A very long name and address: the text wraps and the address must still be typed exactly. */
export const LongNameAndEmail: Story = {
  args: { customer: longCustomer },
  parameters: { memoryAdapter: { customers: [longCustomer] } satisfies MemoryAdapterOptions },
  play: notInDocs(async () => {
    const dialog = within(await dialogReady(TITLE, "alertdialog"));
    await userEvent.type(dialog.getByLabelText(`Type ${longCustomer.email} to confirm`), longCustomer.email);
    await expect(dialog.getByRole("button", { name: "Delete" })).toBeEnabled();
  }),
};

/** The View alone, without a provider. */
export const View: Story = {
  render: (args) => <DeleteCustomerDialogView customer={args.customer} defaultOpen onSubmit={fn(async () => {})} />,
  play: Default.play,
};
