import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { AdapterError } from "../../src/adapter/errors";
import { AdminNavigation } from "../../src/components/AdminNavigation";
import { ExperienceBadge } from "../../src/components/ExperienceBadge";
import { ExperienceGuide } from "../../src/components/ExperienceGuide";
import { PortalCustomersPage, PortalCustomersPageView } from "../../src/components/PortalCustomersPage";
import { PortalCustomerAdminProvider } from "../../src/data/PortalCustomerAdminProvider";
import { createMemoryAdapter } from "../../src/testing";

describe("PortalCustomersPage", () => {
  it("shows the heading, what portal-only customers are, and the table", async () => {
    const adapter = createMemoryAdapter({ customers: 12, context: { site: { id: "s", name: "Globex Support", url: "https://globex.example" } } });
    render(
      <PortalCustomerAdminProvider adapter={adapter} locale="en">
        <PortalCustomersPage
          className="host"
          navigation={<nav aria-label="Admin">Admin navigation</nav>}
          breadcrumbs={<nav aria-label="Breadcrumbs">Products / Globex</nav>}
        />
      </PortalCustomerAdminProvider>,
    );
    const heading = screen.getByRole("heading", { level: 1, name: "Portal-only customers" });
    await waitFor(() => expect(screen.getAllByRole("rowheader")).toHaveLength(12));
    expect(screen.getByText(/can only log in to this site's help center/)).toBeInTheDocument();
    expect(screen.getByText(/migrate them to an Atlassian account/)).toBeInTheDocument();

    // Navigation and breadcrumbs come before the heading in reading order.
    const navigation = screen.getByRole("navigation", { name: "Admin" });
    const breadcrumbs = screen.getByRole("navigation", { name: "Breadcrumbs" });
    expect(navigation.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(breadcrumbs.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(heading.closest(".pca-customers-page")).toHaveClass("pca-root", "host");
  });

  it("renders without a provider as a View", () => {
    render(
      <PortalCustomersPageView>
        <p>Table goes here</p>
      </PortalCustomersPageView>,
    );
    expect(screen.getByRole("heading", { level: 1, name: "Portal-only customers" })).toBeInTheDocument();
    expect(screen.getByText(/can only log in to this site's help center/)).toBeInTheDocument();
    expect(screen.getByText("Table goes here")).toBeInTheDocument();
  });

  it("a failed admin context shows one error with one Retry (the table's); navigation, breadcrumbs, badge and guide stay quiet", async () => {
    let isDown = true;
    const adapter = createMemoryAdapter({
      customers: 12,
      fail: (method) => (method === "getAdminContext" && isDown ? new AdapterError("network", "offline") : undefined),
    });
    render(
      <PortalCustomerAdminProvider adapter={adapter} locale="en">
        <header>
          <ExperienceBadge />
        </header>
        <PortalCustomersPage />
        <aside>
          <ExperienceGuide action="changePassword" />
        </aside>
      </PortalCustomerAdminProvider>,
    );
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("We couldn't load your admin details.");
    expect(alert).toHaveTextContent("We couldn't reach the server.");
    expect(alert.closest(".pca-customer-table")).not.toBeNull();
    expect(screen.getAllByRole("alert")).toHaveLength(1);
    expect(screen.getAllByRole("button", { name: "Retry" })).toHaveLength(1);
    // Nothing to filter without the context: no filter box or status select beside the error.
    expect(screen.queryByRole("searchbox")).toBeNull();
    expect(screen.queryByRole("combobox")).toBeNull();
    // The others say they are unavailable, quietly, with nothing to press.
    for (const element of [
      screen.getByRole("navigation", { name: "Admin" }),
      screen.getByRole("navigation", { name: "Breadcrumbs" }),
      document.querySelector<HTMLElement>(".pca-experience-badge")!,
      document.querySelector<HTMLElement>(".pca-guide")!,
    ]) {
      expect(element).toHaveTextContent(/^Unavailable$/);
      expect(within(element).queryByRole("button")).toBeNull();
    }

    isDown = false;
    await userEvent.click(within(alert).getByRole("button", { name: "Retry" }));
    await waitFor(() => expect(screen.getAllByRole("rowheader")).toHaveLength(12));
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.getByRole("searchbox", { name: "Filter by name or email" })).toBeInTheDocument();
    expect(within(screen.getByRole("navigation", { name: "Admin" })).getByRole("link", { name: "Portal-only customers" })).toBeInTheDocument();
  });

  it("without the table, the component of highest rank (the navigation) shows the error and Retry", async () => {
    const adapter = createMemoryAdapter({ fail: (method) => (method === "getAdminContext" ? new AdapterError("network", "offline") : undefined) });
    render(
      <PortalCustomerAdminProvider adapter={adapter} locale="en">
        <ExperienceBadge />
        <AdminNavigation />
      </PortalCustomerAdminProvider>,
    );
    const alert = await screen.findByRole("alert");
    expect(alert.closest("nav")).toHaveAccessibleName("Admin");
    expect(screen.getAllByRole("button", { name: "Retry" })).toHaveLength(1);
    expect(document.querySelector(".pca-experience-badge")).toHaveTextContent(/^Unavailable$/);
  });
});
