import { render, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
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
});
