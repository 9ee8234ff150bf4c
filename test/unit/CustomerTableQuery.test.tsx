import { act, configure, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useCallback, useMemo, useState, useSyncExternalStore } from "react";
import { MemoryRouter, useSearchParams } from "react-router";
import { describe, expect, it, vi } from "vitest";
import type { PortalCustomerAdapter } from "../../src/adapter/types";
import { CUSTOMER_FILTER_DEBOUNCE_MS, CustomerTable } from "../../src/components/CustomerTable";
import { PortalCustomersPage } from "../../src/components/PortalCustomersPage";
import { PortalCustomerAdminProvider } from "../../src/data/PortalCustomerAdminProvider";
import { customerQueryFromSearchParams, customerQueryToSearchParams } from "../../src/domain/query";
import type { CustomerQuery, NormalizedCustomerQuery } from "../../src/domain/types";
import { createMemoryAdapter, generateCustomers } from "../../src/testing";
import { failOnConsole } from "./support/dialogs";

configure({ asyncUtilTimeout: 4000 });
failOnConsole();

const customers = generateCustomers(80, { seed: 4 });

function recording() {
  const memory = createMemoryAdapter({ customers });
  const calls: CustomerQuery[] = [];
  const adapter: PortalCustomerAdapter = {
    ...memory,
    listCustomers(query, options) {
      calls.push(query);
      return memory.listCustomers(query, options);
    },
  };
  return { adapter, memory, calls };
}

const shownNames = () => screen.queryAllByRole("rowheader").map((cell) => cell.textContent ?? "");
/** The names the adapter answers for a query, asked of a separate copy so no call is recorded. */
const expectedNames = async (_adapter: PortalCustomerAdapter, query: CustomerQuery) =>
  (await createMemoryAdapter({ customers }).listCustomers(query)).items.map((c) => c.displayName);

/** Fake timers for the debounce only: typing arrives within it however slow the machine. */
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

describe("CustomerTable query: controlled, uncontrolled, and through a router", { timeout: 20_000 }, () => {
  it("starts from a partial defaultQuery with the other fields at their defaults, and reports every change", async () => {
    const { adapter, calls } = recording();
    const changes: NormalizedCustomerQuery[] = [];
    render(
      <PortalCustomerAdminProvider adapter={adapter} locale="en">
        <CustomerTable defaultQuery={{ status: "revoked", sort: { field: "email", direction: "desc" } }} onQueryChange={(q) => changes.push(q)} />
      </PortalCustomerAdminProvider>,
    );
    const expected = await expectedNames(adapter, { status: "revoked", sort: { field: "email", direction: "desc" } });
    await waitFor(() => expect(shownNames()).toEqual(expected));
    expect(calls[0]).toEqual({ search: "", status: "revoked", sort: { field: "email", direction: "desc" }, offset: 0, limit: 25 });
    expect(screen.getByRole("combobox", { name: "Filter by status" })).toHaveValue("revoked");
    expect(screen.getByRole("columnheader", { name: "Email" })).toHaveAttribute("aria-sort", "descending");
    await userEvent.click(screen.getByRole("button", { name: "Last active" }));
    await waitFor(() => expect(changes.at(-1)).toMatchObject({ sort: { field: "lastActiveAt", direction: "desc" }, status: "revoked", offset: 0 }));
  });

  it("a controlled query follows typing at once while the adapter hears only the settled search", async () => {
    const { adapter, calls } = recording();
    const seen: NormalizedCustomerQuery[] = [];
    function Host() {
      const [query, setQuery] = useState<CustomerQuery>({ offset: 25 });
      return (
        <>
          <output aria-label="host query">{JSON.stringify(query)}</output>
          <CustomerTable query={query} onQueryChange={(next) => (seen.push(next), setQuery(next))} />
        </>
      );
    }
    render(
      <PortalCustomerAdminProvider adapter={adapter} locale="en">
        <Host />
      </PortalCustomerAdminProvider>,
    );
    await waitFor(() => expect(screen.getByText("Showing 26–50 of 80")).toBeInTheDocument());
    expect(calls).toHaveLength(1);
    await withFakeDebounce(async (user) => {
      await user.type(screen.getByRole("searchbox", { name: "Filter by name or email" }), "an");
      // The host's value follows each keystroke…
      expect(seen.map((q) => q.search)).toEqual(["a", "an"]);
      expect(screen.getByRole("searchbox")).toHaveValue("an");
      // …the adapter hears nothing until the debounce ends, then once, on the first page.
      await act(() => vi.advanceTimersByTimeAsync(CUSTOMER_FILTER_DEBOUNCE_MS - 1));
      expect(calls).toHaveLength(1);
      await act(() => vi.advanceTimersByTimeAsync(1));
      expect(calls).toHaveLength(2);
      expect(calls[1]).toMatchObject({ search: "an", offset: 0 });
      expect(seen.at(-1)).toMatchObject({ search: "an", offset: 0 });
      await act(() => vi.runOnlyPendingTimersAsync());
    });
    const expected = await expectedNames(adapter, { search: "an" });
    await waitFor(() => expect(shownNames()).toEqual(expected.slice(0, 25)));
  });

  it("a query the host changes (Back, a link) applies at once, without the debounce", async () => {
    const { adapter, calls } = recording();
    let setHostQuery: (query: CustomerQuery) => void = () => {};
    function Host() {
      const [query, setQuery] = useState<CustomerQuery>({});
      setHostQuery = setQuery;
      return <CustomerTable query={query} onQueryChange={setQuery} />;
    }
    render(
      <PortalCustomerAdminProvider adapter={adapter} locale="en">
        <Host />
      </PortalCustomerAdminProvider>,
    );
    await waitFor(() => expect(shownNames()).toHaveLength(25));
    const target = customers[10]!;
    act(() => setHostQuery({ search: target.email, status: "all" }));
    // Same render: the request for it is already out (no timer to wait for).
    await waitFor(() => expect(calls.at(-1)).toMatchObject({ search: target.email }));
    expect(calls).toHaveLength(2);
    await waitFor(() => expect(shownNames()).toEqual([target.displayName]));
    expect(screen.getByRole("searchbox")).toHaveValue(target.email);
  });

  it("recipe: React Router's useSearchParams keeps the query in the URL, and a new URL restores it", async () => {
    const { adapter } = recording();
    const urls: string[] = [];
    function CustomersRoute() {
      const [params, setParams] = useSearchParams();
      const query = useMemo(() => customerQueryFromSearchParams(params), [params]);
      urls.push(params.toString());
      return (
        <CustomerTable
          query={query}
          onQueryChange={(next) => setParams(customerQueryToSearchParams(next), { replace: next.search !== query.search })}
        />
      );
    }
    const view = render(
      <MemoryRouter initialEntries={["/customers?status=active&sort=email&direction=desc&offset=25"]}>
        <PortalCustomerAdminProvider adapter={adapter} locale="en">
          <CustomersRoute />
        </PortalCustomerAdminProvider>
      </MemoryRouter>,
    );
    const restored = { status: "active", sort: { field: "email", direction: "desc" }, offset: 25 } as const;
    const expected = await expectedNames(adapter, restored);
    await waitFor(() => expect(shownNames()).toEqual(expected));
    await userEvent.click(screen.getByRole("button", { name: "Name" }));
    await waitFor(() => expect(urls.at(-1)).toBe("status=active"));
    const sortedByName = await expectedNames(adapter, { status: "active" });
    await waitFor(() => expect(shownNames()).toEqual(sortedByName));
    await userEvent.click(screen.getByRole("button", { name: "Next page" }));
    await waitFor(() => expect(urls.at(-1)).toBe("status=active&offset=25"));
    view.unmount();

    // A reload is a fresh mount on the same URL: the same rows.
    render(
      <MemoryRouter initialEntries={[`/customers?${urls.at(-1)}`]}>
        <PortalCustomerAdminProvider adapter={adapter} locale="en">
          <CustomersRoute />
        </PortalCustomerAdminProvider>
      </MemoryRouter>,
    );
    const secondPage = await expectedNames(adapter, { status: "active", offset: 25 });
    await waitFor(() => expect(shownNames()).toEqual(secondPage));
  });

  it("recipe: Next.js useSearchParams + router.replace (a fake of next/navigation's hooks)", async () => {
    const { adapter } = recording();
    // The two hooks the recipe uses, as next/navigation shapes them: a read-only URLSearchParams
    // that changes identity on navigation, and a router whose replace(href) navigates.
    const location = createFakeLocation("/admin/customers?search=an&status=active");
    const useFakeSearchParams = () => useSyncExternalStore(location.subscribe, location.searchParams);
    const useFakeRouter = () => ({ replace: location.replace });
    const usePathname = () => "/admin/customers";

    function CustomersPage() {
      const searchParams = useFakeSearchParams();
      const router = useFakeRouter();
      const pathname = usePathname();
      const query = useMemo(() => customerQueryFromSearchParams(searchParams), [searchParams]);
      const onQueryChange = useCallback(
        (next: NormalizedCustomerQuery) => {
          const search = customerQueryToSearchParams(next).toString();
          router.replace(search ? `${pathname}?${search}` : pathname, { scroll: false });
        },
        [router, pathname],
      );
      return <PortalCustomersPage navigation={null} breadcrumbs={null} query={query} onQueryChange={onQueryChange} />;
    }
    render(
      <PortalCustomerAdminProvider adapter={adapter} locale="en">
        <CustomersPage />
      </PortalCustomerAdminProvider>,
    );
    const expected = await expectedNames(adapter, { search: "an", status: "active" });
    expect(expected.length).toBeGreaterThan(0);
    await waitFor(() => expect(shownNames()).toEqual(expected));
    expect(screen.getByRole("searchbox")).toHaveValue("an");
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Filter by status" }), "all");
    await waitFor(() => expect(location.href()).toBe("/admin/customers?search=an"));
    expect(location.replaced.at(-1)?.options).toEqual({ scroll: false });
    const all = await expectedNames(adapter, { search: "an" });
    await waitFor(() => expect(shownNames()).toEqual(all));
    await userEvent.clear(screen.getByRole("searchbox"));
    await waitFor(() => expect(location.href()).toBe("/admin/customers"));
    await waitFor(() => expect(screen.getByText("Showing 1–25 of 80")).toBeInTheDocument());
  });
});

/** A stand-in for Next's router state: a URL that `replace` changes and hooks subscribe to. */
function createFakeLocation(initial: string) {
  let url = new URL(initial, "https://admin.example");
  let params = new URLSearchParams(url.search);
  const listeners = new Set<() => void>();
  const replaced: { href: string; options?: unknown }[] = [];
  return {
    replaced,
    href: () => `${url.pathname}${url.search}`,
    searchParams: () => params,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    replace(href: string, options?: unknown) {
      replaced.push({ href, options });
      url = new URL(href, url);
      params = new URLSearchParams(url.search);
      for (const listener of listeners) listener();
    },
  };
}
