import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { AdapterError } from "../../src/adapter/errors";
import { DeleteCustomerDialog } from "../../src/components/DeleteCustomerDialog";
import { ada, failOnConsole, renderDialog } from "./support/dialogs";

failOnConsole();

describe("DeleteCustomerDialog", () => {
  it("is an alertdialog: says it is permanent, suggests revoking instead, and starts on Cancel", async () => {
    renderDialog(DeleteCustomerDialog);
    const dialog = await screen.findByRole("alertdialog", { name: "Delete account?" });
    expect(dialog).toHaveAccessibleDescription(expect.stringContaining("permanently deletes Ada Lovelace's account"));
    expect(dialog).toHaveTextContent("Former user (Deactivated)");
    expect(dialog).toHaveTextContent("Revoke access instead");
    expect(screen.getByRole("button", { name: "Cancel" })).toHaveFocus();
  });

  it("keeps Delete disabled until the email is typed exactly", async () => {
    const { user, count } = renderDialog(DeleteCustomerDialog);
    const field = await screen.findByLabelText("Type ada@example.com to confirm");
    const submit = screen.getByRole("button", { name: "Delete" });
    expect(submit).toBeDisabled();
    expect(submit).toHaveAccessibleDescription("Delete is available once you type ada@example.com above.");
    expect(field).toHaveAttribute("aria-required", "true");
    await user.type(field, "ADA@example.com{Enter}");
    expect(submit).toBeDisabled();
    // Enter with the wrong email says so, on the field, instead of doing nothing.
    expect(field).toHaveAttribute("aria-invalid", "true");
    expect(field).toHaveAccessibleDescription("Type ada@example.com exactly to delete this account.");
    expect(field).toHaveFocus();
    await user.clear(field);
    await user.type(field, "ada@example.co{Enter}");
    expect(submit).toBeDisabled();
    expect(count("deleteCustomer")).toBe(0);
    await user.type(field, "m");
    expect(submit).toBeEnabled();
    expect(submit).not.toHaveAccessibleDescription();
    expect(field).not.toHaveAttribute("aria-invalid");
  });

  it("deletes: the customer leaves the list and success is reported", async () => {
    const { user, adapter, onSuccess } = renderDialog(DeleteCustomerDialog);
    await user.type(await screen.findByLabelText("Type ada@example.com to confirm"), "ada@example.com");
    await user.click(screen.getByRole("button", { name: "Delete" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument());
    expect(adapter.snapshot().map((c) => c.id)).not.toContain(ada.id);
    expect(onSuccess).toHaveBeenCalledWith({ action: "delete", customer: ada, message: "Ada Lovelace was deleted." });
  });

  it("explains a failure, stays open and keeps the confirmation", async () => {
    const { user, adapter } = renderDialog(DeleteCustomerDialog, {
      fail: (method) => (method === "deleteCustomer" ? new AdapterError("forbidden", "nope", { status: 403 }) : undefined),
    });
    const field = await screen.findByLabelText("Type ada@example.com to confirm");
    await user.type(field, "ada@example.com{Enter}");
    expect(await screen.findByRole("alert")).toHaveTextContent("You don't have permission to do that.");
    expect(field).toHaveValue("ada@example.com");
    expect(screen.getByRole("button", { name: "Delete" })).toBeEnabled();
    expect(adapter.snapshot().map((c) => c.id)).toContain(ada.id);
  });

  it("sends one call on a double click", async () => {
    const { user, count } = renderDialog(DeleteCustomerDialog, { latency: 400 });
    await user.type(await screen.findByLabelText("Type ada@example.com to confirm"), "ada@example.com");
    await user.dblClick(screen.getByRole("button", { name: "Delete" }));
    expect(screen.getByRole("button", { name: "Deleting…" })).toHaveAttribute("aria-busy", "true");
    await waitFor(() => expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument(), { timeout: 4000 });
    expect(count("deleteCustomer")).toBe(1);
  });
});
