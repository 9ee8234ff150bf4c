import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, within } from "storybook/test";
import { AdapterError, GrantAccessDialog, GrantAccessDialogView } from "../src";
import type { MemoryAdapterOptions } from "../src/testing";
import { dialogDocs, dialogReady, DialogStage, grace, NEVER, notInDocs, submitAndExpectProgress } from "./support/dialogStory";

const TITLE = "Grant access?";

const meta = {
  title: "Customers/Dialogs/GrantAccessDialog",
  component: GrantAccessDialog,
  subcomponents: { GrantAccessDialogView },
  args: { customer: grace },
  parameters: { ...dialogDocs, memoryAdapter: { customers: [grace] } satisfies MemoryAdapterOptions },
  render: (args) => <DialogStage Dialog={GrantAccessDialog} customer={args.customer} />,
} satisfies Meta<typeof GrantAccessDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

/** For a revoked customer: what they'll be able to do again. */
export const Default: Story = { play: notInDocs(() => dialogReady(TITLE).then(() => undefined)) };

/** The service is down: the error in words, the dialog stays. */
export const FailingSave: Story = {
  parameters: {
    memoryAdapter: {
      customers: [grace],
      fail: (method) => (method === "grantAccess" ? new AdapterError("unavailable", "Story: 503", { status: 503 }) : undefined),
    } satisfies MemoryAdapterOptions,
  },
  play: notInDocs(async () => {
    const dialog = within(await dialogReady(TITLE));
    await userEvent.click(dialog.getByRole("button", { name: "Grant access" }));
    await expect(await dialog.findByRole("alert")).toHaveTextContent("temporarily unavailable");
  }),
};

/** The call never answers: progress on the button. */
export const SlowSave: Story = {
  parameters: { memoryAdapter: { customers: [grace], latency: NEVER } satisfies MemoryAdapterOptions },
  play: notInDocs(async () => {
    await dialogReady(TITLE);
    await submitAndExpectProgress("Grant access", "Granting access…");
  }),
};

/** The dark theme. */
export const Dark: Story = { globals: { theme: "dark" }, play: Default.play };

/** The View alone, without a provider. */
export const View: Story = {
  render: (args) => <GrantAccessDialogView customer={args.customer} defaultOpen onSubmit={fn(async () => {})} />,
  play: Default.play,
};
