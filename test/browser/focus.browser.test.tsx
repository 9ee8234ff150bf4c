/// <reference types="vite/client" />
import { render, screen, waitFor, within } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { BulkActionBar } from "../../src/components/BulkActionBar";
import { ExportCustomersButton } from "../../src/components/ExportCustomersButton";
import { PortalCustomerAdminProvider } from "../../src/data/PortalCustomerAdminProvider";
import type { PortalCustomer } from "../../src/domain/types";
import { createMemoryAdapter } from "../../src/testing";
import "../../src/styles.css";

/** Focus is visible: on an element with a box inside the viewport. */
function expectVisibleFocus(element: HTMLElement) {
  expect(element).toHaveFocus();
  const box = element.getBoundingClientRect();
  expect(box.width).toBeGreaterThan(0);
  expect(box.height).toBeGreaterThan(0);
  expect(box.top).toBeGreaterThanOrEqual(0);
  expect(box.bottom).toBeLessThanOrEqual(window.innerHeight);
}

function setupBar(pick: number, customers = 30) {
  const adapter = createMemoryAdapter({ customers, seed: 11, latency: 20 });
  const initial = adapter.snapshot().filter((c) => c.status === "active").slice(0, pick);
  function Harness() {
    const [selected, setSelected] = useState<PortalCustomer[]>(initial);
    return (
      <main className="pca-root" style={{ padding: 16 }}>
        <BulkActionBar selected={selected} onSelectedChange={setSelected} query={{}} matchingTotal={adapter.snapshot().length} />
        <button type="button">After the bar</button>
      </main>
    );
  }
  render(
    <PortalCustomerAdminProvider adapter={adapter} locale="en-US">
      <Harness />
    </PortalCustomerAdminProvider>,
  );
  return adapter;
}

describe("focus is never dropped when the pressed control disappears (Chromium)", () => {
  it("Clear selection: the bar leaves, focus moves to the next control after it", async () => {
    setupBar(2);
    const bar = await screen.findByRole("region", { name: "Bulk actions" });
    await userEvent.click(within(bar).getByRole("button", { name: "Clear selection" }));
    await waitFor(() => expect(screen.queryByRole("region", { name: "Bulk actions" })).not.toBeInTheDocument());
    await waitFor(() => expectVisibleFocus(screen.getByRole("button", { name: "After the bar" })));
  });

  it("Select all N matching: once done and gone, focus is on the count", async () => {
    setupBar(2);
    const bar = await screen.findByRole("region", { name: "Bulk actions" });
    await userEvent.click(within(bar).getByRole("button", { name: "Select all 30 matching customers" }));
    await waitFor(() => expect(bar).toHaveTextContent("30 customers selected"));
    await waitFor(() => expectVisibleFocus(within(bar).getByText("30 customers selected")));
    expect(within(bar).queryByRole("button", { name: /Select all/ })).not.toBeInTheDocument();
  });

  it("closing the bulk dialog returns focus to the bar's button that opened it", async () => {
    setupBar(2);
    const bar = await screen.findByRole("region", { name: "Bulk actions" });
    const revoke = within(bar).getByRole("button", { name: "Revoke access" });
    await waitFor(() => expect(revoke).not.toHaveAttribute("aria-disabled"));
    await userEvent.click(revoke);
    const dialog = await screen.findByRole("dialog", { name: "Revoke access for 2 customers?" });
    await userEvent.click(within(dialog).getByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    await waitFor(() => expectVisibleFocus(revoke));
  });

  it("after a bulk action that empties the selection, focus goes past where the bar was", async () => {
    setupBar(2);
    const bar = await screen.findByRole("region", { name: "Bulk actions" });
    const revoke = within(bar).getByRole("button", { name: "Revoke access" });
    await waitFor(() => expect(revoke).not.toHaveAttribute("aria-disabled"));
    await userEvent.click(revoke);
    const dialog = await screen.findByRole("dialog");
    await userEvent.click(within(dialog).getByRole("button", { name: "Revoke access" }));
    await userEvent.click(await within(dialog).findByRole("button", { name: "Close" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    await waitFor(() => expectVisibleFocus(screen.getByRole("button", { name: "After the bar" })));
  });

  it("Export customers → Cancel export → Export customers", async () => {
    const adapter = createMemoryAdapter({ customers: 400, seed: 3, latency: 150 });
    render(
      <PortalCustomerAdminProvider adapter={adapter} locale="en-US">
        <main className="pca-root">
          <ExportCustomersButton matchingTotal={400} />
        </main>
      </PortalCustomerAdminProvider>,
    );
    await userEvent.click(screen.getByRole("button", { name: "Export customers" }));
    const cancel = await screen.findByRole("button", { name: "Cancel export" });
    await waitFor(() => expectVisibleFocus(cancel));
    await userEvent.click(cancel);
    await waitFor(() => expectVisibleFocus(screen.getByRole("button", { name: "Export customers" })));
    expect(screen.getByRole("status")).toHaveTextContent("Export cancelled.");
  });
});
