// Shared by the CustomerActionsMenu and account dialog tests (jsdom).
import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState, type ComponentType } from "react";
import { afterEach, beforeEach, expect, vi, type MockInstance } from "vitest";
import type { AdapterMethod } from "../../../src/adapter/types";
import { createMemoryAdapter, type MemoryAdapterOptions } from "../../../src/adapter/memory";
import { createTestAdapter } from "../../../src/testing/createTestAdapter";
import type { AdapterError } from "../../../src/adapter/errors";
import { PortalCustomerAdminProvider } from "../../../src/data/PortalCustomerAdminProvider";
import type { PortalCustomer } from "../../../src/domain/types";
import type { CustomerActionResult, CustomerDialogProps } from "../../../src/components/_dialog";

// jsdom lacks what Radix's popper and pointer handling touch.
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;
Element.prototype.hasPointerCapture ??= () => false;
Element.prototype.releasePointerCapture ??= () => {};
Element.prototype.scrollIntoView ??= () => {};

/** Fails the test on any console error or warning (act warnings, Radix's missing Description, …). */
export function failOnConsole(): void {
  let error: MockInstance;
  let warn: MockInstance;
  beforeEach(() => {
    error = vi.spyOn(console, "error");
    warn = vi.spyOn(console, "warn");
  });
  afterEach(() => {
    expect(error).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
    error.mockRestore();
    warn.mockRestore();
  });
}

export const ada: PortalCustomer = {
  id: "c-ada", displayName: "Ada Lovelace", email: "ada@example.com", status: "active",
  lastActiveAt: "2026-10-29T12:00:00Z", createdAt: "2025-01-01T00:00:00Z",
};

export const grace: PortalCustomer = {
  id: "c-grace", displayName: "Grace Hopper", email: "grace@example.com", status: "revoked",
  lastActiveAt: null, createdAt: "2025-01-02T00:00:00Z",
};

/** Options of {@link setup}. */
export interface SetupOptions extends Omit<MemoryAdapterOptions, "fail"> {
  /** Fault injection; `calls` records every adapter call either way. */
  fail?: (method: AdapterMethod, args: readonly unknown[]) => AdapterError | undefined;
}

/** A memory adapter holding Ada and Grace, plus a log of every adapter call by method name. */
export function createAdapter(options: SetupOptions = {}) {
  const calls: AdapterMethod[] = [];
  const adapter = createMemoryAdapter({
    customers: [ada, grace],
    ...options,
    fail: (method, args) => {
      calls.push(method);
      return options.fail?.(method, args);
    },
  });
  const count = (method: AdapterMethod) => calls.filter((m) => m === method).length;
  return { adapter, calls, count };
}

/**
 * Renders a connected dialog in a provider, with an "Open" button that reopens it (the
 * table's pattern: the dialog is only mounted while open).
 */
export function renderDialog(
  Dialog: ComponentType<CustomerDialogProps>,
  { customer = ada, ...options }: SetupOptions & { customer?: PortalCustomer } = {},
) {
  const { adapter, calls, count } = createAdapter(options);
  const onSuccess = vi.fn<(result: CustomerActionResult) => void>();
  const onOpenChange = vi.fn<(open: boolean) => void>();
  function Harness() {
    const [open, setOpen] = useState(true);
    return (
      <>
        <button type="button" onClick={() => setOpen(true)}>
          Open
        </button>
        {open && (
          <Dialog
            customer={customer}
            open
            onOpenChange={(next) => {
              onOpenChange(next);
              setOpen(next);
            }}
            onSuccess={onSuccess}
          />
        )}
      </>
    );
  }
  const user = userEvent.setup();
  const view = render(
    <PortalCustomerAdminProvider adapter={adapter} locale="en">
      <Harness />
    </PortalCustomerAdminProvider>,
  );
  return { ...view, adapter, calls, count, onSuccess, onOpenChange, user };
}

/**
 * An adapter whose `listCustomers` calls stay pending until `resolveNext()` answers the oldest
 * one (with 100 customers of a 1,000 total): for tests of what happens to a call in flight.
 * `signals` holds each call's AbortSignal.
 */
export function pendingListAdapter() {
  const memory = createMemoryAdapter({ customers: 1000, seed: 5 });
  const signals: AbortSignal[] = [];
  const waiting: (() => void)[] = [];
  const adapter = createTestAdapter({
    getAdminContext: () => memory.getAdminContext(),
    listCustomers: (query, options) => {
      signals.push(options?.signal ?? new AbortController().signal);
      return new Promise((resolve) => waiting.push(() => resolve(memory.listCustomers({ ...query, limit: 100 }))));
    },
  });
  return { adapter, signals, resolveNext: () => waiting.shift()?.() };
}
