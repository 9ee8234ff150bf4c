import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { AdapterError } from "../../src/adapter/errors";
import { ChangePasswordDialog, ChangePasswordDialogView } from "../../src/components/ChangePasswordDialog";
import { ada, failOnConsole, renderDialog } from "./support/dialogs";

failOnConsole();

const STRONG = "Tr1cky-Walrus-42";

async function fill(user: ReturnType<typeof userEvent.setup>, password: string, confirm = password) {
  await user.type(screen.getByLabelText("New password"), password);
  await user.type(screen.getByLabelText("Confirm password"), confirm);
}

describe("ChangePasswordDialog", () => {
  it("opens with focus in New password, both fields masked and marked as new passwords", async () => {
    renderDialog(ChangePasswordDialog);
    const dialog = await screen.findByRole("dialog", { name: "Change password" });
    expect(dialog).toHaveAccessibleDescription(expect.stringContaining("Set a new password for Ada Lovelace (ada@example.com)"));
    const password = within(dialog).getByLabelText("New password");
    const confirm = within(dialog).getByLabelText("Confirm password");
    expect(password).toHaveFocus();
    for (const field of [password, confirm]) {
      expect(field).toHaveAttribute("type", "password");
      expect(field).toHaveAttribute("autocomplete", "new-password");
    }
  });

  it("shows and hides both passwords with a pressed toggle", async () => {
    const { user } = renderDialog(ChangePasswordDialog);
    const toggle = await screen.findByRole("button", { name: "Show passwords" });
    expect(toggle).toHaveAttribute("aria-pressed", "false");
    await user.click(toggle);
    expect(toggle).toHaveAttribute("aria-pressed", "true");
    expect(screen.getByLabelText("New password")).toHaveAttribute("type", "text");
    expect(screen.getByLabelText("Confirm password")).toHaveAttribute("type", "text");
    await user.click(toggle);
    expect(screen.getByLabelText("New password")).toHaveAttribute("type", "password");
  });

  it("updates the rule checklist and the strength meter while typing", async () => {
    const { user } = renderDialog(ChangePasswordDialog);
    const rules = within(await screen.findByRole("list"));
    const meter = screen.getByRole("meter", { name: "Password strength" });
    const rule = (name: RegExp) => rules.getByText(name).closest("li");
    expect(meter).toHaveAttribute("aria-valuetext", "No password yet");
    expect(rule(/8 to 100 characters/)).toHaveAttribute("data-status", "unmet");

    await user.type(screen.getByLabelText("New password"), "ada@example.com");
    expect(rule(/8 to 100 characters/)).toHaveAttribute("data-status", "met");
    expect(rule(/Not the customer's email/)).toHaveAttribute("data-status", "unmet");
    expect(rule(/Not the customer's email/)).toHaveTextContent("Not yet:");
    expect(meter).toHaveAttribute("aria-valuenow", "0");
    expect(meter).toHaveAttribute("aria-valuetext", "Very weak");

    await user.clear(screen.getByLabelText("New password"));
    await fill(user, STRONG);
    expect(rule(/Not the customer's email/)).toHaveAttribute("data-status", "met");
    expect(rule(/Both passwords match/)).toHaveAttribute("data-status", "met");
    expect(rule(/Both passwords match/)).toHaveTextContent("Done:");
    expect(Number(meter.getAttribute("aria-valuenow"))).toBeGreaterThanOrEqual(3);
    expect(screen.getByLabelText("New password")).toHaveAccessibleDescription(expect.stringContaining("Password strength:"));
  });

  it("describes New password with the rules and whether each is met, and marks both fields required", async () => {
    const { user } = renderDialog(ChangePasswordDialog);
    const password = await screen.findByLabelText("New password");
    expect(password).toHaveAccessibleDescription(
      expect.stringMatching(/Password requirements: .*Not yet: 8 to 100 characters.*Not yet: Not the customer's email address.*Not yet: Both passwords match.*Password strength: No password yet/),
    );
    await fill(user, STRONG);
    expect(password).toHaveAccessibleDescription(expect.stringMatching(/Done: 8 to 100 characters.*Done: Not the customer's email address.*Done: Both passwords match/));
    expect(password).toHaveAttribute("aria-required", "true");
    expect(screen.getByLabelText("Confirm password")).toHaveAttribute("aria-required", "true");
  });

  it("announces an error that changes while typing once, but not the one the submit shows (focus reads it)", async () => {
    const { user } = renderDialog(ChangePasswordDialog);
    const password = await screen.findByLabelText("New password");
    const live = () => password.closest(".pca-dialog-field")!.querySelector("[aria-live=polite]")!;
    await user.click(screen.getByRole("button", { name: "Save password" }));
    expect(password).toHaveAccessibleDescription(expect.stringContaining("Enter a new password."));
    expect(live()).toHaveTextContent(/^$/);
    await user.type(password, "ada");
    expect(live()).toHaveTextContent("Use at least 8 characters.");
    await user.type(password, "@exa");
    expect(live()).toHaveTextContent("Use at least 8 characters."); // same error: no new announcement
    await user.type(password, "mple.com");
    expect(live()).toHaveTextContent("The password can't be the customer's email address.");
    await user.type(password, "!");
    expect(password).not.toHaveAttribute("aria-invalid");
    expect(live()).toHaveTextContent(/^$/);
  });

  it("refuses invalid input on the client without calling the adapter", async () => {
    const { user, count } = renderDialog(ChangePasswordDialog);
    await user.click(await screen.findByRole("button", { name: "Save password" }));
    expect(screen.getByLabelText("New password")).toHaveAccessibleDescription(expect.stringContaining("Enter a new password."));
    expect(screen.getByLabelText("New password")).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByLabelText("New password")).toHaveFocus();

    await fill(user, "short", "short");
    await user.click(screen.getByRole("button", { name: "Save password" }));
    expect(await screen.findByText("Use at least 8 characters.")).toBeInTheDocument();

    await user.clear(screen.getByLabelText("New password"));
    await user.clear(screen.getByLabelText("Confirm password"));
    await fill(user, STRONG, `${STRONG}x`);
    await user.click(screen.getByRole("button", { name: "Save password" }));
    expect(screen.getByLabelText("Confirm password")).toHaveAccessibleDescription("The passwords don't match.");
    expect(count("changePassword")).toBe(0);
  });

  it("saves the password, closes, reports success and leaves no password in the DOM", async () => {
    const { user, adapter, onSuccess, onOpenChange, container } = renderDialog(ChangePasswordDialog);
    await screen.findByRole("dialog", { name: "Change password" });
    await fill(user, STRONG);
    await user.click(screen.getByRole("button", { name: "Save password" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(adapter.verifyPassword(ada.id, STRONG)).toBe(true);
    expect(onOpenChange).toHaveBeenLastCalledWith(false);
    expect(onSuccess).toHaveBeenCalledOnce();
    expect(onSuccess).toHaveBeenCalledWith({ action: "changePassword", customer: ada, message: "Password changed for Ada Lovelace." });
    expect(document.body.innerHTML).not.toContain(STRONG);
    expect(container.ownerDocument.querySelectorAll("input")).toHaveLength(0);
  });

  it("discards what was typed when cancelled, so reopening starts empty", async () => {
    const { user, count } = renderDialog(ChangePasswordDialog);
    await screen.findByRole("dialog");
    await fill(user, STRONG);
    await user.click(screen.getByRole("button", { name: "Show passwords" }));
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(document.body.innerHTML).not.toContain(STRONG);

    await user.click(screen.getByRole("button", { name: "Open" }));
    expect(await screen.findByLabelText("New password")).toHaveValue("");
    expect(screen.getByLabelText("New password")).toHaveAttribute("type", "password");
    expect(screen.getByLabelText("Confirm password")).toHaveValue("");
    expect(count("changePassword")).toBe(0);
  });

  it("closes on Escape", async () => {
    const { user, onOpenChange } = renderDialog(ChangePasswordDialog);
    await screen.findByRole("dialog");
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(onOpenChange).toHaveBeenCalledWith(false);
  });

  it("explains a failure in words and keeps the dialog and the input", async () => {
    const { user, adapter, onSuccess } = renderDialog(ChangePasswordDialog, {
      fail: (method) => (method === "changePassword" ? new AdapterError("network", "fetch failed") : undefined),
    });
    await screen.findByRole("dialog");
    await fill(user, STRONG);
    await user.click(screen.getByRole("button", { name: "Save password" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("We couldn't reach the server. Check your connection and try again.");
    expect(screen.getByRole("dialog")).toBeInTheDocument();
    expect(screen.getByLabelText("New password")).toHaveValue(STRONG);
    expect(screen.getByLabelText("Confirm password")).toHaveValue(STRONG);
    expect(screen.getByRole("button", { name: "Save password" })).not.toHaveAttribute("aria-busy");
    expect(adapter.verifyPassword(ada.id, STRONG)).toBe(false);
    expect(onSuccess).not.toHaveBeenCalled();
  });

  it("shows the adapter's field errors on the field", async () => {
    const { user } = renderDialog(ChangePasswordDialog, {
      fail: (method) =>
        method === "changePassword"
          ? new AdapterError("validation", "rejected", { fieldErrors: { newPassword: "This password was found in a data breach." } })
          : undefined,
    });
    await screen.findByRole("dialog");
    await fill(user, STRONG);
    await user.click(screen.getByRole("button", { name: "Save password" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Some details aren't valid. Check the highlighted fields.");
    const field = screen.getByLabelText("New password");
    expect(field).toHaveAccessibleDescription(expect.stringContaining("This password was found in a data breach."));
    expect(field).toHaveAttribute("aria-invalid", "true");
    expect(field).toHaveFocus();
    expect(field).toHaveValue(STRONG);
  });

  it("shows progress while saving and sends one call however often submit is clicked", async () => {
    const { user, count, adapter } = renderDialog(ChangePasswordDialog, { latency: 80 });
    await screen.findByRole("dialog");
    await fill(user, STRONG);
    const submit = screen.getByRole("button", { name: "Save password" });
    await user.dblClick(submit);
    await user.click(submit);
    await user.keyboard("{Enter}");
    expect(submit).toHaveAttribute("aria-busy", "true");
    expect(submit).toHaveTextContent("Saving…");
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(count("changePassword")).toBe(1);
    expect(adapter.verifyPassword(ada.id, STRONG)).toBe(true);
  });

  it("reports forbidden in words for a Government viewer", async () => {
    const { user } = renderDialog(ChangePasswordDialog, { context: { environment: "government" } });
    await screen.findByRole("dialog");
    await fill(user, STRONG);
    await user.click(screen.getByRole("button", { name: "Save password" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("You don't have permission to do that.");
  });
});

describe("ChangePasswordDialogView", () => {
  it("renders without a provider and hands the values to onSubmit", async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn(async () => {});
    render(<ChangePasswordDialogView customer={ada} defaultOpen onSubmit={onSubmit} />);
    await fill(user, STRONG);
    await user.click(screen.getByRole("button", { name: "Save password" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(onSubmit).toHaveBeenCalledWith({ newPassword: STRONG, confirmPassword: STRONG });
  });
});
