import { act, configure, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { AdapterError } from "../../src/adapter/errors";
import type { PortalCustomerAdapter } from "../../src/adapter/types";
import { CUSTOMER_FILTER_DEBOUNCE_MS, CustomerTable, type CustomerTableProps } from "../../src/components/CustomerTable";
import { PortalCustomerAdminProvider } from "../../src/data/PortalCustomerAdminProvider";
import type { AdminContext, CustomerPage, CustomerQuery, PortalCustomer } from "../../src/domain/types";
import { createMemoryAdapter, generateCustomers, type MemoryAdapterOptions } from "../../src/testing";

// The machine is shared and slow at times: give findBy/waitFor more room than 1 s.
configure({ asyncUtilTimeout: 4000 });

/** A memory adapter that records every listCustomers query. */
function countingAdapter(options: MemoryAdapterOptions = {}) {
  const memory = createMemoryAdapter(options);
  const calls: CustomerQuery[] = [];
  const adapter: PortalCustomerAdapter = {
    ...memory,
    listCustomers(query, callOptions) {
      calls.push(query);
      return memory.listCustomers(query, callOptions);
    },
  };
  return { adapter, memory, calls };
}

function renderTable(adapter: PortalCustomerAdapter, props: CustomerTableProps = {}) {
  return render(
    <PortalCustomerAdminProvider adapter={adapter} locale="en">
      <CustomerTable {...props} />
    </PortalCustomerAdminProvider>,
  );
}

const sortedNames = (customers: PortalCustomer[]) =>
  customers.map((c) => c.displayName.toLowerCase()).sort();

/** The display names in the table body, top to bottom. */
function shownNames(): string[] {
  return screen.queryAllByRole("rowheader").map((cell) => cell.textContent ?? "");
}

async function waitForRows() {
  await waitFor(() => expect(screen.getAllByRole("rowheader").length).toBeGreaterThan(0));
}

// Real timers and real typing (fake timers where a debounce is measured); generous timeouts because the test machine is shared.
describe("CustomerTable", { timeout: 15_000 }, () => {
  it("shows the first page sorted by name with its range", async () => {
    const customers = generateCustomers(60);
    const { adapter } = countingAdapter({ customers });
    renderTable(adapter);
    expect(screen.getByRole("table")).toHaveAttribute("aria-busy", "true");
    await waitForRows();
    expect(shownNames()).toHaveLength(25);
    expect(shownNames().map((n) => n.toLowerCase())).toEqual(sortedNames(customers).slice(0, 25));
    expect(screen.getByRole("columnheader", { name: "Name" })).toHaveAttribute("aria-sort", "ascending");
    expect(screen.getByText("Showing 1–25 of 60")).toBeInTheDocument();
    expect(screen.getByRole("table")).not.toHaveAttribute("aria-busy");
  });

  it("filters by name with one request per settled word", async () => {
    const customers = generateCustomers(60);
    const target = customers.find((c) => !c.displayName.includes("'"))!;
    const { adapter, calls } = countingAdapter({ customers });
    renderTable(adapter);
    await waitForRows();
    expect(calls).toHaveLength(1);

    // A fake clock that stands still while typing: however slow the machine, the words arrive
    // within the debounce, and the request goes out exactly when it ends.
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    // Testing Library drains its queue with a setTimeout(0) and advances it only when it sees `jest`.
    (globalThis as { jest?: unknown }).jest = { advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms) };
    try {
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      await user.type(screen.getByRole("searchbox", { name: "Filter by name or email" }), target.displayName);
      expect(calls).toHaveLength(1);
      await act(() => vi.advanceTimersByTimeAsync(CUSTOMER_FILTER_DEBOUNCE_MS - 1));
      expect(calls).toHaveLength(1);
      await act(() => vi.advanceTimersByTimeAsync(1));
      expect(calls).toHaveLength(2);
      expect(calls[1]).toMatchObject({ search: target.displayName, offset: 0 });
      await act(() => vi.runOnlyPendingTimersAsync()); // the memory adapter's answer
    } finally {
      vi.useRealTimers();
      delete (globalThis as { jest?: unknown }).jest;
    }
    const expected = customers.filter((c) => c.displayName.toLowerCase().includes(target.displayName.toLowerCase()));
    await waitFor(() => expect(shownNames()).toHaveLength(expected.length));
    expect(shownNames().every((name) => name.toLowerCase().includes(target.displayName.toLowerCase()))).toBe(true);
    expect(calls).toHaveLength(2);
  });

  it("filters by email too", async () => {
    const customers = generateCustomers(60);
    const target = customers[17]!;
    const { adapter } = countingAdapter({ customers });
    renderTable(adapter);
    await waitForRows();
    await userEvent.type(screen.getByRole("searchbox", { name: "Filter by name or email" }), target.email);
    await waitFor(() => expect(shownNames()).toEqual([target.displayName]));
    expect(screen.getByText(target.email)).toBeInTheDocument();
    expect(screen.getByText("Showing 1–1 of 1")).toBeInTheDocument();
  });

  it("filters by status at once and goes back to page 1", async () => {
    const customers = generateCustomers(200);
    const revoked = customers.filter((c) => c.status === "revoked");
    const { adapter, calls } = countingAdapter({ customers });
    renderTable(adapter);
    await waitForRows();
    await userEvent.click(screen.getByRole("button", { name: "Next page" }));
    await waitFor(() => expect(screen.getByText("Showing 26–50 of 200")).toBeInTheDocument());

    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Filter by status" }), "Access revoked");
    await waitFor(() => expect(screen.getByText(`Showing 1–25 of ${revoked.length}`)).toBeInTheDocument());
    const statuses = screen.getAllByRole("row").slice(1).map((row) => within(row).getAllByRole("cell")[2]!.textContent);
    expect(new Set(statuses)).toEqual(new Set(["Access revoked"]));
    expect(calls.at(-1)).toMatchObject({ status: "revoked", offset: 0 });
    expect(calls).toHaveLength(3);
  });

  it("sorts by a column and toggles the direction", async () => {
    const customers = generateCustomers(60);
    const { adapter } = countingAdapter({ customers });
    renderTable(adapter);
    await waitForRows();
    const nameHeader = screen.getByRole("columnheader", { name: "Name" });

    await userEvent.click(within(nameHeader).getByRole("button", { name: "Name" }));
    await waitFor(() => expect(nameHeader).toHaveAttribute("aria-sort", "descending"));
    await waitFor(() =>
      expect(shownNames().map((n) => n.toLowerCase())).toEqual(sortedNames(customers).reverse().slice(0, 25)),
    );

    await userEvent.click(screen.getByRole("button", { name: "Email" }));
    const emailHeader = screen.getByRole("columnheader", { name: "Email" });
    await waitFor(() => expect(emailHeader).toHaveAttribute("aria-sort", "ascending"));
    expect(nameHeader).not.toHaveAttribute("aria-sort");
    const firstEmail = [...customers].sort((a, b) => (a.email.toLowerCase() < b.email.toLowerCase() ? -1 : 1))[0]!.email;
    await waitFor(() => expect(screen.getAllByRole("row")[1]).toHaveTextContent(firstEmail));
  });

  it("keeps the rows visible while the next page loads", async () => {
    const { adapter } = countingAdapter({ customers: 60, latency: 400 });
    renderTable(adapter);
    await waitForRows();
    const firstPage = shownNames();

    await userEvent.click(screen.getByRole("button", { name: "Next page" }));
    expect(shownNames()).toEqual(firstPage);
    expect(screen.getByRole("table")).toHaveAttribute("aria-busy", "true");
    await waitFor(() => expect(screen.getByText("Showing 26–50 of 60")).toBeInTheDocument());
    expect(shownNames()).not.toEqual(firstPage);
    expect(screen.getByRole("table")).not.toHaveAttribute("aria-busy");
  });

  it("never shows an older answer over a newer one", async () => {
    const memory = createMemoryAdapter({ customers: 80 });
    // The revoked list answers only when the test says so, after the active list; both ignore aborts.
    let releaseRevoked!: () => void;
    const revokedGate = new Promise<void>((resolve) => (releaseRevoked = resolve));
    let revokedAnswered!: Promise<unknown>;
    const adapter: PortalCustomerAdapter = {
      ...memory,
      listCustomers(query) {
        const answer = memory.listCustomers(query).then(async (page: CustomerPage) => {
          if (query.status === "revoked") await revokedGate;
          return page;
        });
        if (query.status === "revoked") revokedAnswered = answer;
        return answer;
      },
    };
    renderTable(adapter);
    await waitForRows();
    const select = screen.getByRole("combobox", { name: "Filter by status" });
    await userEvent.selectOptions(select, "Access revoked");
    await userEvent.selectOptions(select, "Active");
    await waitFor(() => expect(screen.getByRole("table")).not.toHaveAttribute("aria-busy"));
    releaseRevoked();
    await act(async () => {
      await revokedAnswered; // the older answer has arrived now
    });
    const statuses = screen.getAllByRole("row").slice(1).map((row) => within(row).getAllByRole("cell")[2]!.textContent);
    expect(new Set(statuses)).toEqual(new Set(["Active"]));
  });

  it("tells 'no customers yet' from 'nothing matches' and clears the filters", async () => {
    const { adapter: empty } = countingAdapter({ customers: [] });
    const { unmount } = renderTable(empty);
    expect(await screen.findByText("No portal-only customers yet")).toBeInTheDocument();
    unmount();

    const { adapter } = countingAdapter({ customers: 10 });
    renderTable(adapter);
    await waitForRows();
    await userEvent.type(screen.getByRole("searchbox", { name: "Filter by name or email" }), "zzzz-nobody");
    expect(await screen.findByText("No customers match your filters")).toBeInTheDocument();
    expect(screen.queryByText("No portal-only customers yet")).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Clear filters" }));
    await waitFor(() => expect(shownNames()).toHaveLength(10));
    expect(screen.getByRole("searchbox", { name: "Filter by name or email" })).toHaveValue("");
  });

  it("shows an error in words and retries", async () => {
    let isDown = true;
    const { adapter, calls } = countingAdapter({
      customers: 5,
      fail: (method) => (method === "listCustomers" && isDown ? new AdapterError("network", "fetch failed") : undefined),
    });
    renderTable(adapter);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("We couldn't load the customers.");
    expect(alert).toHaveTextContent("We couldn't reach the server. Check your connection and try again.");
    isDown = false;
    await userEvent.click(within(alert).getByRole("button", { name: "Retry" }));
    await waitFor(() => expect(shownNames()).toHaveLength(5));
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(calls).toHaveLength(2);
  });

  it("waits for the admin context before showing what the viewer may do, and retries it", async () => {
    let isDown = true;
    const { adapter } = countingAdapter({
      customers: 5,
      latency: 30,
      fail: (method) => (method === "getAdminContext" && isDown ? new AdapterError("unavailable", "down") : undefined),
    });
    renderTable(adapter);
    expect(screen.getByRole("table")).toHaveAttribute("aria-busy", "true");
    expect(screen.queryByText(/You can view portal-only customers/)).not.toBeInTheDocument();
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("We couldn't load your admin details.");
    expect(alert).not.toHaveTextContent("We couldn't load the customers.");
    isDown = false;
    await userEvent.click(within(alert).getByRole("button", { name: "Retry" }));
    await waitFor(() => expect(shownNames()).toHaveLength(5));
  });

  it.each<[string, Partial<AdminContext>, string]>([
    ["a viewer without an admin role", { role: "none" }, "Only admins can manage portal-only customers."],
    ["a site admin in the centralized experience", { role: "site-admin", experience: "centralized" },
      "In the centralized experience only organization admins can do this."],
  ])("is read-only for %s", async (_, context, reason) => {
    const { adapter } = countingAdapter({ customers: 5, context });
    renderTable(adapter);
    await waitForRows();
    expect(screen.getByText(`You can view portal-only customers but not change them. ${reason}`)).toBeInTheDocument();
    expect(screen.queryByRole("checkbox")).not.toBeInTheDocument();
    // The menus stay, so the viewer can see what exists and why it is unavailable.
    expect(screen.getAllByRole("button", { name: /^More options for / })).toHaveLength(5);
  });

  it("is not read-only for a site admin in the original experience", async () => {
    const { adapter } = countingAdapter({ customers: 5, context: { role: "site-admin", experience: "original" } });
    renderTable(adapter);
    await waitForRows();
    expect(screen.queryByText(/You can view portal-only customers/)).not.toBeInTheDocument();
    expect(screen.getAllByRole("checkbox")).toHaveLength(6);
  });

  it("applies a confirmed revoke at once, announces it and returns focus, without a refetch", async () => {
    const customers = generateCustomers(30).map((c) => ({ ...c, status: "active" as const }));
    const { adapter, calls, memory } = countingAdapter({ customers });
    renderTable(adapter);
    await waitForRows();
    const name = shownNames()[0]!;
    const row = screen.getAllByRole("row")[1]!;
    const trigger = within(row).getByRole("button", { name: `More options for ${name}` });

    await userEvent.click(trigger);
    await userEvent.click(await screen.findByRole("menuitem", { name: "Revoke access" }));
    const dialog = await screen.findByRole("dialog");
    await userEvent.click(within(dialog).getByRole("button", { name: "Revoke access" }));

    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(within(row).getByText("Access revoked")).toBeInTheDocument();
    // The table's polite live region (the export control has a status region of its own).
    expect(screen.getAllByRole("status").map((region) => region.textContent)).toContain(`Access revoked for ${name}.`);
    await waitFor(() => expect(trigger).toHaveFocus());
    expect(memory.snapshot().find((c) => c.displayName === name)?.status).toBe("revoked");
    expect(calls).toHaveLength(1);
  });

  it("drops a deleted row, lowers the total, deselects it and focuses the ••• of the row that took its place", async () => {
    const customers = generateCustomers(30);
    const { adapter, calls } = countingAdapter({ customers });
    renderTable(adapter);
    await waitForRows();
    const [row, nextRow] = screen.getAllByRole("row").slice(1);
    const name = within(row!).getByRole("rowheader").textContent!;
    const nextName = within(nextRow!).getByRole("rowheader").textContent!;
    const email = customers.find((c) => c.displayName === name && row!.textContent!.includes(c.email))!.email;
    await userEvent.click(within(row!).getByRole("checkbox", { name: `Select ${name}` }));
    expect(screen.getByRole("region", { name: "Bulk actions" })).toHaveTextContent("1 customer selected");

    await userEvent.click(within(row!).getByRole("button", { name: `More options for ${name}` }));
    await userEvent.click(await screen.findByRole("menuitem", { name: "Delete account" }));
    const dialog = await screen.findByRole("alertdialog");
    await userEvent.type(within(dialog).getByRole("textbox"), email);
    await userEvent.click(within(dialog).getByRole("button", { name: "Delete" }));

    await waitFor(() => expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument());
    expect(screen.queryByText(email)).not.toBeInTheDocument();
    expect(screen.getByText("Showing 1–24 of 29")).toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "Bulk actions" })).not.toBeInTheDocument();
    await waitFor(() => expect(within(nextRow!).getByRole("button", { name: `More options for ${nextName}` })).toHaveFocus());
    expect(calls).toHaveLength(1);
  });

  it("goes back a page when deleting empties the last one", async () => {
    const customers = generateCustomers(3);
    const { adapter } = countingAdapter({ customers });
    renderTable(adapter, { pageSize: 2 });
    await waitForRows();
    await userEvent.click(screen.getByRole("button", { name: "Next page" }));
    await waitFor(() => expect(screen.getByText("Showing 3–3 of 3")).toBeInTheDocument());
    const name = shownNames()[0]!;
    const email = customers.find((c) => c.displayName === name)!.email;

    await userEvent.click(screen.getByRole("button", { name: `More options for ${name}` }));
    await userEvent.click(await screen.findByRole("menuitem", { name: "Delete account" }));
    const dialog = await screen.findByRole("alertdialog");
    await userEvent.type(within(dialog).getByRole("textbox"), email);
    await userEvent.click(within(dialog).getByRole("button", { name: "Delete" }));
    await waitFor(() => expect(screen.getByText("Showing 1–2 of 2")).toBeInTheDocument());
    expect(screen.queryByText("No portal-only customers yet")).not.toBeInTheDocument();
  });

  it("keeps a controlled selection with its owner and drops deleted customers from it", async () => {
    const customers = generateCustomers(5);
    const { adapter } = countingAdapter({ customers });
    const changes: string[][] = [];
    function Owner() {
      const [ids, setIds] = useState<string[]>([]);
      return (
        <CustomerTable
          selectedIds={ids}
          onSelectedIdsChange={(next) => {
            changes.push(next);
            setIds(next);
          }}
        />
      );
    }
    render(
      <PortalCustomerAdminProvider adapter={adapter} locale="en">
        <Owner />
      </PortalCustomerAdminProvider>,
    );
    await waitForRows();
    await userEvent.click(screen.getByRole("checkbox", { name: "Select all on this page" }));
    expect(changes.at(-1)).toHaveLength(5);
    const name = shownNames()[0]!;
    const target = customers.find((c) => c.displayName === name)!;
    await userEvent.click(screen.getByRole("button", { name: `More options for ${name}` }));
    await userEvent.click(await screen.findByRole("menuitem", { name: "Migrate to Atlassian account" }));
    await userEvent.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "Migrate" }));
    await waitFor(() => expect(changes.at(-1)).toHaveLength(4));
    expect(changes.at(-1)).not.toContain(target.id);
    expect(screen.getByRole("checkbox", { name: "Select all on this page" })).toBeChecked();
  });
});
