import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { AdapterError, PortalCustomerAdminProvider, type PortalCustomer } from "../../src";
import { BulkActionBar } from "../../src/components/BulkActionBar";
import { createMemoryAdapter, type MemoryAdapterOptions } from "../../src/testing";
import { failOnConsole, pendingListAdapter } from "./support/dialogs";

failOnConsole();

function setup(options: MemoryAdapterOptions & { pick?: number; matchingTotal?: boolean } = {}) {
  const adapter = createMemoryAdapter({ customers: 30, seed: 11, ...options });
  const initial = adapter.snapshot().filter((c) => c.status === "active").slice(0, options.pick ?? 3);
  let current: PortalCustomer[] = initial;
  function Harness() {
    const [selected, setSelected] = useState<PortalCustomer[]>(initial);
    current = selected;
    return (
      <BulkActionBar
        selected={selected}
        onSelectedChange={setSelected}
        query={{}}
        matchingTotal={options.matchingTotal ? adapter.snapshot().length : undefined}
      />
    );
  }
  render(
    <PortalCustomerAdminProvider adapter={adapter} locale="en-US">
      <Harness />
    </PortalCustomerAdminProvider>,
  );
  return { adapter, initial, user: userEvent.setup(), selected: () => current };
}

describe("BulkActionBar and BulkActionDialog", () => {
  it("shows the count and asks for the typed number before deleting", async () => {
    const { adapter, initial, user, selected } = setup();
    const bar = await screen.findByRole("region", { name: "Bulk actions" });
    expect(bar).toHaveTextContent("3 customers selected");
    await user.click(within(bar).getByRole("button", { name: "Delete" }));
    const dialog = await screen.findByRole("alertdialog", { name: "Delete 3 customers?" });
    expect(dialog).toHaveTextContent("can’t be undone");
    expect(dialog).toHaveTextContent("revoke access instead");
    const submit = within(dialog).getByRole("button", { name: "Delete 3 customers" });
    expect(submit).toBeDisabled();
    await user.type(within(dialog).getByLabelText("Type 3 to confirm"), "2");
    expect(submit).toBeDisabled();
    await user.clear(within(dialog).getByLabelText("Type 3 to confirm"));
    await user.type(within(dialog).getByLabelText("Type 3 to confirm"), "3");
    await user.click(submit);
    expect(await within(dialog).findByText("3 customers deleted.")).toBeInTheDocument();
    const left = adapter.snapshot().map((c) => c.id);
    for (const c of initial) expect(left).not.toContain(c.id);
    expect(selected()).toEqual([]);
    await user.click(within(dialog).getByRole("button", { name: "Close" }));
    expect(dialog).not.toBeInTheDocument();
  });

  it("partial failure: lists each failed customer with the reason and keeps only them selected", async () => {
    const stuck = new Set<string>();
    const { adapter, initial, user, selected } = setup({
      fail: (method, args) => (method === "revokeAccess" && stuck.has(args[0] as string) ? new AdapterError("conflict", "x") : undefined),
    });
    stuck.add(initial[1]!.id);
    await user.click(screen.getByRole("button", { name: "Revoke access" }));
    const dialog = await screen.findByRole("dialog", { name: "Revoke access for 3 customers?" });
    expect(within(dialog).queryByRole("textbox")).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole("button", { name: "Revoke access" }));
    expect(await within(dialog).findByText("Access revoked for 2 customers.")).toBeInTheDocument();
    const alert = within(dialog).getByRole("alert");
    expect(alert).toHaveTextContent("1 failed and is still selected so you can retry");
    expect(alert).toHaveTextContent(`${initial[1]!.displayName} (${initial[1]!.email}): Access was already revoked.`);
    expect(selected().map((c) => c.id)).toEqual([initial[1]!.id]);
    const statuses = new Map(adapter.snapshot().map((c) => [c.id, c.status]));
    expect(statuses.get(initial[0]!.id)).toBe("revoked");
    expect(statuses.get(initial[1]!.id)).toBe("active");
  });

  it("Stop cancels what has not started; those stay selected and unchanged", async () => {
    const { adapter, user, selected } = setup({ pick: 12, latency: 40, bulkBatchSize: 2 });
    const migrate = screen.getByRole("button", { name: "Migrate" });
    // Until the admin context loads, the actions are disabled ("Loading…").
    expect(migrate).toHaveAttribute("aria-disabled", "true");
    await waitFor(() => expect(migrate).not.toHaveAttribute("aria-disabled"));
    await user.click(migrate);
    const dialog = await screen.findByRole("dialog", { name: "Migrate 12 customers to Atlassian accounts?" });
    expect(dialog).toHaveTextContent("can’t be undone");
    await user.click(within(dialog).getByRole("button", { name: "Migrate 12 customers" }));
    const progress = await within(dialog).findByRole("progressbar", { name: "Migrating customers" });
    expect(progress).toHaveAttribute("max", "12");
    // While it runs the title says what is happening, no longer asks.
    expect(dialog).toHaveAccessibleName("Migrating customers");
    await user.click(within(dialog).getByRole("button", { name: "Stop" }));
    expect(await within(dialog).findByText(/weren’t started because you stopped the action/)).toBeInTheDocument();
    expect(dialog).toHaveAccessibleName("Bulk action finished");
    const remaining = new Set(adapter.snapshot().map((c) => c.id));
    expect(selected().length).toBeGreaterThan(0);
    for (const c of selected()) expect(remaining.has(c.id)).toBe(true);
    expect(remaining.size).toBe(30 - (12 - selected().length));
  });

  it("a bulk call that fails as a whole keeps the dialog open with the typed confirmation", async () => {
    const { adapter, user } = setup({ fail: (method) => (method === "bulkAction" ? new AdapterError("unavailable", "down") : undefined) });
    await user.click(screen.getByRole("button", { name: "Delete" }));
    const dialog = await screen.findByRole("alertdialog");
    await user.type(within(dialog).getByLabelText("Type 3 to confirm"), "3");
    await user.click(within(dialog).getByRole("button", { name: "Delete 3 customers" }));
    expect(await within(dialog).findByRole("alert")).toHaveTextContent("temporarily unavailable");
    expect(within(dialog).getByLabelText("Type 3 to confirm")).toHaveValue("3");
    expect(adapter.snapshot()).toHaveLength(30);
  });

  it("actions the viewer may not take are disabled with the reason", async () => {
    const { user } = setup({ context: { role: "site-admin" } });
    const bar = await screen.findByRole("region", { name: "Bulk actions" });
    await waitFor(() => expect(within(bar).getByRole("button", { name: "Delete" })).toHaveAttribute("aria-disabled", "true"));
    expect(within(bar).getByRole("button", { name: "Delete" })).toHaveAccessibleDescription(
      "In the centralized experience only organization admins can do this.",
    );
    await user.click(within(bar).getByRole("button", { name: "Delete" }));
    expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument();
  });

  it("selects all matching customers, capped at 1,000 with a message", async () => {
    const { user, selected } = setup({ customers: 1200, pick: 2, matchingTotal: true });
    const bar = await screen.findByRole("region", { name: "Bulk actions" });
    expect(bar).toHaveTextContent("Bulk actions cover at most 1,000 customers at a time.");
    await user.click(within(bar).getByRole("button", { name: "Select the first 1,000 matching customers" }));
    await waitFor(() => expect(bar).toHaveTextContent("1,000 customers selected"));
    expect(selected()).toHaveLength(1000);
    expect(new Set(selected().map((c) => c.id)).size).toBe(1000);
    await user.click(within(bar).getByRole("button", { name: "Clear selection" }));
    expect(screen.queryByRole("region", { name: "Bulk actions" })).not.toBeInTheDocument();
  });

  it("works through the fallback path for an adapter without bulk methods", async () => {
    const memory = createMemoryAdapter({ customers: 10, seed: 2 });
    const { bulkAction: _b, exportCustomers: _e, ...plain } = memory;
    const picked = memory.snapshot().filter((c) => c.status === "revoked" || c.status === "active").slice(0, 4);
    function Harness() {
      const [selected, setSelected] = useState<PortalCustomer[]>(picked);
      return <BulkActionBar selected={selected} onSelectedChange={setSelected} />;
    }
    render(
      <PortalCustomerAdminProvider adapter={plain}>
        <Harness />
      </PortalCustomerAdminProvider>,
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: "Delete" }));
    const dialog = await screen.findByRole("alertdialog");
    await user.type(within(dialog).getByLabelText("Type 4 to confirm"), "4");
    await user.click(within(dialog).getByRole("button", { name: "Delete 4 customers" }));
    expect(await within(dialog).findByText("4 customers deleted.")).toBeInTheDocument();
    expect(memory.snapshot()).toHaveLength(6);
  });
});

describe("BulkActionBar availability by status", () => {
  it("disables Grant access when no selected customer is revoked, and says why", async () => {
    setup();
    const bar = await screen.findByRole("region", { name: "Bulk actions" });
    await waitFor(() => expect(within(bar).getByRole("button", { name: "Delete" })).not.toHaveAttribute("aria-disabled"));
    const grant = within(bar).getByRole("button", { name: "Grant access" });
    expect(grant).toHaveAttribute("aria-disabled", "true");
    expect(grant).toHaveAccessibleDescription("None of the selected customers has had access revoked.");
    expect(within(bar).getByRole("button", { name: "Revoke access" })).not.toHaveAttribute("aria-disabled");
  });
});

describe("BulkActionBar when the admin context fails", () => {
  it("gives the context failure, not 'Loading…', as every action's reason", async () => {
    setup({ fail: (method) => (method === "getAdminContext" ? new AdapterError("network", "offline") : undefined) });
    const bar = await screen.findByRole("region", { name: "Bulk actions" });
    const reason = "We couldn't load your admin details, so actions are unavailable.";
    for (const name of ["Delete", "Migrate", "Revoke access", "Grant access"]) {
      await waitFor(() => expect(within(bar).getByRole("button", { name })).toHaveAccessibleDescription(reason));
      expect(within(bar).getByRole("button", { name })).toHaveAttribute("aria-disabled", "true");
    }
  });
});

describe("BulkActionBar select all matching", () => {
  it("aborts its request when the bar unmounts", async () => {
    const { adapter, signals } = pendingListAdapter();
    const memory = createMemoryAdapter({ customers: 3, seed: 2 });
    const { unmount } = render(
      <PortalCustomerAdminProvider adapter={adapter} locale="en-US">
        <BulkActionBar selected={memory.snapshot().slice(0, 1)} onSelectedChange={() => {}} query={{}} matchingTotal={500} />
      </PortalCustomerAdminProvider>,
    );
    await userEvent.setup().click(await screen.findByRole("button", { name: "Select all 500 matching customers" }));
    await waitFor(() => expect(signals).toHaveLength(1));
    unmount();
    expect(signals[0]!.aborted).toBe(true);
  });
});

describe("bulk Delete confirmation: a disabled Delete says why", () => {
  it("describes the disabled button, and Enter with a wrong number says what is wrong", async () => {
    const { user, adapter } = setup();
    const bar = await screen.findByRole("region", { name: "Bulk actions" });
    await user.click(within(bar).getByRole("button", { name: "Delete" }));
    const dialog = await screen.findByRole("alertdialog", { name: "Delete 3 customers?" });
    const submit = within(dialog).getByRole("button", { name: "Delete 3 customers" });
    expect(submit).toBeDisabled();
    expect(submit).toHaveAccessibleDescription("Delete is available once you type 3 above.");
    const field = within(dialog).getByLabelText("Type 3 to confirm");
    expect(field).toHaveAttribute("aria-required", "true");
    await user.type(field, "2{Enter}");
    expect(field).toHaveAttribute("aria-invalid", "true");
    expect(field).toHaveAccessibleDescription("Type 3 exactly to delete these customers.");
    expect(adapter.snapshot()).toHaveLength(30);
    // Fixed while typing: the error goes, the button is enabled and no longer needs a reason.
    await user.clear(field);
    await user.type(field, "3");
    expect(field).not.toHaveAttribute("aria-invalid");
    expect(submit).toBeEnabled();
    expect(submit).not.toHaveAccessibleDescription();
    await user.type(field, "{Enter}");
    expect(await within(dialog).findByText("3 customers deleted.")).toBeInTheDocument();
  });
});
