import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import {
  AdapterError, ADMIN_ENVIRONMENTS, ADMIN_ROLES, CUSTOMER_ACTIONS, EXPERIENCES, ExperienceGuide, ExperienceGuideView,
  PortalCustomerAdminProvider, canPerform, type AdminContext, type CustomerAction, type Experience,
} from "../../src";
import { createMemoryAdapter, type MemoryAdapterOptions } from "../../src/testing";

const SITE = { id: "site-9", name: "Globex Support", url: "https://globex.example" };

function renderConnected(action: CustomerAction, context: Partial<AdminContext> = {}, options: MemoryAdapterOptions = {}) {
  const adapter = createMemoryAdapter({ customers: 0, context: { site: SITE, ...context }, ...options });
  return render(
    <PortalCustomerAdminProvider adapter={adapter} locale="en">
      <ExperienceGuide action={action} />
    </PortalCustomerAdminProvider>,
  );
}

// Written out independently of the messages file, from Atlassian's documented routes and DESIGN.md's table.
const MENU_LABEL: Record<CustomerAction, string> = {
  changePassword: "Change password", editName: "Edit full name", migrate: "Migrate to Atlassian account",
  revokeAccess: "Revoke access", grantAccess: "Grant access", delete: "Delete account",
};
const CONFIRM_BUTTON: Record<CustomerAction, string> = {
  changePassword: "Save password", editName: "Update", migrate: "Migrate",
  revokeAccess: "Revoke access", grantAccess: "Grant access", delete: "Delete",
};
const ROUTE: Record<Experience, string[]> = {
  centralized: [
    "Go to admin.atlassian.com. Select your organization if you have more than one.",
    "Select Products > Sites and products.",
    "Select Globex Support.",
    "In the Jira Service Management section, select Portal-only customers.",
  ],
  original: [
    "Go to admin.atlassian.com and select Globex Support.",
    "Select Products > Jira Service Management.",
    "Select Portal-only customers.",
  ],
};
const ROLE_PLURAL = { "org-admin": "organization admins", "site-admin": "site admins", none: "everyone" } as const;
const ROLE_LABEL = { "org-admin": "Organization admin", "site-admin": "Site admin", none: "No admin role" } as const;

function contextOf(experience: Experience, role: AdminContext["role"], environment: AdminContext["environment"]): AdminContext {
  return { experience, role, environment, site: SITE, organization: { id: "o", name: "O" } };
}

/** The statement the guide must make, computed here straight from canPerform. */
function expectedWho(experience: Experience, action: CustomerAction, environment: AdminContext["environment"]) {
  const roles = ADMIN_ROLES.filter((role) => canPerform(contextOf(experience, role, environment), action));
  if (roles.length === 0) return "Change password isn't available in the Government environment.";
  return `Who can do this: ${roles.map((r) => ROLE_PLURAL[r]).join(" and ")}.`;
}

function checkPanel(panel: HTMLElement, experience: Experience, action: CustomerAction, environment: AdminContext["environment"]) {
  expect(panel).toHaveAttribute("data-experience", experience);
  expect(panel.querySelector(".pca-guide__who")).toHaveTextContent(expectedWho(experience, action, environment));
  const isAvailable = ADMIN_ROLES.some((role) => canPerform(contextOf(experience, role, environment), action));
  if (!isAvailable) {
    expect(within(panel).queryByRole("list")).toBeNull();
    return;
  }
  const steps = within(within(panel).getByRole("list")).getAllByRole("listitem").map((li) => li.textContent);
  expect(within(panel).getByRole("list").tagName).toBe("OL");
  expect(steps.slice(0, ROUTE[experience].length)).toEqual(ROUTE[experience]);
  expect(steps.at(-2)).toBe(`Select ••• (More options) next to the customer, then ${MENU_LABEL[action]}.`);
  expect(steps.at(-1)).toMatch(new RegExp(`\\b[Ss]elect ${CONFIRM_BUTTON[action]}\\.`));
  expect(steps).toHaveLength(ROUTE[experience].length + 3);
}

describe("ExperienceGuide: every experience × role × environment × action", () => {
  for (const experience of EXPERIENCES) {
    for (const role of ADMIN_ROLES) {
      for (const environment of ADMIN_ENVIRONMENTS) {
        it(`${experience} / ${role} / ${environment}`, async () => {
          const user = userEvent.setup();
          for (const action of CUSTOMER_ACTIONS) {
            const { unmount } = renderConnected(action, { experience, role, environment });
            const tabs = await screen.findAllByRole("tab");
            const other: Experience = experience === "centralized" ? "original" : "centralized";
            const mine = screen.getByRole("tab", { selected: true });
            expect(mine).toHaveAccessibleName(`${experience === "centralized" ? "Centralized" : "Original"} experience (yours)`);
            expect(tabs).toHaveLength(2);

            const panel = screen.getByRole("tabpanel");
            expect(panel).toHaveAccessibleName(mine.textContent!);
            checkPanel(panel, experience, action, environment);
            const you = panel.querySelector(".pca-guide__you");
            const isAvailableToSomeone = ADMIN_ROLES.some((r) => canPerform(contextOf(experience, r, environment), action));
            if (!isAvailableToSomeone) {
              expect(you).toBeNull();
            } else if (canPerform(contextOf(experience, role, environment), action)) {
              expect(you).toHaveTextContent(`You (${ROLE_LABEL[role]}) can do this.`);
            } else {
              expect(you).toHaveTextContent(`You (${ROLE_LABEL[role]}) can't do this.`);
            }

            // The switch: read the other experience's steps; no personal line there.
            await user.click(screen.getByRole("tab", { selected: false }));
            const otherPanel = screen.getByRole("tabpanel");
            checkPanel(otherPanel, other, action, environment);
            expect(otherPanel.querySelector(".pca-guide__you")).toBeNull();
            unmount();
          }
        });
      }
    }
  }
});

describe("ExperienceGuide behaviour", () => {
  it("has a titled region, a labelled tab list and the 'Which experience do I have?' explanation", async () => {
    const user = userEvent.setup();
    renderConnected("changePassword", { experience: "original" });
    expect(await screen.findByRole("region", { name: "Change a customer's password" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 2, name: "Change a customer's password" })).toBeInTheDocument();
    expect(screen.getByRole("tablist", { name: "Show the steps for" })).toBeInTheDocument();
    const body = screen.getByText(/open Directory\. If the Users and Groups lists are there, your organization has the centralized experience/);
    expect(body).not.toBeVisible();
    await user.click(screen.getByText("Which experience do I have?"));
    expect(body).toBeVisible();
  });

  it("moves between tabs with arrow keys, Home and End (roving tabindex)", async () => {
    const user = userEvent.setup();
    render(<ExperienceGuideView action="delete" />);
    const centralized = screen.getByRole("tab", { name: "Centralized experience" });
    const original = screen.getByRole("tab", { name: "Original experience" });
    expect(centralized).toHaveAttribute("aria-selected", "true");
    expect(original).toHaveAttribute("tabindex", "-1");
    await user.tab();
    expect(centralized).toHaveFocus();
    await user.keyboard("{ArrowRight}");
    expect(original).toHaveFocus();
    expect(original).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("tabpanel")).toHaveAttribute("data-experience", "original");
    await user.keyboard("{ArrowRight}");
    expect(centralized).toHaveFocus();
    await user.keyboard("{End}");
    expect(original).toHaveFocus();
    await user.keyboard("{Home}");
    expect(centralized).toHaveAttribute("aria-selected", "true");
    // Tab leaves the tab list for the panel.
    await user.tab();
    expect(screen.getByRole("tabpanel")).toHaveFocus();
  });

  it("shows the `experience` prop first, and works controlled", async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const { rerender } = render(<ExperienceGuideView action="editName" experience="original" />);
    expect(screen.getByRole("tab", { selected: true })).toHaveAccessibleName("Original experience");
    rerender(<ExperienceGuideView action="editName" shownExperience="centralized" onShownExperienceChange={onChange} />);
    await user.click(screen.getByRole("tab", { name: "Original experience" }));
    expect(onChange).toHaveBeenCalledWith("original");
    expect(screen.getByRole("tab", { selected: true })).toHaveAccessibleName("Centralized experience");
  });

  it("says 'the site' without a site name, and uses the environment prop without a viewer", () => {
    render(<ExperienceGuideView action="changePassword" environment="government" />);
    expect(screen.getByRole("tabpanel")).toHaveTextContent("Change password isn't available in the Government environment.");
    render(<ExperienceGuideView action="editName" />);
    expect(screen.getAllByRole("tabpanel")[1]).toHaveTextContent("Select the site.");
  });

  it("takes the experience to show first from a prop, over the viewer's", async () => {
    const adapter = createMemoryAdapter({ customers: 0, context: { experience: "centralized" } });
    render(
      <PortalCustomerAdminProvider adapter={adapter} locale="en">
        <ExperienceGuide action="migrate" experience="original" headingLevel={3} className="host" />
      </PortalCustomerAdminProvider>,
    );
    expect(await screen.findByRole("tab", { selected: true })).toHaveAccessibleName("Original experience");
    expect(screen.getByRole("tab", { name: "Centralized experience (yours)" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 3 })).toHaveTextContent("Migrate a customer to an Atlassian account");
    expect(screen.getByRole("region")).toHaveClass("pca-root", "pca-guide", "host");
  });

  it("claims no experience while loading; alerts with Retry on error", async () => {
    const user = userEvent.setup();
    let failures = 1;
    renderConnected("delete", {}, {
      latency: 30,
      fail: (m) => (m === "getAdminContext" && failures-- > 0 ? new AdapterError("network", "x") : undefined),
    });
    expect(screen.getByRole("status")).toHaveTextContent("Loading the steps…");
    expect(screen.queryByRole("tab")).toBeNull();
    expect(await screen.findByRole("alert")).toHaveTextContent("We couldn't load your admin details.");
    await user.click(screen.getByRole("button", { name: "Retry" }));
    expect(await screen.findByRole("tab", { name: "Centralized experience (yours)" })).toHaveAttribute("aria-selected", "true");
  });
});
