import { act, configure, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { CUSTOMER_FILTER_DEBOUNCE_MS, CustomerTable, type CustomerTableColumn } from "../../src/components/CustomerTable";
import { PortalCustomersPage } from "../../src/components/PortalCustomersPage";
import { PortalCustomerAdminProvider } from "../../src/data/PortalCustomerAdminProvider";
import type { PortalCustomer } from "../../src/domain/types";
import { createMemoryAdapter, generateCustomers } from "../../src/testing";
import { failOnConsole } from "./support/dialogs";

configure({ asyncUtilTimeout: 4000 });
failOnConsole();

const customers = generateCustomers(40, { seed: 11 });
const domain = (c: PortalCustomer) => c.email.split("@")[1] ?? "";
const byCreated = (direction: "asc" | "desc") =>
  [...customers].sort((a, b) => (direction === "asc" ? 1 : -1) * (Date.parse(a.createdAt) - Date.parse(b.createdAt)));

function columnHeaders() {
  return within(screen.getAllByRole("rowgroup")[0]!).getAllByRole("columnheader").map((th) => th.textContent ?? "");
}

describe("CustomerTable columns", { timeout: 20_000 }, () => {
  it("renders built-in and host columns in the host's order, keeping the selection and ••• columns", async () => {
    const columns: CustomerTableColumn[] = [
      "email",
      { id: "domain", header: "Domain", cell: (c) => <code>{domain(c)}</code> },
      "created",
      "name",
    ];
    render(
      <PortalCustomerAdminProvider adapter={createMemoryAdapter({ customers })} locale="en">
        <CustomerTable columns={columns} />
      </PortalCustomerAdminProvider>,
    );
    await waitFor(() => expect(screen.getAllByRole("rowheader")).toHaveLength(25));
    // The selection header holds only a checkbox; the ••• header is visually hidden text.
    expect(columnHeaders()).toEqual(["", "Email", "Domain", "Created", "Name", "Actions"]);
    const first = [...customers].sort((a, b) => a.displayName.toLowerCase().localeCompare(b.displayName.toLowerCase()))[0]!;
    const row = screen.getByRole("rowheader", { name: first.displayName }).closest("tr")!;
    const cells = within(row).getAllByRole("cell").map((cell) => cell.textContent);
    // checkbox, email, domain, created; the name is the row header; then the ••• cell.
    expect(cells[1]).toBe(first.email);
    expect(cells[2]).toBe(domain(first));
    expect(within(row).getByText(new Date(first.createdAt).getFullYear().toString(), { exact: false })).toBeInTheDocument();
    expect(within(row).getByRole("button", { name: `More options for ${first.displayName}` })).toBeInTheDocument();
    expect(screen.queryByRole("columnheader", { name: "Status" })).not.toBeInTheDocument();
  });

  it("sorts by a built-in Created column and a host column with a sortField, with aria-sort", async () => {
    const columns: CustomerTableColumn[] = [
      "name",
      "created",
      { id: "seen", header: "Seen", cell: (c) => c.lastActiveAt ?? "never", sortField: "lastActiveAt" },
    ];
    render(
      <PortalCustomerAdminProvider adapter={createMemoryAdapter({ customers })} locale="en">
        <CustomerTable columns={columns} />
      </PortalCustomerAdminProvider>,
    );
    await waitFor(() => expect(screen.getAllByRole("rowheader")).toHaveLength(25));
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Created" }));
    const created = screen.getByRole("columnheader", { name: "Created" });
    await waitFor(() => expect(created).toHaveAttribute("aria-sort", "descending"));
    await waitFor(() => expect(screen.getAllByRole("rowheader").map((c) => c.textContent)).toEqual(byCreated("desc").slice(0, 25).map((c) => c.displayName)));
    expect(screen.getByRole("columnheader", { name: "Name" })).not.toHaveAttribute("aria-sort");
    await user.click(screen.getByRole("button", { name: "Created" }));
    await waitFor(() => expect(created).toHaveAttribute("aria-sort", "ascending"));
    await waitFor(() => expect(screen.getAllByRole("rowheader").map((c) => c.textContent)).toEqual(byCreated("asc").slice(0, 25).map((c) => c.displayName)));

    await user.click(screen.getByRole("button", { name: "Seen" }));
    const seen = screen.getByRole("columnheader", { name: "Seen" });
    await waitFor(() => expect(seen).toHaveAttribute("aria-sort", "descending"));
    const expected = (await createMemoryAdapter({ customers }).listCustomers({ sort: { field: "lastActiveAt", direction: "desc" } })).items;
    await waitFor(() => expect(screen.getAllByRole("rowheader").map((c) => c.textContent)).toEqual(expected.map((c) => c.displayName)));
    expect(created).not.toHaveAttribute("aria-sort");
  });

  it("puts the host's id, aria-* and data-* on the root elements", async () => {
    render(
      <PortalCustomerAdminProvider adapter={createMemoryAdapter({ customers })} locale="en">
        <PortalCustomersPage id="customers-screen" data-testid="page" aria-label="Customers screen" navigation={null} breadcrumbs={null}
          tableProps={{ id: "customers-table", "data-section": "list", "aria-describedby": "help" }} />
        <p id="help">Everyone who can log in to the help center.</p>
      </PortalCustomerAdminProvider>,
    );
    const page = screen.getByTestId("page");
    expect(page).toHaveAttribute("id", "customers-screen");
    expect(page).toHaveAttribute("aria-label", "Customers screen");
    expect(page).toHaveClass("pca-customers-page");
    const table = page.querySelector("#customers-table")!;
    expect(table).toHaveClass("pca-customer-table");
    expect(table).toHaveAttribute("data-section", "list");
    expect(table).toHaveAccessibleDescription("Everyone who can log in to the help center.");
    await waitFor(() => expect(screen.getAllByRole("rowheader")).toHaveLength(25));
  });

  it("typing in the filter box renders no row until the result arrives", async () => {
    let cellRenders = 0;
    const columns: CustomerTableColumn[] = [
      "name",
      { id: "count", header: "Renders", cell: (c) => (cellRenders++, c.status) },
    ];
    const memory = createMemoryAdapter({ customers });
    let lists = 0;
    const adapter = { ...memory, listCustomers: (...args: Parameters<typeof memory.listCustomers>) => (lists++, memory.listCustomers(...args)) };
    render(
      <PortalCustomerAdminProvider adapter={adapter} locale="en">
        <CustomerTable columns={columns} />
      </PortalCustomerAdminProvider>,
    );
    await waitFor(() => expect(screen.getAllByRole("rowheader")).toHaveLength(25));
    const target = customers[3]!;
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    (globalThis as { jest?: unknown }).jest = { advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms) };
    try {
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      const before = cellRenders;
      await user.type(screen.getByRole("searchbox", { name: "Filter by name or email" }), target.email.slice(0, 6));
      expect(cellRenders - before).toBe(0);
      // The debounce ends: the request goes out; the rows still wait for its answer.
      await act(() => vi.advanceTimersByTimeAsync(CUSTOMER_FILTER_DEBOUNCE_MS));
      expect(lists).toBe(2);
      expect(cellRenders - before).toBe(0);
      await act(() => vi.runOnlyPendingTimersAsync());
    } finally {
      vi.useRealTimers();
      delete (globalThis as { jest?: unknown }).jest;
    }
    await waitFor(() => expect(screen.getAllByRole("rowheader").length).toBeLessThan(25));
    expect(cellRenders).toBeGreaterThan(0);
  });
});
