import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactNode } from "react";
import { describe, expect, it, vi } from "vitest";
import {
  AdapterError, AdminNavigation, AdminNavigationView, ADMIN_ROLES, PortalCustomerAdminProvider,
  type AdminContext, type LinkComponentProps,
} from "../../src";
import { createTestAdapter, createMemoryAdapter, type MemoryAdapterOptions } from "../../src/testing";

function renderConnected(ui: ReactNode, context: Partial<AdminContext> = {}, options: MemoryAdapterOptions = {}, provider: { linkComponent?: (p: LinkComponentProps) => ReactNode } = {}) {
  const adapter = createMemoryAdapter({ customers: 0, context, ...options });
  return render(
    <PortalCustomerAdminProvider adapter={adapter} locale="en" linkComponent={provider.linkComponent}>
      {ui}
    </PortalCustomerAdminProvider>,
  );
}

const SITE = { id: "site-9", name: "Globex Support", url: "https://globex.example" };

describe("AdminNavigation, centralized experience", () => {
  for (const role of ADMIN_ROLES) {
    it(`${role}: Directory (Users, Groups), Products → Sites and products → site → JSM → Portal-only customers`, async () => {
      const user = userEvent.setup();
      renderConnected(<AdminNavigation />, { experience: "centralized", role, site: SITE });
      const nav = await screen.findByRole("navigation", { name: "Admin" });
      const current = await within(nav).findByRole("link", { name: "Portal-only customers" });
      expect(current).toHaveAttribute("aria-current", "page");
      expect(within(nav).getAllByRole("link").filter((l) => l.hasAttribute("aria-current"))).toEqual([current]);

      // The groups on the current page's path start open; Directory does not.
      const directory = within(nav).getByRole("button", { name: "Directory" });
      expect(directory).toHaveAttribute("aria-expanded", "false");
      expect(within(nav).getByRole("button", { name: "Products" })).toHaveAttribute("aria-expanded", "true");
      expect(within(nav).getByRole("button", { name: "Jira Service Management" })).toHaveAttribute("aria-expanded", "true");
      expect(within(nav).getByRole("link", { name: "Sites and products" })).toHaveAttribute("href", "#sites-and-products");
      expect(within(nav).getByRole("link", { name: "Globex Support" })).toHaveAttribute("href", "#site");
      expect(within(nav).queryByRole("link", { name: "Users" })).toBeNull();
      expect(within(nav).queryByRole("button", { name: "User management" })).toBeNull();

      // The nesting is the path: Portal-only customers sits inside JSM, inside the site, inside Sites and products.
      const siteItem = within(nav).getByRole("link", { name: "Globex Support" }).closest("li")!;
      expect(within(siteItem).getByRole("link", { name: "Portal-only customers" })).toBe(current);
      expect(within(nav).getByRole("link", { name: "Sites and products" }).closest("li")).toContainElement(siteItem);

      await user.click(directory);
      expect(directory).toHaveAttribute("aria-expanded", "true");
      const controlled = document.getElementById(directory.getAttribute("aria-controls")!)!;
      expect(within(controlled).getByRole("link", { name: "Users" })).toHaveAttribute("href", "#users");
      expect(within(controlled).getByRole("link", { name: "Groups" })).toHaveAttribute("href", "#groups");
    });
  }
});

describe("AdminNavigation, original experience", () => {
  for (const role of ADMIN_ROLES) {
    it(`${role}: the site's admin → Products → JSM → Portal-only customers, User management (Users, Groups), no Directory`, async () => {
      const user = userEvent.setup();
      renderConnected(<AdminNavigation />, { experience: "original", role, site: SITE });
      const nav = await screen.findByRole("navigation", { name: "Admin" });
      expect(await within(nav).findByRole("link", { name: "Portal-only customers" })).toHaveAttribute("aria-current", "page");
      expect(within(nav).queryByRole("button", { name: "Directory" })).toBeNull();
      expect(within(nav).queryByRole("link", { name: "Sites and products" })).toBeNull();
      expect(nav).not.toHaveTextContent("Directory");

      const site = within(nav).getByRole("link", { name: "Globex Support" });
      const siteItem = site.closest("li")!;
      const products = within(siteItem).getByRole("button", { name: "Products" });
      expect(products).toHaveAttribute("aria-expanded", "true");
      const userManagement = within(siteItem).getByRole("button", { name: "User management" });
      expect(userManagement).toHaveAttribute("aria-expanded", "false");

      await user.click(userManagement);
      expect(userManagement).toHaveAttribute("aria-expanded", "true");
      const list = document.getElementById(userManagement.getAttribute("aria-controls")!)!;
      expect(within(list).getAllByRole("link").map((l) => l.textContent)).toEqual(["Users", "Groups"]);

      await user.click(products);
      expect(products).toHaveAttribute("aria-expanded", "false");
      expect(within(nav).queryByRole("link", { name: "Portal-only customers" })).toBeNull();
    });
  }
});

describe("AdminNavigation options", () => {
  it("marks another current page and opens the groups around it", async () => {
    renderConnected(<AdminNavigation current="groups" />, { experience: "original" });
    const nav = await screen.findByRole("navigation", { name: "Admin" });
    expect(await within(nav).findByRole("link", { name: "Groups" })).toHaveAttribute("aria-current", "page");
    expect(within(nav).getByRole("button", { name: "User management" })).toHaveAttribute("aria-expanded", "true");
    expect(within(nav).getByRole("button", { name: "Products" })).toHaveAttribute("aria-expanded", "false");
  });

  it("opens the groups around a new current page when the host navigates", () => {
    const { rerender } = render(<AdminNavigationView experience="centralized" siteName="S" />);
    expect(screen.getByRole("button", { name: "Directory" })).toHaveAttribute("aria-expanded", "false");
    rerender(<AdminNavigationView experience="centralized" siteName="S" current="users" />);
    expect(screen.getByRole("button", { name: "Directory" })).toHaveAttribute("aria-expanded", "true");
    expect(screen.getByRole("link", { name: "Users" })).toHaveAttribute("aria-current", "page");
    expect(screen.getByRole("link", { name: "Portal-only customers" })).not.toHaveAttribute("aria-current");
  });

  it("uses the host's hrefs and link component", async () => {
    const RouterLink = ({ href, children, ...rest }: LinkComponentProps) => (
      <a {...rest} href={`/app${href}`} data-router-link="">{children}</a>
    );
    renderConnected(
      <AdminNavigation current="users" hrefs={{ users: "/admin/users", portalOnlyCustomers: "/admin/customers" }} />,
      {}, {}, { linkComponent: RouterLink },
    );
    const users = await screen.findByRole("link", { name: "Users" });
    expect(users).toHaveAttribute("href", "/app/admin/users");
    expect(users).toHaveAttribute("data-router-link");
    // Inside the collapsed Products group: hidden, but rendered with the host's href.
    expect(screen.getByRole("link", { name: "Portal-only customers", hidden: true })).toHaveAttribute("href", "/app/admin/customers");
    expect(screen.getByRole("link", { name: "Groups" })).toHaveAttribute("href", "/app#groups");
  });

  it("works as a controlled disclosure", async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<AdminNavigationView experience="centralized" siteName="S" expandedGroups={[]} onExpandedGroupsChange={onChange} />);
    const products = screen.getByRole("button", { name: "Products" });
    expect(products).toHaveAttribute("aria-expanded", "false");
    await user.click(products);
    expect(onChange).toHaveBeenCalledWith(["products"]);
    expect(products).toHaveAttribute("aria-expanded", "false");
  });

  it("toggles a group from the keyboard", async () => {
    const user = userEvent.setup();
    render(<AdminNavigationView experience="centralized" siteName="S" />);
    await user.tab();
    expect(screen.getByRole("button", { name: "Directory" })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(screen.getByRole("button", { name: "Directory" })).toHaveAttribute("aria-expanded", "true");
    await user.tab();
    expect(screen.getByRole("link", { name: "Users" })).toHaveFocus();
    await user.keyboard("{Shift>}{Tab}{/Shift} ");
    expect(screen.getByRole("button", { name: "Directory" })).toHaveAttribute("aria-expanded", "false");
  });

  it("passes className through and keeps pca-root", () => {
    render(<AdminNavigationView experience="original" siteName="S" className="host-nav" />);
    expect(screen.getByRole("navigation")).toHaveClass("pca-root", "pca-admin-nav", "host-nav");
  });
});

describe("AdminNavigation while the admin context loads or fails", () => {
  it("shows a labelled skeleton that claims no experience, then the structure", async () => {
    renderConnected(<AdminNavigation />, { experience: "original" }, { latency: 40 });
    const nav = screen.getByRole("navigation", { name: "Admin" });
    expect(nav).toHaveAttribute("aria-busy", "true");
    expect(within(nav).getByRole("status")).toHaveTextContent("Loading admin navigation…");
    expect(within(nav).queryByRole("link")).toBeNull();
    expect(within(nav).queryByRole("button")).toBeNull();
    expect(nav).not.toHaveAttribute("data-experience");
    expect(await within(nav).findByRole("link", { name: "Portal-only customers" })).toBeInTheDocument();
    expect(nav).not.toHaveAttribute("aria-busy");
    expect(nav).toHaveAttribute("data-experience", "original");
  });

  it("shows an alert with Retry when it fails, and Retry loads it", async () => {
    const user = userEvent.setup();
    let failures = 1;
    renderConnected(<AdminNavigation />, {}, {
      fail: (m) => (m === "getAdminContext" && failures-- > 0 ? new AdapterError("network", "offline") : undefined),
    });
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("We couldn't load your admin details.");
    expect(alert).toHaveTextContent("We couldn't reach the server.");
    expect(screen.queryByRole("link")).toBeNull();
    await user.click(screen.getByRole("button", { name: "Retry" }));
    expect(await screen.findByRole("link", { name: "Portal-only customers" })).toHaveAttribute("aria-current", "page");
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("explains an error that is not an AdapterError too (the shared error wording)", async () => {
    const adapter = createTestAdapter({ getAdminContext: () => Promise.reject(new TypeError("Failed to parse")) });
    render(
      <PortalCustomerAdminProvider adapter={adapter} locale="en">
        <AdminNavigation />
      </PortalCustomerAdminProvider>,
    );
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("We couldn't load your admin details.");
    expect(alert).toHaveTextContent("Something went wrong. Try again.");
  });
});
