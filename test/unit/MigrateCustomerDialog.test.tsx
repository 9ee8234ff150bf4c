import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { AdapterError } from "../../src/adapter/errors";
import { MigrateCustomerDialog } from "../../src/components/MigrateCustomerDialog";
import { ada, failOnConsole, renderDialog } from "./support/dialogs";

failOnConsole();

describe("MigrateCustomerDialog", () => {
  it("says what migrating does and starts on Cancel", async () => {
    renderDialog(MigrateCustomerDialog);
    const dialog = await screen.findByRole("dialog", { name: "Migrate to an Atlassian account?" });
    expect(dialog).toHaveAccessibleDescription(expect.stringContaining("can't be undone"));
    expect(dialog).toHaveTextContent("Their requests move to the Atlassian account");
    expect(dialog).toHaveTextContent("They must verify their email address, then log in with their Atlassian account credentials.");
    expect(screen.getByRole("button", { name: "Cancel" })).toHaveFocus();
    // Irreversible, like Delete: the danger tone, not the primary blue.
    expect(screen.getByRole("button", { name: "Migrate" })).toHaveAttribute("data-variant", "danger");
  });

  it("migrates: the customer leaves the list and success is reported", async () => {
    const { user, adapter, onSuccess } = renderDialog(MigrateCustomerDialog);
    await user.click(await screen.findByRole("button", { name: "Migrate" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(adapter.snapshot().map((c) => c.id)).not.toContain(ada.id);
    expect(onSuccess).toHaveBeenCalledWith({ action: "migrate", customer: ada, message: "Ada Lovelace was migrated to an Atlassian account." });
  });

  it("explains a failure and stays open", async () => {
    const { user, adapter, onSuccess } = renderDialog(MigrateCustomerDialog, {
      fail: (method) => (method === "migrateToAtlassianAccount" ? new AdapterError("not-found", "gone", { status: 404 }) : undefined),
    });
    await user.click(await screen.findByRole("button", { name: "Migrate" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("This customer no longer exists.");
    expect(screen.getByRole("dialog")).toBeInTheDocument();
    expect(adapter.snapshot().map((c) => c.id)).toContain(ada.id);
    expect(onSuccess).not.toHaveBeenCalled();
  });

  it("sends one call on a double click", async () => {
    const { user, count } = renderDialog(MigrateCustomerDialog, { latency: 400 });
    await user.dblClick(await screen.findByRole("button", { name: "Migrate" }));
    expect(screen.getByRole("button", { name: "Migrating…" })).toHaveAttribute("aria-busy", "true");
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument(), { timeout: 4000 });
    expect(count("migrateToAtlassianAccount")).toBe(1);
  });

  it("Escape closes without migrating", async () => {
    const { user, count, onOpenChange } = renderDialog(MigrateCustomerDialog);
    await screen.findByRole("dialog");
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(onOpenChange).toHaveBeenCalledWith(false);
    expect(count("migrateToAtlassianAccount")).toBe(0);
  });
});
