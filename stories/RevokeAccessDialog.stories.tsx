import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, within } from "storybook/test";
import { AdapterError, RevokeAccessDialog, RevokeAccessDialogView } from "../src";
import type { MemoryAdapterOptions } from "../src/testing";
import { ada, dialogDocs, dialogReady, DialogStage, NEVER, notInDocs, submitAndExpectProgress } from "./support/dialogStory";

const TITLE = "Revoke access?";

const meta = {
  title: "Customers/Dialogs/RevokeAccessDialog",
  component: RevokeAccessDialog,
  subcomponents: { RevokeAccessDialogView },
  args: { customer: ada },
  parameters: { ...dialogDocs, memoryAdapter: { customers: [ada] } satisfies MemoryAdapterOptions },
  render: (args) => <DialogStage Dialog={RevokeAccessDialog} customer={args.customer} />,
} satisfies Meta<typeof RevokeAccessDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

/** What the customer won't be able to do, and what stays. */
export const Default: Story = { play: notInDocs(() => dialogReady(TITLE).then(() => undefined)) };

/** Too many requests: the error in words, the dialog stays. */
export const FailingSave: Story = {
  parameters: {
    memoryAdapter: {
      customers: [ada],
      fail: (method) => (method === "revokeAccess" ? new AdapterError("rate-limited", "Story: 429", { status: 429 }) : undefined),
    } satisfies MemoryAdapterOptions,
  },
  play: notInDocs(async () => {
    const dialog = within(await dialogReady(TITLE));
    await userEvent.click(dialog.getByRole("button", { name: "Revoke access" }));
    await expect(await dialog.findByRole("alert")).toHaveTextContent("Too many requests.");
  }),
};

/** The call never answers: progress on the button. */
export const SlowSave: Story = {
  parameters: { memoryAdapter: { customers: [ada], latency: NEVER } satisfies MemoryAdapterOptions },
  play: notInDocs(async () => {
    await dialogReady(TITLE);
    await submitAndExpectProgress("Revoke access", "Revoking access…");
  }),
};

/** The dark theme. */
export const Dark: Story = { globals: { theme: "dark" }, play: Default.play };

/** The View alone, without a provider. */
export const View: Story = {
  render: (args) => <RevokeAccessDialogView customer={args.customer} defaultOpen onSubmit={fn(async () => {})} />,
  play: Default.play,
};
