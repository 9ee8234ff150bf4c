import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { CustomerTableView } from "../../src/components/CustomerTable";
import type { PortalCustomer } from "../../src/domain/types";

const NOW = Date.parse("2026-11-01T12:00:00Z");

const customers: PortalCustomer[] = [
  {
    id: "c1", displayName: "Ada Lovelace", email: "ada@example.com", status: "active",
    lastActiveAt: "2026-10-29T12:00:00Z", createdAt: "2025-01-01T00:00:00Z",
  },
  {
    id: "c2", displayName: "Grace Hopper", email: "grace@example.com", status: "revoked",
    lastActiveAt: null, createdAt: "2025-01-02T00:00:00Z",
  },
];

describe("CustomerTableView", () => {
  it("shows name, email, status and last activity", () => {
    render(<CustomerTableView customers={customers} now={NOW} />);
    const table = screen.getByRole("table", { name: "Portal-only customers" });
    const [, ada, grace] = within(table).getAllByRole("row");
    expect(within(ada!).getByRole("rowheader")).toHaveTextContent("Ada Lovelace");
    expect(ada).toHaveTextContent("ada@example.com");
    expect(ada).toHaveTextContent("Active");
    expect(ada).toHaveTextContent("3 days ago");
    expect(within(ada!).getByText("3 days ago")).toHaveAttribute("title", expect.stringContaining("2026"));
    expect(grace).toHaveTextContent("Access revoked");
    expect(grace).toHaveTextContent("Never logged in");
  });

  it("formats relative times in the provider's locale", async () => {
    const { PortalCustomerAdminProvider } = await import("../../src/data/PortalCustomerAdminProvider");
    const { createTestAdapter } = await import("../../src/testing/createTestAdapter");
    render(
      <PortalCustomerAdminProvider adapter={createTestAdapter()} locale="de">
        <CustomerTableView customers={customers} now={NOW} />
      </PortalCustomerAdminProvider>,
    );
    expect(screen.getByText("vor 3 Tagen")).toBeInTheDocument();
  });

  it("marks the sorted column with aria-sort and asks for the next order", async () => {
    const onSortChange = vi.fn();
    render(
      <CustomerTableView customers={customers} sort={{ field: "displayName", direction: "asc" }} onSortChange={onSortChange} />,
    );
    const nameHeader = screen.getByRole("columnheader", { name: "Name" });
    expect(nameHeader).toHaveAttribute("aria-sort", "ascending");
    expect(screen.getByRole("columnheader", { name: "Email" })).not.toHaveAttribute("aria-sort");

    await userEvent.click(within(nameHeader).getByRole("button", { name: "Name" }));
    expect(onSortChange).toHaveBeenLastCalledWith({ field: "displayName", direction: "desc" });
    await userEvent.click(screen.getByRole("button", { name: "Email" }));
    expect(onSortChange).toHaveBeenLastCalledWith({ field: "email", direction: "asc" });
    await userEvent.click(screen.getByRole("button", { name: "Last active" }));
    expect(onSortChange).toHaveBeenLastCalledWith({ field: "lastActiveAt", direction: "desc" });
  });

  it("selects rows and all rows on the page with a tri-state header checkbox", async () => {
    const onSelectedIdsChange = vi.fn();
    render(<CustomerTableView customers={customers} defaultSelectedIds={["other-page"]} onSelectedIdsChange={onSelectedIdsChange} />);
    const all = screen.getByRole("checkbox", { name: "Select all on this page" });
    expect(all).not.toBeChecked();
    expect(all).not.toBePartiallyChecked();

    await userEvent.click(screen.getByRole("checkbox", { name: "Select Ada Lovelace" }));
    expect(onSelectedIdsChange).toHaveBeenLastCalledWith(["other-page", "c1"]);
    expect(all).toBePartiallyChecked();
    expect(screen.getByText("2 selected")).toBeInTheDocument();

    await userEvent.click(all);
    expect(all).toBeChecked();
    expect(screen.getByRole("checkbox", { name: "Select Grace Hopper" })).toBeChecked();
    expect(onSelectedIdsChange).toHaveBeenLastCalledWith(["other-page", "c1", "c2"]);

    await userEvent.click(all);
    expect(onSelectedIdsChange).toHaveBeenLastCalledWith(["other-page"]);
    expect(all).not.toBeChecked();
  });

  it("follows a controlled selection", async () => {
    function Controlled() {
      const [ids, setIds] = useState<string[]>(["c2"]);
      return <CustomerTableView customers={customers} selectedIds={ids} onSelectedIdsChange={(next) => setIds(next.slice(0, 1))} />;
    }
    render(<Controlled />);
    expect(screen.getByRole("checkbox", { name: "Select Grace Hopper" })).toBeChecked();
    await userEvent.click(screen.getByRole("checkbox", { name: "Select Ada Lovelace" }));
    // The owner kept only the first id: the view shows what it is told.
    expect(screen.getByRole("checkbox", { name: "Select Ada Lovelace" })).not.toBeChecked();
  });

  it("pages with Previous and Next and says which rows are shown", async () => {
    const onPageChange = vi.fn();
    render(<CustomerTableView customers={customers} total={1234} offset={25} limit={25} onPageChange={onPageChange} />);
    expect(screen.getByText("Showing 26–27 of 1,234")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Previous page" }));
    expect(onPageChange).toHaveBeenLastCalledWith(0);
    await userEvent.click(screen.getByRole("button", { name: "Next page" }));
    // Right after the rows shown (here 2), so a page shortened by a removal skips nobody.
    expect(onPageChange).toHaveBeenLastCalledWith(27);
  });

  it("disables Previous on the first page and Next on the last", () => {
    const { rerender } = render(<CustomerTableView customers={customers} total={4} offset={0} limit={2} onPageChange={() => {}} />);
    expect(screen.getByRole("button", { name: "Previous page" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Next page" })).toBeEnabled();
    rerender(<CustomerTableView customers={customers} total={4} offset={2} limit={2} onPageChange={() => {}} />);
    expect(screen.getByRole("button", { name: "Previous page" })).toBeEnabled();
    expect(screen.getByRole("button", { name: "Next page" })).toBeDisabled();
  });

  it("hides the page buttons when every row fits on one page", () => {
    render(<CustomerTableView customers={customers} total={2} offset={0} limit={25} onPageChange={() => {}} />);
    expect(screen.queryByRole("navigation", { name: "Pagination" })).not.toBeInTheDocument();
    expect(screen.getByText("Showing 1–2 of 2")).toBeInTheDocument();
  });

  it("shows a busy skeleton while loading", () => {
    render(<CustomerTableView status="loading" />);
    const table = screen.getByRole("table");
    expect(table).toHaveAttribute("aria-busy", "true");
    expect(screen.getByText("Loading customers…")).toBeInTheDocument();
    expect(screen.queryByText(/Showing/)).not.toBeInTheDocument();
  });

  it("tells an empty list from a filtered one", async () => {
    const { rerender } = render(<CustomerTableView customers={[]} total={0} />);
    expect(screen.getByText("No portal-only customers yet")).toBeInTheDocument();

    const onClearFilters = vi.fn();
    rerender(<CustomerTableView customers={[]} total={0} search="zzz" onSearchChange={() => {}} onClearFilters={onClearFilters} />);
    expect(screen.getByText("No customers match your filters")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Clear filters" }));
    expect(onClearFilters).toHaveBeenCalledOnce();
  });

  it("shows an error with Retry", async () => {
    const onRetry = vi.fn();
    render(<CustomerTableView status="error" errorMessage="The service is down." onRetry={onRetry} />);
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent("We couldn't load the customers.");
    expect(alert).toHaveTextContent("The service is down.");
    await userEvent.click(within(alert).getByRole("button", { name: "Retry" }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it("explains a read-only list", () => {
    render(<CustomerTableView customers={customers} isReadOnly readOnlyReason="Only admins can manage portal-only customers." isSelectable={false} />);
    expect(screen.getByText(/You can view portal-only customers but not change them\. Only admins/)).toBeInTheDocument();
    expect(screen.queryByRole("checkbox")).not.toBeInTheDocument();
  });

  it("renders row actions and announces politely", () => {
    render(
      <CustomerTableView
        customers={customers}
        renderRowActions={(c) => <button type="button">More options for {c.displayName}</button>}
        announcement="Access revoked for Ada Lovelace."
      />,
    );
    expect(screen.getByRole("button", { name: "More options for Grace Hopper" })).toBeInTheDocument();
    // Its own region: the results announcement (filter, sort, page) has another one.
    expect(screen.getByText("Access revoked for Ada Lovelace.")).toHaveAttribute("role", "status");
  });

  it("reports filter typing and status changes", async () => {
    const onSearchChange = vi.fn();
    const onStatusFilterChange = vi.fn();
    render(<CustomerTableView customers={customers} onSearchChange={onSearchChange} onStatusFilterChange={onStatusFilterChange} />);
    await userEvent.type(screen.getByRole("searchbox", { name: "Filter by name or email" }), "a");
    expect(onSearchChange).toHaveBeenLastCalledWith("a");
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Filter by status" }), "Access revoked");
    expect(onStatusFilterChange).toHaveBeenLastCalledWith("revoked");
  });

  it("passes className to the root", () => {
    const { container } = render(<CustomerTableView customers={customers} className="host" />);
    expect(container.firstElementChild).toHaveClass("pca-root", "pca-customer-table", "host");
  });
});
