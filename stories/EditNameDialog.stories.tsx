import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, within } from "storybook/test";
import { AdapterError, EditNameDialog, EditNameDialogView } from "../src";
import type { MemoryAdapterOptions } from "../src/testing";
import { ada, dialogDocs, dialogReady, DialogStage, NEVER, notInDocs, submitAndExpectProgress } from "./support/dialogStory";

async function rename(name: string) {
  const dialog = within(await dialogReady("Edit full name"));
  await userEvent.clear(dialog.getByLabelText("Full name"));
  if (name) await userEvent.type(dialog.getByLabelText("Full name"), name);
  await userEvent.click(dialog.getByRole("button", { name: "Update" }));
  return dialog;
}

const meta = {
  title: "Customers/Dialogs/EditNameDialog",
  component: EditNameDialog,
  subcomponents: { EditNameDialogView },
  args: { customer: ada },
  parameters: { ...dialogDocs, memoryAdapter: { customers: [ada] } satisfies MemoryAdapterOptions },
  render: (args) => <DialogStage Dialog={EditNameDialog} customer={args.customer} />,
} satisfies Meta<typeof EditNameDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Prefilled with the current name, focused. */
export const Default: Story = { play: notInDocs(() => dialogReady("Edit full name").then(() => undefined)) };

/** An empty name is refused on the field; nothing is sent. */
export const Invalid: Story = {
  play: notInDocs(async () => {
    const dialog = await rename("");
    await expect(await dialog.findByText("Enter a full name.")).toBeVisible();
  }),
};

/** Someone else changed the customer: the conflict in words, the new name still typed. */
export const FailingSave: Story = {
  parameters: {
    memoryAdapter: {
      customers: [ada],
      fail: (method) => (method === "updateDisplayName" ? new AdapterError("conflict", "Story: conflict", { status: 409 }) : undefined),
    } satisfies MemoryAdapterOptions,
  },
  play: notInDocs(async () => {
    const dialog = await rename("Ada King");
    await expect(await dialog.findByRole("alert")).toHaveTextContent("Someone else changed this customer.");
    await expect(dialog.getByLabelText("Full name")).toHaveValue("Ada King");
  }),
};

/** The save never answers: progress on the button. */
export const SlowSave: Story = {
  parameters: { memoryAdapter: { customers: [ada], latency: NEVER } satisfies MemoryAdapterOptions },
  play: notInDocs(async () => {
    const dialog = within(await dialogReady("Edit full name"));
    await userEvent.type(dialog.getByLabelText("Full name"), " King");
    await submitAndExpectProgress("Update");
  }),
};

/** A name over the 255-character limit is refused on the field; nothing is sent. */
export const TooLong: Story = {
  play: notInDocs(async () => {
    const dialog = within(await dialogReady("Edit full name"));
    const input = dialog.getByLabelText("Full name");
    await userEvent.clear(input);
    // Pasted, as nobody types 256 characters.
    input.focus();
    await userEvent.paste("A".repeat(256));
    await userEvent.click(dialog.getByRole("button", { name: "Update" }));
    await expect(await dialog.findByText("Use at most 255 characters.")).toBeVisible();
  }),
};

/** The dark theme. */
export const Dark: Story = { globals: { theme: "dark" }, play: Default.play };

/** The View alone, without a provider. */
export const View: Story = {
  render: (args) => <EditNameDialogView customer={args.customer} defaultOpen onSubmit={fn(async () => {})} />,
  play: Default.play,
};
