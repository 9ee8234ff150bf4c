import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { AdapterError } from "../../src/adapter/errors";
import { RevokeAccessDialog } from "../../src/components/RevokeAccessDialog";
import { ada, failOnConsole, renderDialog } from "./support/dialogs";

failOnConsole();

describe("RevokeAccessDialog", () => {
  it("says what the customer will and won't be able to do, and starts on Cancel", async () => {
    renderDialog(RevokeAccessDialog);
    const dialog = await screen.findByRole("dialog", { name: "Revoke access?" });
    expect(dialog).toHaveAccessibleDescription(expect.stringContaining("will no longer be able to log in"));
    expect(dialog).toHaveTextContent("be picked in user pickers");
    expect(dialog).toHaveTextContent('their name shows as "Ada Lovelace (Deactivated)"');
    expect(dialog).toHaveTextContent("you can still find them by email");
    expect(screen.getByRole("button", { name: "Cancel" })).toHaveFocus();
  });

  it("revokes access, closes and reports the revoked customer", async () => {
    const { user, adapter, onSuccess } = renderDialog(RevokeAccessDialog);
    await user.click(await screen.findByRole("button", { name: "Revoke access" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(adapter.snapshot().find((c) => c.id === ada.id)?.status).toBe("revoked");
    expect(onSuccess).toHaveBeenCalledWith({
      action: "revokeAccess",
      customer: { ...ada, status: "revoked" },
      message: "Access revoked for Ada Lovelace.",
    });
  });

  it("explains a rate limit and stays open", async () => {
    const { user, adapter } = renderDialog(RevokeAccessDialog, {
      fail: (method) => (method === "revokeAccess" ? new AdapterError("rate-limited", "429", { status: 429 }) : undefined),
    });
    await user.click(await screen.findByRole("button", { name: "Revoke access" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Too many requests. Wait a moment and try again.");
    expect(screen.getByRole("dialog")).toBeInTheDocument();
    expect(adapter.snapshot().find((c) => c.id === ada.id)?.status).toBe("active");
  });

  it("sends one call on a double click", async () => {
    const { user, count } = renderDialog(RevokeAccessDialog, { latency: 400 });
    await user.dblClick(await screen.findByRole("button", { name: "Revoke access" }));
    expect(screen.getByRole("button", { name: "Revoking access…" })).toHaveAttribute("aria-busy", "true");
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument(), { timeout: 4000 });
    expect(count("revokeAccess")).toBe(1);
  });
});
