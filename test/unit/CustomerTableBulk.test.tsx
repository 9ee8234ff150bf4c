import { configure, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { CustomerTable } from "../../src/components/CustomerTable";
import { PortalCustomerAdminProvider } from "../../src/data/PortalCustomerAdminProvider";
import { createMemoryAdapter } from "../../src/testing";
import { failOnConsole } from "./support/dialogs";

configure({ asyncUtilTimeout: 4000 });
failOnConsole();

describe("CustomerTable bulk actions and export", { timeout: 15_000 }, () => {
  it("selects rows, bulk-deletes them, keeps the summary after the selection empties, and refreshes the list", async () => {
    const adapter = createMemoryAdapter({ customers: 40, seed: 8 });
    render(
      <PortalCustomerAdminProvider adapter={adapter} locale="en">
        <CustomerTable />
      </PortalCustomerAdminProvider>,
    );
    const user = userEvent.setup();
    await waitFor(() => expect(screen.getAllByRole("rowheader").length).toBe(25));
    const [first, second] = screen.getAllByRole("rowheader").map((cell) => cell.textContent ?? "");
    await user.click(screen.getByRole("checkbox", { name: `Select ${first}` }));
    await user.click(screen.getByRole("checkbox", { name: `Select ${second}` }));
    const bar = screen.getByRole("region", { name: "Bulk actions" });
    expect(bar).toHaveTextContent("2 customers selected");
    const deleteButton = within(bar).getByRole("button", { name: "Delete" });
    await waitFor(() => expect(deleteButton).not.toHaveAttribute("aria-disabled"));
    await user.click(deleteButton);
    const dialog = await screen.findByRole("alertdialog", { name: "Delete 2 customers?" });
    await user.type(within(dialog).getByLabelText("Type 2 to confirm"), "2");
    await user.click(within(dialog).getByRole("button", { name: "Delete 2 customers" }));
    // Every customer succeeded, so the selection is empty — the summary must still be there.
    expect(await within(dialog).findByText("2 customers deleted.")).toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "Bulk actions" })).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole("button", { name: "Close" }));
    expect(dialog).not.toBeInTheDocument();
    expect(screen.getByRole("table")).toHaveFocus();
    await waitFor(() => expect(screen.getByText("Showing 1–25 of 38")).toBeInTheDocument());
    expect(screen.queryByRole("rowheader", { name: first })).not.toBeInTheDocument();
    expect(adapter.snapshot()).toHaveLength(38);
  });

  it("offers Export customers in the toolbar and read-only viewers get no selection", async () => {
    const adapter = createMemoryAdapter({ customers: 5, context: { role: "none" } });
    render(
      <PortalCustomerAdminProvider adapter={adapter} locale="en">
        <CustomerTable />
      </PortalCustomerAdminProvider>,
    );
    await waitFor(() => expect(screen.getAllByRole("rowheader").length).toBe(5));
    expect(screen.getByRole("button", { name: "Export customers" })).toBeInTheDocument();
    expect(screen.queryByRole("checkbox")).not.toBeInTheDocument();
  });

  it("keeps Export customers unavailable, with the reason, when nothing matches", async () => {
    render(
      <PortalCustomerAdminProvider adapter={createMemoryAdapter({ customers: [] })} locale="en">
        <CustomerTable />
      </PortalCustomerAdminProvider>,
    );
    expect(await screen.findByText("No portal-only customers yet")).toBeInTheDocument();
    const exportButton = screen.getByRole("button", { name: "Export customers" });
    expect(exportButton).toHaveAttribute("aria-disabled", "true");
    expect(exportButton).toHaveAccessibleDescription("No customers match, so there's nothing to export.");
  });
});

describe("CustomerTable paging after a removal", { timeout: 15_000 }, () => {
  it("the next page starts right after the rows shown, so nobody is skipped", async () => {
    const adapter = createMemoryAdapter({ customers: 30, seed: 5 });
    const byName = (await adapter.listCustomers({ limit: 100 })).items.map((c) => c.displayName);
    render(
      <PortalCustomerAdminProvider adapter={adapter} locale="en">
        <CustomerTable />
      </PortalCustomerAdminProvider>,
    );
    const user = userEvent.setup();
    await waitFor(() => expect(screen.getAllByRole("rowheader").length).toBe(25));
    const first = adapter.snapshot().find((c) => c.displayName === byName[0])!;
    const trigger = screen.getByRole("button", { name: `More options for ${first.displayName}` });
    await user.click(trigger);
    const menu = await screen.findByRole("menu");
    const item = within(menu).getByRole("menuitem", { name: "Delete account" });
    await waitFor(() => expect(item).not.toHaveAttribute("aria-disabled"));
    await user.click(item);
    const dialog = await screen.findByRole("alertdialog");
    await user.type(within(dialog).getByRole("textbox"), first.email);
    await user.click(within(dialog).getByRole("button", { name: "Delete" }));
    await waitFor(() => expect(screen.getByText("Showing 1–24 of 29")).toBeInTheDocument());
    await user.click(screen.getByRole("button", { name: "Next page" }));
    await waitFor(() => expect(screen.getByText("Showing 25–29 of 29")).toBeInTheDocument());
    expect(screen.getAllByRole("rowheader").map((cell) => cell.textContent)).toEqual(byName.slice(25, 30));
  });
});
