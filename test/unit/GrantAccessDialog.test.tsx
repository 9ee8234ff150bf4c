import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { AdapterError } from "../../src/adapter/errors";
import { GrantAccessDialog } from "../../src/components/GrantAccessDialog";
import { failOnConsole, grace, renderDialog } from "./support/dialogs";

failOnConsole();

describe("GrantAccessDialog", () => {
  it("says what the customer will be able to do again", async () => {
    renderDialog(GrantAccessDialog, { customer: grace });
    const dialog = await screen.findByRole("dialog", { name: "Grant access?" });
    expect(dialog).toHaveAccessibleDescription(expect.stringContaining("will be able to log in to the help center again"));
    expect(dialog).toHaveTextContent("be picked in user pickers");
    expect(dialog).toHaveTextContent("Their requests and everything that refers to them are kept.");
    expect(screen.getByRole("button", { name: "Grant access" })).toHaveFocus();
  });

  it("grants access, closes and reports the active customer", async () => {
    const { user, adapter, onSuccess } = renderDialog(GrantAccessDialog, { customer: grace });
    await user.click(await screen.findByRole("button", { name: "Grant access" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(adapter.snapshot().find((c) => c.id === grace.id)?.status).toBe("active");
    expect(onSuccess).toHaveBeenCalledWith({
      action: "grantAccess",
      customer: { ...grace, status: "active" },
      message: "Access granted to Grace Hopper.",
    });
  });

  it("explains a failure and stays open", async () => {
    const { user, adapter } = renderDialog(GrantAccessDialog, {
      customer: grace,
      fail: (method) => (method === "grantAccess" ? new AdapterError("unavailable", "503", { status: 503 }) : undefined),
    });
    await user.click(await screen.findByRole("button", { name: "Grant access" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("The service is temporarily unavailable.");
    expect(adapter.snapshot().find((c) => c.id === grace.id)?.status).toBe("revoked");
  });

  it("treats an unexpected error as unknown", async () => {
    const { user } = renderDialog(GrantAccessDialog, {
      customer: grace,
      fail: (method) => (method === "grantAccess" ? (new TypeError("boom") as unknown as AdapterError) : undefined),
    });
    await user.click(await screen.findByRole("button", { name: "Grant access" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Something went wrong. Try again.");
  });

  it("sends one call on a double click", async () => {
    const { user, count } = renderDialog(GrantAccessDialog, { customer: grace, latency: 400 });
    await user.dblClick(await screen.findByRole("button", { name: "Grant access" }));
    expect(screen.getByRole("button", { name: "Granting access…" })).toHaveAttribute("aria-busy", "true");
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument(), { timeout: 4000 });
    expect(count("grantAccess")).toBe(1);
  });
});
