import { act, configure, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { CUSTOMER_FILTER_DEBOUNCE_MS, CustomerTable, CustomerTableView, useCustomerTable, type CustomerTableColumn } from "../../src/components/CustomerTable";
import { PortalCustomerAdminProvider } from "../../src/data/PortalCustomerAdminProvider";
import type { CustomerQuery, PortalCustomer } from "../../src/domain/types";
import { messages as german } from "../../src/locales/de";
import { createMemoryAdapter, generateCustomers } from "../../src/testing";
import { failOnConsole } from "./support/dialogs";

configure({ asyncUtilTimeout: 4000 });
failOnConsole();

const customers = generateCustomers(80, { seed: 4 });
/** The answer to a query, from a separate copy of the data. */
const answer = (query: CustomerQuery) => createMemoryAdapter({ customers }).listCustomers(query);

/** The table's results live region, and every text it took (a screen reader hears each change once). */
function resultsRegion() {
  const region = document.querySelector<HTMLElement>("[data-announcement='results']");
  if (!region) throw new Error("no results live region");
  return region;
}
function recordAnnouncements() {
  const region = resultsRegion();
  const heard: string[] = [];
  const observer = new MutationObserver(() => {
    const text = region.textContent ?? "";
    if (text.trim() !== "" && text !== heard.at(-1)) heard.push(text);
  });
  observer.observe(region, { childList: true, characterData: true, subtree: true });
  return { heard, stop: () => observer.disconnect() };
}

function renderTable(options: { locale?: string; columns?: readonly CustomerTableColumn[]; data?: PortalCustomer[] } = {}) {
  const adapter = createMemoryAdapter({ customers: options.data ?? customers });
  render(
    <PortalCustomerAdminProvider adapter={adapter} locale={options.locale ?? "en"} messages={options.locale === "de" ? german : undefined}>
      <CustomerTable columns={options.columns} />
    </PortalCustomerAdminProvider>,
  );
}
const firstLoad = () => waitFor(() => expect(screen.getAllByRole("rowheader")).toHaveLength(25));

/** Fake timers for the debounce only (see CustomerTableQuery.test.tsx). */
async function withFakeDebounce(run: (user: ReturnType<typeof userEvent.setup>) => Promise<void>) {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
  (globalThis as { jest?: unknown }).jest = { advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms) };
  try {
    await run(userEvent.setup({ advanceTimers: vi.advanceTimersByTime }));
  } finally {
    vi.useRealTimers();
    delete (globalThis as { jest?: unknown }).jest;
  }
}
/** Types `text` into the filter box as one burst (within the debounce), then lets it settle. */
async function typeFilter(text: string) {
  await withFakeDebounce(async (user) => {
    await user.type(screen.getByRole("searchbox", { name: /./ }), text);
    await act(() => vi.advanceTimersByTimeAsync(CUSTOMER_FILTER_DEBOUNCE_MS));
    // The request the debounce started (the memory adapter answers through a timer too).
    await act(() => vi.runOnlyPendingTimersAsync());
  });
}

// A first name shared by several customers (and not by all).
const sample = customers[0]!.displayName.split(" ")[0]!.slice(0, 3).toLowerCase();

describe("CustomerTable announces each change of its content once (polite, visually hidden)", { timeout: 20_000 }, () => {
  it("is a polite status region that is always there, and says nothing on the first load", async () => {
    renderTable();
    const region = resultsRegion();
    expect(region).toHaveAttribute("role", "status");
    expect(region).toHaveAttribute("aria-live", "polite");
    await firstLoad();
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(region).toHaveTextContent(/^$/);
    // Separate from the visible success status.
    expect(region.closest(".pca-customer-table__success")).toBeNull();
  });

  it("a typed filter is announced once with the number of matches, however many keystrokes", async () => {
    renderTable();
    await firstLoad();
    const { total } = await answer({ search: sample });
    expect(total).toBeGreaterThan(1);
    const { heard, stop } = recordAnnouncements();
    await typeFilter(sample);
    await waitFor(() => expect(resultsRegion()).toHaveTextContent(`${total} customers match “${sample}”`));
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    stop();
    expect(heard).toEqual([`${total} customers match “${sample}”`]);
  });

  it("no match says so with the search", async () => {
    renderTable();
    await firstLoad();
    await typeFilter("zzzq");
    await waitFor(() => expect(resultsRegion()).toHaveTextContent("No customers match “zzzq”"));
  });

  it("the status filter, alone and with a search", async () => {
    renderTable();
    await firstLoad();
    const revoked = (await answer({ status: "revoked" })).total;
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Filter by status" }), "revoked");
    await waitFor(() => expect(resultsRegion()).toHaveTextContent(`${revoked} revoked customers`));
    const both = (await answer({ status: "revoked", search: "a" })).total;
    await typeFilter("a");
    await waitFor(() => expect(resultsRegion()).toHaveTextContent(`${both} revoked customers match “a”`));
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Filter by status" }), "all");
    const all = (await answer({ search: "a" })).total;
    await waitFor(() => expect(resultsRegion()).toHaveTextContent(`${all} customers match “a”`));
  });

  it("sorting names the column and the order: dates newest/oldest first, text A to Z / Z to A", async () => {
    renderTable();
    await firstLoad();
    const { heard, stop } = recordAnnouncements();
    await userEvent.click(screen.getByRole("button", { name: "Last active" }));
    await waitFor(() => expect(resultsRegion()).toHaveTextContent("Sorted by Last active, newest first"));
    await userEvent.click(screen.getByRole("button", { name: "Last active" }));
    await waitFor(() => expect(resultsRegion()).toHaveTextContent("Sorted by Last active, oldest first"));
    await userEvent.click(screen.getByRole("button", { name: "Email" }));
    await waitFor(() => expect(resultsRegion()).toHaveTextContent("Sorted by Email, A to Z"));
    await userEvent.click(screen.getByRole("button", { name: "Email" }));
    await waitFor(() => expect(resultsRegion()).toHaveTextContent("Sorted by Email, Z to A"));
    stop();
    expect(heard).toEqual([
      "Sorted by Last active, newest first", "Sorted by Last active, oldest first", "Sorted by Email, A to Z", "Sorted by Email, Z to A",
    ]);
  });

  it("a host column with a sortField uses the built-in name of that field", async () => {
    const joined: CustomerTableColumn = { id: "joined", header: "Joined", cell: (c) => c.createdAt.slice(0, 10), sortField: "createdAt" };
    renderTable({ columns: ["name", joined] });
    await firstLoad();
    await userEvent.click(screen.getByRole("button", { name: "Joined" }));
    await waitFor(() => expect(resultsRegion()).toHaveTextContent("Sorted by Created, newest first"));
  });

  it("paging gives the page and the range with the total, numbers formatted", async () => {
    renderTable({ data: generateCustomers(5002, { seed: 4 }) });
    await firstLoad();
    await userEvent.click(screen.getByRole("button", { name: "Next page" }));
    await waitFor(() => expect(resultsRegion()).toHaveTextContent("Page 2, showing 26–50 of 5,002"));
    await userEvent.click(screen.getByRole("button", { name: "Previous page" }));
    await waitFor(() => expect(resultsRegion()).toHaveTextContent("Page 1, showing 1–25 of 5,002"));
  });

  it("in German: one announcement for a typed filter, with German plurals and quotes", async () => {
    renderTable({ locale: "de" });
    await firstLoad();
    const { total } = await answer({ search: sample });
    const { heard, stop } = recordAnnouncements();
    await typeFilter(sample);
    await waitFor(() => expect(resultsRegion()).toHaveTextContent(`${total} Kunden entsprechen „${sample}“`));
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    stop();
    expect(heard).toEqual([`${total} Kunden entsprechen „${sample}“`]);
  });
});

describe("CustomerTableView's results announcement", () => {
  const page = customers.slice(0, 25);
  const view = (props: Partial<Parameters<typeof CustomerTableView>[0]>) => (
    <PortalCustomerAdminProvider adapter={createMemoryAdapter({ customers: 0 })} locale="en">
      <CustomerTableView customers={page} total={80} onSearchChange={() => {}} {...props} />
    </PortalCustomerAdminProvider>
  );

  it("follows the search the rows answer (appliedSearch), not the text being typed, and waits while fetching", () => {
    const { rerender } = render(view({ search: "", appliedSearch: "" }));
    rerender(view({ search: "ad", appliedSearch: "" }));
    rerender(view({ search: "ada", appliedSearch: "" }));
    expect(resultsRegion()).toHaveTextContent(/^$/);
    rerender(view({ search: "ada", appliedSearch: "ada", isFetching: true }));
    expect(resultsRegion()).toHaveTextContent(/^$/);
    rerender(view({ search: "ada", appliedSearch: "ada", customers: page.slice(0, 3), total: 3 }));
    expect(resultsRegion()).toHaveTextContent("3 customers match “ada”");
  });

  it("stays quiet when only the total changes (an action's success message covers it)", () => {
    const { rerender } = render(view({ offset: 25 }));
    rerender(view({ offset: 25, total: 79, customers: page.slice(1) }));
    expect(resultsRegion()).toHaveTextContent(/^$/);
    rerender(view({ offset: 50, total: 79, customers: page.slice(0, 24), successMessage: "Ava was deleted." }));
    expect(resultsRegion()).toHaveTextContent("Page 3, showing 51–74 of 79");
    // The success status keeps its own region.
    expect(screen.getByText("Ava was deleted.")).not.toBe(resultsRegion());
    expect(within(resultsRegion()).queryByText("Ava was deleted.")).toBeNull();
  });
});

describe("useCustomerTable's resultsAnnouncement (for a host's own markup)", () => {
  it("gives the same sentence after a sort, and nothing on the first load", async () => {
    function HostTable() {
      const table = useCustomerTable();
      return (
        <>
          <p role="status" aria-label="host results">{table.resultsAnnouncement}</p>
          <button {...table.getSortButtonProps("createdAt")}>Joined</button>
          <ul>{table.customers?.map((c) => <li key={c.id}>{c.displayName}</li>)}</ul>
        </>
      );
    }
    render(
      <PortalCustomerAdminProvider adapter={createMemoryAdapter({ customers })} locale="en">
        <HostTable />
      </PortalCustomerAdminProvider>,
    );
    await waitFor(() => expect(screen.getAllByRole("listitem")).toHaveLength(25));
    expect(screen.getByRole("status", { name: "host results" })).toHaveTextContent(/^$/);
    await userEvent.click(screen.getByRole("button", { name: "Joined" }));
    await waitFor(() => expect(screen.getByRole("status", { name: "host results" })).toHaveTextContent("Sorted by Created, newest first"));
  });
});

describe("the selection count is announced from the first selection on", () => {
  it("its polite region exists before anything is selected, so “1 customer selected” is heard", async () => {
    renderTable();
    await firstLoad();
    const region = document.querySelector<HTMLElement>("[data-announcement='selection']");
    expect(region).not.toBeNull();
    expect(region).toHaveAttribute("role", "status");
    expect(region).toHaveTextContent(/^$/);
    const rows = screen.getAllByRole("row").slice(1);
    await userEvent.click(within(rows[0]!).getByRole("checkbox"));
    await waitFor(() => expect(region).toHaveTextContent("1 customer selected"));
    // The same node, still in the document: not a region created together with its text.
    expect(region!.isConnected).toBe(true);
    await userEvent.click(within(rows[1]!).getByRole("checkbox"));
    await waitFor(() => expect(region).toHaveTextContent("2 customers selected"));
    // Announced once: the bar's visible count is not a second live region.
    const bar = screen.getByRole("region", { name: "Bulk actions" });
    expect(bar.querySelector("[aria-live]")).toBeNull();
    expect(within(bar).getByText("2 customers selected")).toBeInTheDocument();
    await userEvent.click(within(bar).getByRole("button", { name: "Clear selection" }));
    await waitFor(() => expect(screen.queryByRole("region", { name: "Bulk actions" })).toBeNull());
    expect(region!.isConnected).toBe(true);
  });
});
