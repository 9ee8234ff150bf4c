import { act, renderHook, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { AdapterError } from "../../../src/adapter/errors";
import { createMemoryAdapter, generateCustomers } from "../../../src/adapter/memory";
import type { PortalCustomerAdapter } from "../../../src/adapter/types";
import { PortalCustomerAdminProvider } from "../../../src/data/PortalCustomerAdminProvider";
import { useCustomerActions } from "../../../src/data/useCustomerActions";
import { usePortalCustomers } from "../../../src/data/usePortalCustomers";
import type { CustomerPage, CustomerQuery } from "../../../src/domain/types";

/** Wraps an adapter to record every listCustomers call (query and signal). */
function counting<A extends PortalCustomerAdapter>(adapter: A) {
  const calls: { query: CustomerQuery; signal?: AbortSignal }[] = [];
  const wrapped: A = {
    ...adapter,
    listCustomers(query, options) {
      calls.push({ query, signal: options?.signal });
      return adapter.listCustomers(query, options);
    },
  };
  return { adapter: wrapped, calls };
}

/**
 * An adapter whose list answers only when the test says so, with the page as it was when
 * the call arrived (like a server whose answer is on the wire), ignoring abort signals.
 */
function manualAdapter() {
  const memory = createMemoryAdapter({ customers: 60 });
  const pending: { query: CustomerQuery; signal?: AbortSignal; answer: () => Promise<void> }[] = [];
  const adapter: PortalCustomerAdapter = {
    ...memory,
    listCustomers(query, options) {
      const page = memory.listCustomers(query);
      return new Promise<CustomerPage>((resolve) => {
        pending.push({
          query,
          signal: options?.signal,
          answer: async () => resolve(await page),
        });
      });
    },
  };
  return { adapter, pending };
}

function wrapperFor(adapter: PortalCustomerAdapter) {
  return ({ children }: { children: ReactNode }) => (
    <PortalCustomerAdminProvider adapter={adapter} locale="en">{children}</PortalCustomerAdminProvider>
  );
}

describe("usePortalCustomers", () => {
  it("loads a page and reports loading, then success", async () => {
    const { adapter, calls } = counting(createMemoryAdapter({ customers: 60 }));
    const { result } = renderHook(() => usePortalCustomers({ limit: 25 }), { wrapper: wrapperFor(adapter) });
    expect(result.current.status).toBe("loading");
    await waitFor(() => expect(result.current.status).toBe("success"));
    expect(result.current.data?.items).toHaveLength(25);
    expect(result.current.data?.total).toBe(60);
    expect(result.current.isFetching).toBe(false);
    expect(calls).toHaveLength(1);
  });

  it("does not request again for an equal query object", async () => {
    const { adapter, calls } = counting(createMemoryAdapter({ customers: 10 }));
    const { result, rerender } = renderHook(({ search }) => usePortalCustomers({ search, status: "all" }), {
      wrapper: wrapperFor(adapter),
      initialProps: { search: "a" },
    });
    await waitFor(() => expect(result.current.status).toBe("success"));
    rerender({ search: "a" });
    rerender({ search: " a " }); // trimmed by normalizeQuery: the same request
    await act(async () => {});
    expect(calls).toHaveLength(1);
  });

  it("aborts the superseded request and never shows its late answer", async () => {
    const { adapter, pending } = manualAdapter();
    const { result, rerender } = renderHook(({ offset }) => usePortalCustomers({ offset, limit: 10 }), {
      wrapper: wrapperFor(adapter),
      initialProps: { offset: 0 },
    });
    await waitFor(() => expect(pending).toHaveLength(1));
    rerender({ offset: 10 });
    await waitFor(() => expect(pending).toHaveLength(2));
    expect(pending[0]!.signal?.aborted).toBe(true);
    expect(pending[1]!.signal?.aborted).toBe(false);

    // The newer call answers first, the older (ignoring its abort) last.
    await act(() => pending[1]!.answer());
    expect(result.current.data?.offset).toBe(10);
    await act(() => pending[0]!.answer());
    expect(result.current.status).toBe("success");
    expect(result.current.data?.offset).toBe(10);
  });

  it("keeps the current rows while the next page loads", async () => {
    const { adapter, pending } = manualAdapter();
    const { result, rerender } = renderHook(({ offset }) => usePortalCustomers({ offset, limit: 10 }), {
      wrapper: wrapperFor(adapter),
      initialProps: { offset: 0 },
    });
    await waitFor(() => expect(pending).toHaveLength(1));
    await act(() => pending[0]!.answer());
    const firstPage = result.current.data;
    expect(firstPage?.offset).toBe(0);

    rerender({ offset: 10 });
    await waitFor(() => expect(pending).toHaveLength(2));
    expect(result.current).toMatchObject({ status: "success", isFetching: true, isPreviousData: true });
    expect(result.current.data).toBe(firstPage);
    expect(result.current.query.offset).toBe(10);

    await act(() => pending[1]!.answer());
    expect(result.current).toMatchObject({ status: "success", isFetching: false, isPreviousData: false });
    expect(result.current.data?.offset).toBe(10);
  });

  it("reports an error and loads again on refetch", async () => {
    let isDown = true;
    const { adapter, calls } = counting(
      createMemoryAdapter({
        customers: 5,
        fail: (method) => (method === "listCustomers" && isDown ? new AdapterError("unavailable", "down") : undefined),
      }),
    );
    const { result } = renderHook(() => usePortalCustomers({}), { wrapper: wrapperFor(adapter) });
    await waitFor(() => expect(result.current.status).toBe("error"));
    expect(result.current.error).toBeInstanceOf(AdapterError);
    expect(result.current.data).toBeUndefined();

    isDown = false;
    act(() => result.current.refetch());
    expect(result.current.status).toBe("loading");
    await waitFor(() => expect(result.current.status).toBe("success"));
    expect(result.current.data?.items).toHaveLength(5);
    expect(calls).toHaveLength(2);
  });

  it("applies confirmed mutations in place without refetching", async () => {
    const customers = generateCustomers(30);
    const { adapter, calls } = counting(createMemoryAdapter({ customers }));
    const { result } = renderHook(
      () => ({ list: usePortalCustomers({ limit: 10 }), actions: useCustomerActions() }),
      { wrapper: wrapperFor(adapter) },
    );
    await waitFor(() => expect(result.current.list.status).toBe("success"));
    const [first, second] = result.current.list.data!.items;

    await act(() => result.current.actions.updateDisplayName(first!, "Renamed Person").then(() => undefined));
    expect(result.current.list.data?.items[0]).toMatchObject({ id: first!.id, displayName: "Renamed Person" });

    await act(() => result.current.actions.revokeAccess({ ...second!, status: "active" }).catch(() => undefined));
    await act(() => result.current.actions.deleteCustomer(second!));
    expect(result.current.list.data?.items.map((c) => c.id)).not.toContain(second!.id);
    expect(result.current.list.data?.items).toHaveLength(9);
    expect(result.current.list.data?.total).toBe(29);
    expect(calls).toHaveLength(1);
  });

  it("applies a mutation confirmed while a request is in flight to that request's answer", async () => {
    const { adapter, pending } = manualAdapter();
    const { result } = renderHook(
      () => ({ list: usePortalCustomers({ limit: 10 }), actions: useCustomerActions() }),
      { wrapper: wrapperFor(adapter) },
    );
    await waitFor(() => expect(pending).toHaveLength(1));
    // The answer on the wire predates the rename and the deletion; the list must not undo them.
    const before = await createMemoryAdapter({ customers: 60 }).listCustomers({ limit: 10 });
    const [renamed, deleted] = before.items;
    await act(() => result.current.actions.updateDisplayName(renamed!, "Renamed Meanwhile").then(() => undefined));
    await act(() => result.current.actions.deleteCustomer(deleted!));
    await act(() => pending[0]!.answer());
    const items = result.current.list.data!.items;
    expect(items.find((c) => c.id === renamed!.id)?.displayName).toBe("Renamed Meanwhile");
    expect(items.map((c) => c.id)).not.toContain(deleted!.id);
    expect(result.current.list.data?.total).toBe(59);
  });

  it("aborts the request in flight on unmount", async () => {
    const { adapter, calls } = counting(createMemoryAdapter({ customers: 5, latency: 1000 }));
    const { unmount } = renderHook(() => usePortalCustomers({}), { wrapper: wrapperFor(adapter) });
    await waitFor(() => expect(calls).toHaveLength(1));
    unmount();
    expect(calls[0]!.signal?.aborted).toBe(true);
  });

  it("survives Strict Mode's double effects: the first request is aborted, the second answers", async () => {
    const { adapter, calls } = counting(createMemoryAdapter({ customers: 8 }));
    const { result } = renderHook(() => usePortalCustomers({}), { wrapper: wrapperFor(adapter), reactStrictMode: true });
    await waitFor(() => expect(result.current.status).toBe("success"));
    expect(result.current.data?.items).toHaveLength(8);
    expect(calls.length).toBeLessThanOrEqual(2);
    expect(calls.slice(0, -1).every((call) => call.signal?.aborted)).toBe(true);
  });

  it("requests nothing while disabled", async () => {
    const { adapter, calls } = counting(createMemoryAdapter({ customers: 5 }));
    const { result, rerender } = renderHook(({ isEnabled }) => usePortalCustomers({}, { isEnabled }), {
      wrapper: wrapperFor(adapter),
      initialProps: { isEnabled: false },
    });
    await act(async () => {});
    expect(calls).toHaveLength(0);
    expect(result.current.status).toBe("loading");
    rerender({ isEnabled: true });
    await waitFor(() => expect(result.current.status).toBe("success"));
    expect(calls).toHaveLength(1);
  });
});
