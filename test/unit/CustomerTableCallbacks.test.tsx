import { configure, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CustomerTable, type CustomerTableProps } from "../../src/components/CustomerTable";
import { PortalCustomersPage, type PortalCustomersPageProps } from "../../src/components/PortalCustomersPage";
import { PortalCustomerAdminProvider } from "../../src/data/PortalCustomerAdminProvider";
import { createMemoryAdapter, generateCustomers } from "../../src/testing";
import { failOnConsole } from "./support/dialogs";

configure({ asyncUtilTimeout: 4000 });
failOnConsole();

const customers = generateCustomers(30, { seed: 3 }).map((c) => ({ ...c, status: "active" as const }));

function renderTable(props: CustomerTableProps = {}) {
  const adapter = createMemoryAdapter({ customers });
  render(
    <PortalCustomerAdminProvider adapter={adapter} locale="en">
      <CustomerTable {...props} />
    </PortalCustomerAdminProvider>,
  );
  return adapter;
}

async function revokeFirst() {
  await waitFor(() => expect(screen.getAllByRole("rowheader").length).toBe(25));
  const name = screen.getAllByRole("rowheader")[0]!.textContent!;
  await userEvent.click(screen.getByRole("button", { name: `More options for ${name}` }));
  await userEvent.click(await screen.findByRole("menuitem", { name: "Revoke access" }));
  const dialog = await screen.findByRole("dialog");
  await userEvent.click(within(dialog).getByRole("button", { name: "Revoke access" }));
  await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
  return name;
}

/** The table's success status box and its live region (the export control has a status region of its own). */
const successBox = () => document.querySelector<HTMLElement>(".pca-customer-table__success")!;
const successStatus = () => within(successBox()).getByRole("status");

describe("completion callbacks and the success status", { timeout: 15_000 }, () => {
  it("onActionComplete fires once with the action, the updated customer and the message; the status shows it until dismissed", async () => {
    const onActionComplete = vi.fn();
    renderTable({ onActionComplete });
    const name = await revokeFirst();

    expect(onActionComplete).toHaveBeenCalledTimes(1);
    expect(onActionComplete).toHaveBeenCalledWith({
      action: "revokeAccess",
      customer: expect.objectContaining({ displayName: name, status: "revoked" }),
      message: `Access revoked for ${name}.`,
    });
    expect(successStatus()).toHaveTextContent(`Access revoked for ${name}.`);
    expect(successBox()).toHaveAttribute("data-status", "shown");
    await userEvent.click(within(successBox()).getByRole("button", { name: "Dismiss" }));
    expect(successStatus()).toBeEmptyDOMElement();
    expect(successBox()).toHaveAttribute("data-status", "hidden");
    expect(screen.getByRole("table")).toHaveFocus();
    expect(onActionComplete).toHaveBeenCalledTimes(1);
  });

  it("hasSuccessStatus={false}: nothing visible for the host's own toast, still announced and still called back", async () => {
    const onActionComplete = vi.fn();
    renderTable({ onActionComplete, hasSuccessStatus: false });
    const name = await revokeFirst();
    expect(onActionComplete).toHaveBeenCalledTimes(1);
    // Announced through the same live region, visually hidden.
    expect(successStatus()).toHaveTextContent(`Access revoked for ${name}.`);
    expect(successBox()).toHaveAttribute("data-status", "hidden");
    expect(screen.queryByRole("button", { name: "Dismiss" })).not.toBeInTheDocument();
  });

  it("onBulkActionComplete fires once with the action, the customers it succeeded for and the message", async () => {
    const onBulkActionComplete = vi.fn();
    renderTable({ onBulkActionComplete });
    const user = userEvent.setup();
    await waitFor(() => expect(screen.getAllByRole("rowheader").length).toBe(25));
    const [first, second] = screen.getAllByRole("rowheader").map((cell) => cell.textContent ?? "");
    await user.click(screen.getByRole("checkbox", { name: `Select ${first}` }));
    await user.click(screen.getByRole("checkbox", { name: `Select ${second}` }));
    const deleteButton = within(screen.getByRole("region", { name: "Bulk actions" })).getByRole("button", { name: "Delete" });
    await waitFor(() => expect(deleteButton).not.toHaveAttribute("aria-disabled"));
    await user.click(deleteButton);
    const dialog = await screen.findByRole("alertdialog", { name: "Delete 2 customers?" });
    await user.type(within(dialog).getByLabelText("Type 2 to confirm"), "2");
    await user.click(within(dialog).getByRole("button", { name: "Delete 2 customers" }));
    await within(dialog).findByText("2 customers deleted.");

    expect(onBulkActionComplete).toHaveBeenCalledTimes(1);
    const [event] = onBulkActionComplete.mock.calls[0]!;
    expect(event.action).toBe("delete");
    expect(event.customers.map((c: { displayName: string }) => c.displayName).sort()).toEqual([first, second].sort());
    expect(event.result.failed).toEqual([]);
    expect(event.message).toBe("2 customers deleted.");
    expect(successStatus()).toHaveTextContent("2 customers deleted.");
    await user.click(within(dialog).getByRole("button", { name: "Close" }));
    expect(onBulkActionComplete).toHaveBeenCalledTimes(1);
  });

  describe("export", () => {
    beforeEach(() => {
      // jsdom has no object URLs and cannot follow a download link.
      URL.createObjectURL = vi.fn(() => "blob:test");
      URL.revokeObjectURL = vi.fn();
      vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    });
    afterEach(() => vi.restoreAllMocks());

    it("onExportComplete fires once with the count, the file name and the message (PortalCustomersPage passes it on)", async () => {
      const onExportComplete = vi.fn();
      const adapter = createMemoryAdapter({ customers });
      const props: PortalCustomersPageProps = { onExportComplete, navigation: null, breadcrumbs: null };
      render(
        <PortalCustomerAdminProvider adapter={adapter} locale="en">
          <PortalCustomersPage {...props} />
        </PortalCustomerAdminProvider>,
      );
      await waitFor(() => expect(screen.getAllByRole("rowheader").length).toBe(25));
      await userEvent.click(screen.getByRole("button", { name: "Export customers" }));
      await screen.findByText("Exported 30 customers.");
      expect(onExportComplete).toHaveBeenCalledTimes(1);
      expect(onExportComplete).toHaveBeenCalledWith({
        count: 30,
        filename: expect.stringMatching(/^portal-customers-\d{4}-\d{2}-\d{2}\.csv$/),
        message: "Exported 30 customers.",
      });
    });
  });
});
