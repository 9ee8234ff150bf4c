import { configure, render, screen, waitFor, within } from "@testing-library/react";
import axe from "axe-core";
import { describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import { AdapterError } from "../../src/adapter/errors";
import { CustomerTable } from "../../src/components/CustomerTable";
import { ExperienceBadge } from "../../src/components/ExperienceBadge";
import { PortalCustomersPage } from "../../src/components/PortalCustomersPage";
import { PortalCustomerAdminProvider } from "../../src/data/PortalCustomerAdminProvider";
import { createMemoryAdapter, generateCustomers } from "../../src/testing";
import "../../src/styles.css";

configure({ asyncUtilTimeout: 4000 });

const customers = generateCustomers(5002, { seed: 7 });

async function screenshot(name: string) {
  // Opt-in (VITE_PCA_SCREENSHOTS=1), saved under the git-ignored __screenshots__ folder beside this file.
  if (import.meta.env.VITE_PCA_SCREENSHOTS) await page.screenshot({ path: `__screenshots__/pca/${name}.png` });
}

async function expectNoAxeViolations() {
  await Promise.all(document.getAnimations().map((animation) => animation.finished));
  const { violations } = await axe.run(document, { resultTypes: ["violations"] });
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** The connected table in a host page (a main landmark and a heading), on the memory adapter. */
async function renderTable(options: Parameters<typeof createMemoryAdapter>[0]) {
  await page.viewport(1100, 800);
  render(
    <main>
      <h1>Customers</h1>
      <PortalCustomerAdminProvider adapter={createMemoryAdapter(options)} locale="en">
        <CustomerTable />
      </PortalCustomerAdminProvider>
    </main>,
  );
}

/** Every text a live region took, in order (what a screen reader is handed). */
function record(region: HTMLElement) {
  const heard: string[] = [];
  const observer = new MutationObserver(() => {
    const text = region.textContent ?? "";
    if (text.trim() !== "" && text !== heard.at(-1)) heard.push(text);
  });
  observer.observe(region, { childList: true, characterData: true, subtree: true });
  return { heard, stop: () => observer.disconnect() };
}

describe("CustomerTable results announcements in Chromium", () => {
  it("sort and page changes reach one polite, visually hidden status region, once each", async () => {
    await renderTable({ customers, latency: 20 });
    const region = document.querySelector<HTMLElement>("[data-announcement='results']")!;
    expect(region).toHaveAttribute("role", "status");
    expect(region).toHaveAttribute("aria-live", "polite");
    await waitFor(() => expect(screen.getAllByRole("rowheader")).toHaveLength(25));
    // Visually hidden, but rendered (a display:none region would not be read).
    expect(getComputedStyle(region).display).not.toBe("none");
    expect(region.getBoundingClientRect().width).toBeLessThanOrEqual(1);
    expect(region.textContent).toBe("");
    const { heard, stop } = record(region);

    await userEvent.click(screen.getByRole("button", { name: "Last active" }));
    await waitFor(() => expect(region).toHaveTextContent("Sorted by Last active, newest first"));
    await waitFor(() => expect(screen.getByRole("table")).not.toHaveAttribute("aria-busy"));
    await userEvent.click(screen.getByRole("button", { name: "Next page" }));
    await waitFor(() => expect(region).toHaveTextContent("Page 2, showing 26–50 of 5,002"));
    await userEvent.click(screen.getByRole("button", { name: "Name" }));
    await waitFor(() => expect(region).toHaveTextContent("Sorted by Name, A to Z"));
    // The same node throughout: a region created with its text is often not read.
    expect(document.querySelector("[data-announcement='results']")).toBe(region);
    stop();
    expect(heard).toEqual(["Sorted by Last active, newest first", "Page 2, showing 26–50 of 5,002", "Sorted by Name, A to Z"]);
  });

  it("a typed filter, the status filter and a filter that matches nothing are each heard once", async () => {
    const list = generateCustomers(300, { seed: 9 });
    // A first name that some revoked customer has, so the status filter still finds someone.
    const name = list.find((c) => c.status === "revoked")!.displayName.split(" ")[0]!.toLowerCase();
    const matching = list.filter((c) => c.displayName.toLowerCase().includes(name) || c.email.toLowerCase().includes(name));
    const revokedMatching = matching.filter((c) => c.status === "revoked").length;
    await renderTable({ customers: list, latency: 20 });
    const region = document.querySelector<HTMLElement>("[data-announcement='results']")!;
    await waitFor(() => expect(screen.getAllByRole("rowheader").length).toBeGreaterThan(0));
    const { heard, stop } = record(region);
    const count = (n: number) => `${n} customer${n === 1 ? "" : "s"}`;

    // Real keystrokes, one by one: one announcement once the search settles, not one per letter.
    await userEvent.type(screen.getByRole("searchbox"), name);
    const filtered = `${count(matching.length)} match${matching.length === 1 ? "es" : ""} “${name}”`;
    await waitFor(() => expect(region).toHaveTextContent(filtered));
    await waitFor(() => expect(screen.getByRole("table")).not.toHaveAttribute("aria-busy"));
    await userEvent.selectOptions(screen.getByRole("combobox"), "revoked");
    await waitFor(() => expect(region.textContent).not.toBe(filtered));
    await waitFor(() => expect(screen.getByRole("table")).not.toHaveAttribute("aria-busy"));
    const statusText = region.textContent!;
    expect(revokedMatching).toBeGreaterThan(0);
    expect(statusText).toBe(`${revokedMatching} revoked ${revokedMatching === 1 ? "customer matches" : "customers match"} “${name}”`);
    await userEvent.type(screen.getByRole("searchbox"), "zzzq");
    await waitFor(() => expect(region).toHaveTextContent(`No revoked customers match “${name}zzzq”`));
    stop();
    expect(heard).toEqual([filtered, statusText, `No revoked customers match “${name}zzzq”`]);
  });

  it("the first selection is heard: the selection status exists before it", async () => {
    await renderTable({ customers: customers.slice(0, 30) });
    await waitFor(() => expect(screen.getAllByRole("rowheader")).toHaveLength(25));
    const region = document.querySelector<HTMLElement>("[data-announcement='selection']")!;
    expect(region).toHaveAttribute("role", "status");
    const { heard, stop } = record(region);
    await userEvent.click(screen.getAllByRole("checkbox")[1]!);
    await waitFor(() => expect(region).toHaveTextContent("1 customer selected"));
    stop();
    expect(heard).toEqual(["1 customer selected"]);
    await screenshot("selection-first");
  });

  it("a failed admin context: one alert and one Retry on the page, the rest quietly unavailable, axe clean", async () => {
    await page.viewport(1100, 800);
    render(
      <PortalCustomerAdminProvider
        adapter={createMemoryAdapter({ customers: 30, fail: (m) => (m === "getAdminContext" ? new AdapterError("network", "offline") : undefined) })}
        locale="en"
      >
        <header>
          <ExperienceBadge />
        </header>
        <main>
          <PortalCustomersPage />
        </main>
      </PortalCustomerAdminProvider>,
    );
    await waitFor(() => expect(screen.getAllByRole("alert")).toHaveLength(1));
    expect(screen.getAllByRole("button", { name: "Retry" })).toHaveLength(1);
    expect(within(screen.getByRole("navigation", { name: "Admin" })).getByText("Unavailable")).toBeVisible();
    await screenshot("admin-context-error-page");
    await expectNoAxeViolations();
  });

  it("bulk Delete: the disabled Delete gives its reason, Enter with a wrong number says what is wrong (axe clean)", async () => {
    await renderTable({ customers: customers.slice(0, 30) });
    await waitFor(() => expect(screen.getAllByRole("rowheader")).toHaveLength(25));
    await userEvent.click(screen.getAllByRole("checkbox")[1]!);
    await userEvent.click(screen.getAllByRole("checkbox")[2]!);
    await userEvent.click(within(screen.getByRole("region", { name: "Bulk actions" })).getByRole("button", { name: "Delete" }));
    const dialog = await screen.findByRole("alertdialog", { name: "Delete 2 customers?" });
    const submit = within(dialog).getByRole("button", { name: "Delete 2 customers" });
    expect(submit).toHaveAccessibleDescription("Delete is available once you type 2 above.");
    const field = within(dialog).getByLabelText("Type 2 to confirm");
    await waitFor(() => expect(field).toHaveFocus());
    await userEvent.keyboard("5{Enter}");
    await waitFor(() => expect(field).toHaveAccessibleDescription("Type 2 exactly to delete these customers."));
    // Nothing deleted (the rows sit behind the modal, hidden from the accessibility tree).
    expect(screen.getAllByRole("rowheader", { hidden: true })).toHaveLength(25);
    await screenshot("bulk-delete-mismatch");
    await expectNoAxeViolations();
  });
});
