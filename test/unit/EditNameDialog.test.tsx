import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { AdapterError } from "../../src/adapter/errors";
import { EditNameDialog } from "../../src/components/EditNameDialog";
import { ada, failOnConsole, renderDialog } from "./support/dialogs";

failOnConsole();

describe("EditNameDialog", () => {
  it("opens prefilled with the current name, focused", async () => {
    renderDialog(EditNameDialog);
    const dialog = await screen.findByRole("dialog", { name: "Edit full name" });
    expect(dialog).toHaveAccessibleDescription(expect.stringContaining("ada@example.com"));
    const field = screen.getByLabelText("Full name");
    expect(field).toHaveValue("Ada Lovelace");
    expect(field).toHaveFocus();
  });

  it("saves the trimmed name, closes and reports the updated customer", async () => {
    const { user, adapter, onSuccess, onOpenChange } = renderDialog(EditNameDialog);
    const field = await screen.findByLabelText("Full name");
    await user.clear(field);
    await user.type(field, "  Ada King  ");
    await user.click(screen.getByRole("button", { name: "Update" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(adapter.snapshot().find((c) => c.id === ada.id)?.displayName).toBe("Ada King");
    expect(onOpenChange).toHaveBeenLastCalledWith(false);
    expect(onSuccess).toHaveBeenCalledWith({
      action: "editName",
      customer: { ...ada, displayName: "Ada King" },
      message: "Full name changed to Ada King.",
    });
  });

  it("refuses an empty or blank name and one over 255 characters without calling the adapter", async () => {
    const { user, count } = renderDialog(EditNameDialog);
    const field = await screen.findByLabelText("Full name");
    await user.clear(field);
    await user.type(field, "   ");
    await user.click(screen.getByRole("button", { name: "Update" }));
    expect(field).toHaveAccessibleDescription("Enter a full name.");
    expect(field).toHaveAttribute("aria-invalid", "true");

    await user.clear(field);
    await user.click(field);
    await user.paste("x".repeat(256));
    await user.click(screen.getByRole("button", { name: "Update" }));
    expect(field).toHaveAccessibleDescription("Use at most 255 characters.");

    await user.type(field, "{Backspace}");
    expect(field).not.toHaveAttribute("aria-invalid");
    expect(count("updateDisplayName")).toBe(0);
  });

  it("uses the shared rules: zero-width names are blank, 255 emoji are fine", async () => {
    const { user, adapter, count } = renderDialog(EditNameDialog);
    const field = await screen.findByLabelText("Full name");
    await user.clear(field);
    await user.click(field);
    await user.paste("\u200b\u2060");
    await user.click(screen.getByRole("button", { name: "Update" }));
    expect(field).toHaveAccessibleDescription("Enter a full name.");
    expect(count("updateDisplayName")).toBe(0);

    await user.clear(field);
    await user.click(field);
    await user.paste("🔑".repeat(255));
    await user.click(screen.getByRole("button", { name: "Update" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(adapter.snapshot().find((c) => c.id === ada.id)?.displayName).toBe("🔑".repeat(255));
  });

  it("shows the adapter's field error on Full name and keeps the input", async () => {
    const { user } = renderDialog(EditNameDialog, {
      fail: (method) =>
        method === "updateDisplayName"
          ? new AdapterError("validation", "bad", { fieldErrors: { displayName: "Names can't contain emoji." } })
          : undefined,
    });
    const field = await screen.findByLabelText("Full name");
    await user.type(field, " 🙂");
    await user.click(screen.getByRole("button", { name: "Update" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Some details aren't valid. Check the highlighted fields.");
    expect(field).toHaveAccessibleDescription("Names can't contain emoji.");
    expect(field).toHaveValue("Ada Lovelace 🙂");
  });

  it("explains a conflict and stays open", async () => {
    const { user, adapter, onSuccess } = renderDialog(EditNameDialog, {
      fail: (method) => (method === "updateDisplayName" ? new AdapterError("conflict", "etag mismatch", { status: 409 }) : undefined),
    });
    const field = await screen.findByLabelText("Full name");
    await user.clear(field);
    await user.type(field, "Ada King");
    await user.click(screen.getByRole("button", { name: "Update" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Someone else changed this customer. Refresh and try again.");
    expect(field).toHaveValue("Ada King");
    expect(adapter.snapshot().find((c) => c.id === ada.id)?.displayName).toBe("Ada Lovelace");
    expect(onSuccess).not.toHaveBeenCalled();
  });

  it("sends one call on a double click", async () => {
    const { user, count } = renderDialog(EditNameDialog, { latency: 60 });
    await screen.findByLabelText("Full name");
    await user.dblClick(screen.getByRole("button", { name: "Update" }));
    expect(screen.getByRole("button", { name: "Saving…" })).toHaveAttribute("aria-busy", "true");
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(count("updateDisplayName")).toBe(1);
  });
});
