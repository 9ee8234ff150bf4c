// Server rendering and hydration: nothing impure during render, the server HTML matches the
// first client render (no hydration error), and relative times appear once mounted.
import { act } from "@testing-library/react";
import { hydrateRoot } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CustomerTableView } from "../../src/components/CustomerTable";
import { PortalCustomersPage } from "../../src/components/PortalCustomersPage";
import { PortalCustomerAdminProvider } from "../../src/data/PortalCustomerAdminProvider";
import type { PortalCustomer } from "../../src/domain/types";
import { createMemoryAdapter } from "../../src/testing";

const customer: PortalCustomer = {
  id: "c1", displayName: "Ada Lovelace", email: "ada@example.com", status: "active",
  lastActiveAt: "2026-11-01T12:00:00.000Z", createdAt: "2026-01-01T00:00:00.000Z",
};

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = "";
});

describe("server rendering", () => {
  it("reads no clock, randomness or browser global while rendering the whole page on the server", () => {
    const now = vi.spyOn(Date, "now");
    const random = vi.spyOn(Math, "random");
    const language = vi.spyOn(navigator, "language", "get");
    const adapter = createMemoryAdapter({ customers: 5, seed: 2 });
    const html = renderToString(
      <PortalCustomerAdminProvider adapter={adapter}>
        <PortalCustomersPage />
        <CustomerTableView customers={[customer]} />
      </PortalCustomerAdminProvider>,
    );
    expect(html).toContain("<table");
    expect(html).toContain("Ada Lovelace");
    expect(now).not.toHaveBeenCalled();
    expect(random).not.toHaveBeenCalled();
    expect(language).not.toHaveBeenCalled();
  });

  it("prints the absolute date (UTC) on the server and hydrates without a mismatch, then shows the relative time", async () => {
    const ui = <CustomerTableView customers={[customer]} />;
    const html = renderToString(ui);
    expect(html).toContain("Nov 1, 2026");
    expect(html).not.toContain("ago");

    const container = document.createElement("div");
    container.innerHTML = html;
    document.body.append(container);
    const onRecoverableError = vi.fn();
    const consoleError = vi.spyOn(console, "error");
    await act(async () => {
      hydrateRoot(container, ui, { onRecoverableError });
    });
    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(consoleError).not.toHaveBeenCalled();
    // Mounted: the browser's clock takes over.
    expect(container.querySelector("time")?.textContent).toMatch(/ago|yesterday|today|last|this/);
  });

  it("a `now` from the host gives relative times in the server HTML too", () => {
    const html = renderToString(<CustomerTableView customers={[customer]} now={Date.parse("2026-11-04T12:00:00Z")} />);
    expect(html).toContain("3 days ago");
  });
});
