import { describe, expect, it, vi } from "vitest";
import { isAbortError, type CustomerQuery } from "../../../src";
import { dedupeRequests } from "../../../src/data/dedupeRequests";
import { createMemoryAdapter } from "../../../src/testing";

function counting(latency = 20) {
  const memory = createMemoryAdapter({ customers: 30, latency });
  const signals: AbortSignal[] = [];
  const listCustomers = vi.fn((query: CustomerQuery, options?: { signal?: AbortSignal }) => {
    if (options?.signal) signals.push(options.signal);
    return memory.listCustomers(query, options);
  });
  return { adapter: dedupeRequests({ ...memory, listCustomers }), listCustomers, signals, memory };
}

describe("dedupeRequests", () => {
  it("shares one call between identical requests in flight, giving each caller its own copy", async () => {
    const { adapter, listCustomers } = counting();
    const [a, b] = await Promise.all([adapter.listCustomers({}), adapter.listCustomers({ offset: 0, limit: 25, status: "all" })]);
    expect(listCustomers).toHaveBeenCalledTimes(1);
    expect(a).toEqual(b);
    a.items[0]!.displayName = "Changed";
    expect(b.items[0]!.displayName).not.toBe("Changed");
  });

  it("makes separate calls for different queries and for requests that are not concurrent", async () => {
    const { adapter, listCustomers } = counting();
    await Promise.all([adapter.listCustomers({}), adapter.listCustomers({ search: "a" })]);
    await adapter.listCustomers({});
    expect(listCustomers).toHaveBeenCalledTimes(3);
  });

  it("one caller aborting does not abort the other; when all abort, the shared call is aborted", async () => {
    const { adapter, listCustomers, signals } = counting(50);
    const first = new AbortController();
    const second = new AbortController();
    const p1 = adapter.listCustomers({}, { signal: first.signal });
    const p2 = adapter.listCustomers({}, { signal: second.signal });
    first.abort();
    await expect(p1).rejects.toSatisfy(isAbortError);
    await expect(p2).resolves.toMatchObject({ total: 30 });
    expect(listCustomers).toHaveBeenCalledTimes(1);

    const third = new AbortController();
    const fourth = new AbortController();
    const p3 = adapter.listCustomers({ search: "e" }, { signal: third.signal });
    const p4 = adapter.listCustomers({ search: "e" }, { signal: fourth.signal });
    await Promise.resolve();
    third.abort();
    fourth.abort();
    await expect(p3).rejects.toSatisfy(isAbortError);
    await expect(p4).rejects.toSatisfy(isAbortError);
    expect(signals.at(-1)?.aborted).toBe(true);
  });

  it("passes errors to every caller and other methods through", async () => {
    const memory = createMemoryAdapter({ customers: 3 });
    const adapter = dedupeRequests({ ...memory, listCustomers: () => Promise.reject(new Error("boom")) });
    await expect(Promise.all([adapter.listCustomers({}), adapter.listCustomers({})])).rejects.toThrow("boom");
    await expect(adapter.getAdminContext()).resolves.toMatchObject({ role: "org-admin" });
    await adapter.deleteCustomer(memory.snapshot()[0]!.id);
    expect(memory.snapshot()).toHaveLength(2);
  });
});

describe("dedupe through the provider", () => {
  it("two lists with the same query on one page send one request", async () => {
    const { render, screen, waitFor } = await import("@testing-library/react");
    const { PortalCustomerAdminProvider, usePortalCustomers } = await import("../../../src");
    const memory = createMemoryAdapter({ customers: 12, latency: 10 });
    const listCustomers = vi.fn(memory.listCustomers);
    function Count({ label }: { label: string }) {
      const list = usePortalCustomers({ status: "active" });
      return <p>{`${label}: ${list.data?.total ?? "…"}`}</p>;
    }
    render(
      <PortalCustomerAdminProvider adapter={{ ...memory, listCustomers }}>
        <Count label="one" />
        <Count label="two" />
      </PortalCustomerAdminProvider>,
    );
    const active = memory.snapshot().filter((c) => c.status === "active").length;
    await waitFor(() => expect(screen.getByText(`two: ${active}`)).toBeInTheDocument());
    expect(screen.getByText(`one: ${active}`)).toBeInTheDocument();
    expect(listCustomers).toHaveBeenCalledTimes(1);
  });
});
