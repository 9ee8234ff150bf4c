import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import {
  AdapterError, ADMIN_ENVIRONMENTS, ADMIN_ROLES, EXPERIENCES, ExperienceBadge, ExperienceBadgeView,
  PortalCustomerAdminProvider, canManageCustomers, type AdminContext,
} from "../../src";
import { createMemoryAdapter, DEFAULT_ADMIN_CONTEXT, type MemoryAdapterOptions } from "../../src/testing";

function renderConnected(context: Partial<AdminContext> = {}, options: MemoryAdapterOptions = {}) {
  const adapter = createMemoryAdapter({ customers: 0, context, ...options });
  return render(<PortalCustomerAdminProvider adapter={adapter} locale="en"><ExperienceBadge /></PortalCustomerAdminProvider>);
}

const EXPERIENCE_LABEL = { centralized: "Centralized user management", original: "Original user management" };
const ROLE_LABEL = { "org-admin": "Organization admin", "site-admin": "Site admin", none: "No admin role" };

describe("ExperienceBadge", () => {
  for (const experience of EXPERIENCES) {
    for (const role of ADMIN_ROLES) {
      for (const environment of ADMIN_ENVIRONMENTS) {
        it(`${experience} / ${role} / ${environment}`, async () => {
          renderConnected({ experience, role, environment });
          const badge = await screen.findByRole("list", { name: "Your admin access" });
          const expected = [EXPERIENCE_LABEL[experience], ROLE_LABEL[role]];
          if (environment === "government") expected.push("Government");
          if (!canManageCustomers({ ...DEFAULT_ADMIN_CONTEXT, experience, role, environment })) expected.push("Read-only");
          expect(within(badge).getAllByRole("listitem").map((i) => i.textContent)).toEqual(expected);
        });
      }
    }
  }

  it("a site admin is read-only in the centralized experience but not in the original one", () => {
    const { rerender } = render(<ExperienceBadgeView viewer={{ experience: "centralized", role: "site-admin", environment: "commercial" }} />);
    expect(screen.getByText("Read-only")).toBeInTheDocument();
    rerender(<ExperienceBadgeView viewer={{ experience: "original", role: "site-admin", environment: "commercial" }} />);
    expect(screen.queryByText("Read-only")).toBeNull();
  });

  it("names no experience while loading, and passes className through", async () => {
    renderConnected({ experience: "original" }, { latency: 40 });
    expect(screen.getByRole("status")).toHaveTextContent("Loading admin details…");
    expect(screen.queryByText(/user management/)).toBeNull();
    expect(await screen.findByText("Original user management")).toBeInTheDocument();
    render(<ExperienceBadgeView state="loading" className="host" />);
    expect(document.querySelector(".host")).toHaveClass("pca-root", "pca-experience-badge");
  });

  it("offers Retry when the context fails", async () => {
    const user = userEvent.setup();
    let failures = 1;
    renderConnected({}, { fail: (m) => (m === "getAdminContext" && failures-- > 0 ? new AdapterError("network", "x") : undefined) });
    expect(await screen.findByText("Admin details unavailable")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Retry" }));
    expect(await screen.findByText("Centralized user management")).toBeInTheDocument();
  });
});
