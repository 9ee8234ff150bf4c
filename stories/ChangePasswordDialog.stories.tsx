import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, screen, userEvent, within } from "storybook/test";
import { AdapterError, ChangePasswordDialog, ChangePasswordDialogView } from "../src";
import type { MemoryAdapterOptions } from "../src/testing";
import { ada, dialogDocs, dialogReady, DialogStage, NEVER, notInDocs, submitAndExpectProgress } from "./support/dialogStory";

const PASSWORD = "Tr1cky-Walrus-42";

async function typePasswords(password = PASSWORD, confirm = password) {
  const dialog = within(await dialogReady("Change password"));
  await userEvent.type(dialog.getByLabelText("New password"), password);
  await userEvent.type(dialog.getByLabelText("Confirm password"), confirm);
  return dialog;
}

const meta = {
  title: "Customers/Dialogs/ChangePasswordDialog",
  component: ChangePasswordDialog,
  subcomponents: { ChangePasswordDialogView },
  args: { customer: ada },
  parameters: { ...dialogDocs, memoryAdapter: { customers: [ada] } satisfies MemoryAdapterOptions },
  render: (args) => <DialogStage Dialog={ChangePasswordDialog} customer={args.customer} />,
} satisfies Meta<typeof ChangePasswordDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Open and empty: focus in New password, every rule still to meet. */
export const Default: Story = { play: notInDocs(() => dialogReady("Change password").then(() => undefined)) };

/** A strong password typed twice: every rule met, the meter says how strong. */
export const Filled: Story = {
  play: notInDocs(async () => {
    await typePasswords();
    await expect(screen.getByRole("meter", { name: "Password strength" })).toHaveAttribute("aria-valuenow", "4");
  }),
};

/** Submitted with a too-short password and a mismatch: errors on the fields, nothing sent. */
export const Invalid: Story = {
  play: notInDocs(async () => {
    const dialog = await typePasswords("short", "shorter");
    await userEvent.click(dialog.getByRole("button", { name: "Save password" }));
    await expect(await dialog.findByText("Use at least 8 characters.")).toBeVisible();
  }),
};

/** The passwords typed as plain text with the show/hide toggle pressed. */
export const Shown: Story = {
  play: notInDocs(async () => {
    const dialog = await typePasswords();
    await userEvent.click(dialog.getByRole("button", { name: "Show passwords" }));
    await expect(dialog.getByLabelText("New password")).toHaveAttribute("type", "text");
  }),
};

/** The adapter can't be reached: the error in words, the dialog and the input stay. */
export const FailingSave: Story = {
  parameters: {
    memoryAdapter: {
      customers: [ada],
      fail: (method) => (method === "changePassword" ? new AdapterError("network", "Story: offline") : undefined),
    } satisfies MemoryAdapterOptions,
  },
  play: notInDocs(async () => {
    const dialog = await typePasswords();
    await userEvent.click(dialog.getByRole("button", { name: "Save password" }));
    await expect(await dialog.findByRole("alert")).toHaveTextContent("We couldn't reach the server.");
    await expect(dialog.getByLabelText("New password")).toHaveValue(PASSWORD);
  }),
};

/** The backend refuses the password with a field error: shown on New password. */
export const ServerFieldError: Story = {
  parameters: {
    memoryAdapter: {
      customers: [ada],
      fail: (method) =>
        method === "changePassword"
          ? new AdapterError("validation", "Story: breached", { status: 422, fieldErrors: { newPassword: "This password appeared in a data breach. Choose another." } })
          : undefined,
    } satisfies MemoryAdapterOptions,
  },
  play: notInDocs(async () => {
    const dialog = await typePasswords();
    await userEvent.click(dialog.getByRole("button", { name: "Save password" }));
    await expect(await dialog.findByText("This password appeared in a data breach. Choose another.")).toBeVisible();
  }),
};

/** Opened anyway in the Government environment (the menu never offers it there): the adapter refuses, and the dialog says so. */
export const GovernmentRefused: Story = {
  parameters: { memoryAdapter: { customers: [ada], context: { environment: "government" } } satisfies MemoryAdapterOptions },
  play: notInDocs(async () => {
    const dialog = await typePasswords();
    await userEvent.click(dialog.getByRole("button", { name: "Save password" }));
    await expect(await dialog.findByRole("alert")).toHaveTextContent("You don't have permission to do that.");
  }),
};

/** The save never answers: the button says "Saving…" and further clicks send nothing. */
export const SlowSave: Story = {
  parameters: { memoryAdapter: { customers: [ada], latency: NEVER } satisfies MemoryAdapterOptions },
  play: notInDocs(async () => {
    await typePasswords();
    await submitAndExpectProgress("Save password");
  }),
};

/** The dark theme. */
export const Dark: Story = {
  globals: { theme: "dark" },
  play: Filled.play,
};

/** Right to left: the Arabic locale and translation, for a customer with an Arabic name. */
export const RightToLeft: Story = {
  globals: { locale: "ar" },
  args: { customer: { ...ada, id: "c-layla", displayName: "ليلى حداد", email: "layla.haddad@example.com" } },
  parameters: {
    memoryAdapter: { customers: [{ ...ada, id: "c-layla", displayName: "ليلى حداد", email: "layla.haddad@example.com" }] } satisfies MemoryAdapterOptions,
  },
  play: notInDocs(async () => {
    const dialog = within(await dialogReady("تغيير كلمة المرور"));
    await userEvent.type(dialog.getByLabelText("كلمة المرور الجديدة"), PASSWORD);
    await userEvent.type(dialog.getByLabelText("تأكيد كلمة المرور"), "Tr1cky");
  }),
};

/** The View alone, without a provider: `onSubmit` receives the values. */
export const View: Story = {
  render: (args) => <ChangePasswordDialogView customer={args.customer} defaultOpen onSubmit={fn(async () => {})} />,
  play: notInDocs(() => dialogReady("Change password").then(() => undefined)),
};
