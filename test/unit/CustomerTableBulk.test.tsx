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
    const dialog = await screen.findByRole("dialog", { name: "Delete 2 customers?" });
    await user.type(within(dialog).getByLabelText("Type 2 to confirm"), "2");
    await user.click(within(dialog).getByRole("button", { name: "Delete 2 customers" }));
    // Every customer succeeded, so the selection is empty — the summary must still be there.
    expect(await within(dialog).findByText("2 customers deleted.")).toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "Bulk actions" })).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole("button", { name: "Close" }));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
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
});
