import { configure, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { AdapterError } from "../../src/adapter/errors";
import type { PortalCustomerAdapter } from "../../src/adapter/types";
import { CustomerTable } from "../../src/components/CustomerTable";
import { PortalCustomerAdminProvider } from "../../src/data/PortalCustomerAdminProvider";
import type { PortalCustomer } from "../../src/domain/types";
import { createMemoryAdapter, createTestAdapter, generateCustomers } from "../../src/testing";
import { failOnConsole } from "./support/dialogs";

configure({ asyncUtilTimeout: 6000 });
failOnConsole();

const customers = generateCustomers(80, { seed: 21 });

/** Three active customers from page 3 (offset 50) of the default order. */
async function threeFromPageThree(adapter: PortalCustomerAdapter): Promise<PortalCustomer[]> {
  const page = await adapter.listCustomers({ offset: 50, limit: 25 });
  return page.items.filter((c) => c.status === "active").slice(0, 3);
}

async function bulkRevoke(count: number) {
  const user = userEvent.setup();
  const bar = await screen.findByRole("region", { name: "Bulk actions" });
  expect(bar).toHaveTextContent(`${count} customers selected`);
  const revoke = within(bar).getByRole("button", { name: "Revoke access" });
  await waitFor(() => expect(revoke).not.toHaveAttribute("aria-disabled"));
  await user.click(revoke);
  const dialog = await screen.findByRole("dialog", { name: `Revoke access for ${count} customers?` });
  await user.click(within(dialog).getByRole("button", { name: "Revoke access" }));
  return dialog;
}

describe("CustomerTable selection across pages", { timeout: 20_000 }, () => {
  it("three pre-selected ids from page 3 show '3 customers selected' on page 1 and a bulk revoke changes exactly those three", async () => {
    const adapter = createMemoryAdapter({ customers });
    const before = adapter.snapshot();
    const picked = await threeFromPageThree(adapter);
    expect(picked).toHaveLength(3);
    const lookups: string[][] = [];
    const getCustomers = adapter.getCustomers.bind(adapter);
    adapter.getCustomers = (ids, options) => (lookups.push([...ids]), getCustomers(ids, options));
    render(
      <PortalCustomerAdminProvider adapter={adapter} locale="en">
        <CustomerTable defaultSelectedIds={picked.map((c) => c.id)} />
      </PortalCustomerAdminProvider>,
    );
    await waitFor(() => expect(screen.getByText("Showing 1–25 of 80")).toBeInTheDocument());
    // None of them is on page 1.
    for (const c of picked) expect(screen.queryByRole("rowheader", { name: c.displayName })).not.toBeInTheDocument();
    const dialog = await bulkRevoke(3);
    expect(await within(dialog).findByText("Access revoked for 3 customers.")).toBeInTheDocument();
    expect(lookups).toEqual([picked.map((c) => c.id)]);

    const after = adapter.snapshot();
    const changed = after.filter((c) => before.find((b) => b.id === c.id)?.status !== c.status).map((c) => c.id);
    expect(changed.sort()).toEqual(picked.map((c) => c.id).sort());
    expect(after.filter((c) => changed.includes(c.id)).every((c) => c.status === "revoked")).toBe(true);
  });

  it("without getCustomers the ids are found by reading the list, and a failure names the customer", async () => {
    const memory = createMemoryAdapter({
      customers,
      fail: (method, args) => (method === "revokeAccess" && args[0] === failing ? new AdapterError("conflict", "Changed elsewhere.") : undefined),
    });
    const picked = await threeFromPageThree(memory);
    const failing = picked[2]!.id;
    const { getCustomers: _unused, ...withoutLookup } = memory;
    const adapter = createTestAdapter(withoutLookup);
    expect(adapter.getCustomers).toBeUndefined();
    render(
      <PortalCustomerAdminProvider adapter={adapter} locale="en">
        <CustomerTable defaultSelectedIds={picked.map((c) => c.id)} />
      </PortalCustomerAdminProvider>,
    );
    const dialog = await bulkRevoke(3);
    expect(await within(dialog).findByText("Access revoked for 2 customers.")).toBeInTheDocument();
    // The failed one is named although the table never showed it.
    expect(within(dialog).getByText(`${picked[2]!.displayName} (${picked[2]!.email})`)).toBeInTheDocument();
    expect(memory.snapshot().filter((c) => picked.some((p) => p.id === c.id)).map((c) => c.status)).toEqual(
      picked.map((c) => (c.id === failing ? "active" : "revoked")),
    );
  });

  it("ids selected on one page stay selected, counted and acted on from another", async () => {
    const adapter = createMemoryAdapter({ customers });
    const selections: string[][] = [];
    render(
      <PortalCustomerAdminProvider adapter={adapter} locale="en">
        <CustomerTable onSelectedIdsChange={(ids) => selections.push(ids)} />
      </PortalCustomerAdminProvider>,
    );
    const user = userEvent.setup();
    await waitFor(() => expect(screen.getAllByRole("rowheader")).toHaveLength(25));
    const firstPage = (await adapter.listCustomers({})).items;
    const activeOnFirst = firstPage.filter((c) => c.status === "active").slice(0, 2);
    for (const c of activeOnFirst) await user.click(screen.getByRole("checkbox", { name: `Select ${c.displayName}` }));
    await user.click(screen.getByRole("button", { name: "Next page" }));
    await waitFor(() => expect(screen.getByText("Showing 26–50 of 80")).toBeInTheDocument());
    const secondPage = (await adapter.listCustomers({ offset: 25 })).items;
    const activeOnSecond = secondPage.find((c) => c.status === "active")!;
    await user.click(screen.getByRole("checkbox", { name: `Select ${activeOnSecond.displayName}` }));
    expect(selections.at(-1)).toEqual([...activeOnFirst, activeOnSecond].map((c) => c.id));
    const dialog = await bulkRevoke(3);
    expect(await within(dialog).findByText("Access revoked for 3 customers.")).toBeInTheDocument();
    const revoked = adapter.snapshot().filter((c) => [...activeOnFirst, activeOnSecond].some((p) => p.id === c.id));
    expect(revoked.map((c) => c.status)).toEqual(["revoked", "revoked", "revoked"]);
  });

  it("drops ids the adapter doesn't know, and counts the rest", async () => {
    const adapter = createMemoryAdapter({ customers });
    const picked = await threeFromPageThree(adapter);
    const selections: string[][] = [];
    render(
      <PortalCustomerAdminProvider adapter={adapter} locale="en">
        <CustomerTable defaultSelectedIds={[...picked.map((c) => c.id), "gone-1"]} onSelectedIdsChange={(ids) => selections.push(ids)} />
      </PortalCustomerAdminProvider>,
    );
    await waitFor(() => expect(selections.at(-1)).toEqual(picked.map((c) => c.id)));
    expect(screen.getByRole("region", { name: "Bulk actions" })).toHaveTextContent("3 customers selected");
  });
});
