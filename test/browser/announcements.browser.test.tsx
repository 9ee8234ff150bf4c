import { configure, render, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import { CustomerTable } from "../../src/components/CustomerTable";
import { PortalCustomerAdminProvider } from "../../src/data/PortalCustomerAdminProvider";
import { createMemoryAdapter, generateCustomers } from "../../src/testing";
import "../../src/styles.css";

configure({ asyncUtilTimeout: 4000 });

const customers = generateCustomers(5002, { seed: 7 });

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
    await page.viewport(1100, 800);
    render(
      <main>
        <h1>Customers</h1>
        <PortalCustomerAdminProvider adapter={createMemoryAdapter({ customers, latency: 20 })} locale="en">
          <CustomerTable />
        </PortalCustomerAdminProvider>
      </main>,
    );
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
});
