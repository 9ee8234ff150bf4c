import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactNode } from "react";
import { describe, expect, it } from "vitest";
import {
  AdapterError, AdminBreadcrumbs, AdminBreadcrumbsView, ADMIN_ROLES, PortalCustomerAdminProvider,
  type AdminContext, type LinkComponentProps,
} from "../../src";
import { createMemoryAdapter, type MemoryAdapterOptions } from "../../src/testing";

function renderConnected(ui: ReactNode, context: Partial<AdminContext> = {}, options: MemoryAdapterOptions = {}) {
  const adapter = createMemoryAdapter({ customers: 0, context, ...options });
  return render(<PortalCustomerAdminProvider adapter={adapter} locale="en">{ui}</PortalCustomerAdminProvider>);
}

const SITE = { id: "site-9", name: "Globex Support", url: "https://globex.example" };

async function crumbs() {
  const nav = await screen.findByRole("navigation", { name: "Breadcrumbs" });
  const list = await within(nav).findByRole("list");
  expect(list.tagName).toBe("OL");
  return within(list).getAllByRole("listitem");
}

describe("AdminBreadcrumbs", () => {
  for (const role of ADMIN_ROLES) {
    it(`centralized, ${role}: Products / Sites and products / site / Jira Service Management / Portal-only customers`, async () => {
      renderConnected(<AdminBreadcrumbs />, { experience: "centralized", role, site: SITE });
      const items = await crumbs();
      expect(items.map((i) => i.textContent)).toEqual([
        "Products", "Sites and products", "Globex Support", "Jira Service Management", "Portal-only customers",
      ]);
      expect(within(items[1]!).getByRole("link")).toHaveAttribute("href", "#sites-and-products");
      expect(within(items[2]!).getByRole("link")).toHaveAttribute("href", "#site");
      // Groups are not pages: plain text.
      expect(within(items[0]!).queryByRole("link")).toBeNull();
      expect(within(items[3]!).queryByRole("link")).toBeNull();
      const last = items.at(-1)!;
      expect(within(last).queryByRole("link")).toBeNull();
      expect(last.querySelector('[aria-current="page"]')).toHaveTextContent("Portal-only customers");
    });

    it(`original, ${role}: site / Products / Jira Service Management / Portal-only customers`, async () => {
      renderConnected(<AdminBreadcrumbs />, { experience: "original", role, site: SITE });
      const items = await crumbs();
      expect(items.map((i) => i.textContent)).toEqual(["Globex Support", "Products", "Jira Service Management", "Portal-only customers"]);
      expect(screen.queryByText("Sites and products")).toBeNull();
      expect(items.at(-1)!.querySelector('[aria-current="page"]')).toHaveTextContent("Portal-only customers");
    });
  }

  it("ends at another current page, with the host's hrefs and link component", async () => {
    const Link = ({ children, ...rest }: LinkComponentProps) => <a {...rest} data-router-link="">{children}</a>;
    render(
      <PortalCustomerAdminProvider adapter={createMemoryAdapter({ customers: 0 })} locale="en" linkComponent={Link}>
        <AdminBreadcrumbsView experience="original" siteName="Globex Support" current="users" hrefs={{ site: "/admin/site" }} />
      </PortalCustomerAdminProvider>,
    );
    const items = await crumbs();
    expect(items.map((i) => i.textContent)).toEqual(["Globex Support", "User management", "Users"]);
    const site = within(items[0]!).getByRole("link", { name: "Globex Support" });
    expect(site).toHaveAttribute("href", "/admin/site");
    expect(site).toHaveAttribute("data-router-link");
    expect(screen.getAllByRole("link")).toHaveLength(1);
    expect(within(items[2]!).getByText("Users")).toHaveAttribute("aria-current", "page");
  });

  it("passes className through", () => {
    render(<AdminBreadcrumbsView experience="centralized" siteName="S" className="host" />);
    expect(screen.getByRole("navigation", { name: "Breadcrumbs" })).toHaveClass("pca-root", "pca-breadcrumbs", "host");
  });

  it("shows a labelled skeleton while the context loads, with no path", async () => {
    renderConnected(<AdminBreadcrumbs />, { experience: "original" }, { latency: 40 });
    const nav = screen.getByRole("navigation", { name: "Breadcrumbs" });
    expect(within(nav).getByRole("status")).toHaveTextContent("Loading the page path…");
    expect(within(nav).queryByRole("list")).toBeNull();
    expect(await crumbs()).toHaveLength(4);
  });

  it("says the path could not load, and Retry loads it", async () => {
    const user = userEvent.setup();
    let failures = 1;
    renderConnected(<AdminBreadcrumbs />, {}, {
      fail: (m) => (m === "getAdminContext" && failures-- > 0 ? new AdapterError("unavailable", "down") : undefined),
    });
    expect(await screen.findByText("We couldn't load the page path.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Retry" }));
    expect(await crumbs()).toHaveLength(5);
  });
});
