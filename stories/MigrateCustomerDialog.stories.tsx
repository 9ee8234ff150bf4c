import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, within } from "storybook/test";
import { AdapterError, MigrateCustomerDialog, MigrateCustomerDialogView } from "../src";
import type { MemoryAdapterOptions } from "../src/testing";
import { ada, dialogDocs, dialogReady, DialogStage, NEVER, notInDocs, submitAndExpectProgress } from "./support/dialogStory";

const TITLE = "Migrate to an Atlassian account?";

const meta = {
  title: "Customers/Dialogs/MigrateCustomerDialog",
  component: MigrateCustomerDialog,
  subcomponents: { MigrateCustomerDialogView },
  args: { customer: ada },
  parameters: { ...dialogDocs, memoryAdapter: { customers: [ada] } satisfies MemoryAdapterOptions },
  render: (args) => <DialogStage Dialog={MigrateCustomerDialog} customer={args.customer} />,
} satisfies Meta<typeof MigrateCustomerDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Irreversible: the warning, what happens to requests and log-in, focus on Cancel. */
export const Default: Story = {
  play: notInDocs(async () => {
    const dialog = within(await dialogReady(TITLE));
    // On the docs page several story frames share one window and only one holds focus.
    if (document.hasFocus()) await expect(dialog.getByRole("button", { name: "Cancel" })).toHaveFocus();
  }),
};

/** The customer was already removed elsewhere: "no longer exists", the dialog stays. */
export const FailingSave: Story = {
  parameters: {
    memoryAdapter: {
      customers: [ada],
      fail: (method) => (method === "migrateToAtlassianAccount" ? new AdapterError("not-found", "Story: gone", { status: 404 }) : undefined),
    } satisfies MemoryAdapterOptions,
  },
  play: notInDocs(async () => {
    const dialog = within(await dialogReady(TITLE));
    await userEvent.click(dialog.getByRole("button", { name: "Migrate" }));
    await expect(await dialog.findByRole("alert")).toHaveTextContent("This customer no longer exists.");
  }),
};

/** The migration never answers: progress on the button. */
export const SlowSave: Story = {
  parameters: { memoryAdapter: { customers: [ada], latency: NEVER } satisfies MemoryAdapterOptions },
  play: notInDocs(async () => {
    await dialogReady(TITLE);
    await submitAndExpectProgress("Migrate", "Migrating…");
  }),
};

/** The dark theme. */
export const Dark: Story = { globals: { theme: "dark" }, play: notInDocs(() => dialogReady(TITLE).then(() => undefined)) };

/** The View alone, without a provider. */
export const View: Story = {
  render: (args) => <MigrateCustomerDialogView customer={args.customer} defaultOpen onSubmit={fn(async () => {})} />,
  play: notInDocs(() => dialogReady(TITLE).then(() => undefined)),
};
