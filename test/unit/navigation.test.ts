import { describe, expect, it } from "vitest";
import {
  ADMIN_ENVIRONMENTS, ADMIN_PAGES, ADMIN_ROLES, EXPERIENCES, DEFAULT_ADMIN_HREFS,
  adminHref, getActionAvailability, getAdminNavigation, getAdminPath, getGuideSteps, hasAdminDestination, viewerDenial,
  type AdminNavNode,
} from "../../src/domain/navigation";
import { CUSTOMER_ACTIONS, canPerform, permissionDenial, type AdminContext } from "../../src/domain";
import { defaultMessages } from "../../src/i18n/messages";

const outline = (nodes: readonly AdminNavNode[]): unknown[] =>
  nodes.map((n) => (n.children.length ? { [n.destination]: outline(n.children) } : n.destination));

describe("admin structure", () => {
  it("centralized: Directory (Users, Groups) and Products → Sites and products → site → JSM → Portal-only customers", () => {
    expect(outline(getAdminNavigation("centralized"))).toEqual([
      { directory: ["users", "groups"] },
      { products: [{ sitesAndProducts: [{ site: [{ jiraServiceManagement: ["portalOnlyCustomers"] }] }] }] },
    ]);
  });

  it("original: the site's admin holds Products → JSM → Portal-only customers and User management; no Directory", () => {
    expect(outline(getAdminNavigation("original"))).toEqual([
      { site: [{ products: [{ jiraServiceManagement: ["portalOnlyCustomers"] }] }, { userManagement: ["users", "groups"] }] },
    ]);
    expect(hasAdminDestination("original", "directory")).toBe(false);
    expect(hasAdminDestination("original", "sitesAndProducts")).toBe(false);
    expect(hasAdminDestination("centralized", "userManagement")).toBe(false);
  });

  it("paths to Portal-only customers, and to other pages", () => {
    const path = (e: "original" | "centralized", p?: Parameters<typeof getAdminPath>[1]) => getAdminPath(e, p).map((n) => n.destination);
    expect(path("centralized")).toEqual(["products", "sitesAndProducts", "site", "jiraServiceManagement", "portalOnlyCustomers"]);
    expect(path("original")).toEqual(["site", "products", "jiraServiceManagement", "portalOnlyCustomers"]);
    expect(path("centralized", "users")).toEqual(["directory", "users"]);
    expect(path("original", "groups")).toEqual(["site", "userManagement", "groups"]);
    expect(path("original", "directory")).toEqual([]);
  });

  it("every page is reachable in both experiences except Sites and products (centralized only), and has a default href", () => {
    for (const page of ADMIN_PAGES) {
      expect(hasAdminDestination("centralized", page)).toBe(true);
      expect(hasAdminDestination("original", page)).toBe(page !== "sitesAndProducts");
      expect(adminHref(page)).toBe(DEFAULT_ADMIN_HREFS[page]);
    }
    expect(adminHref("users", { users: "/admin/users" })).toBe("/admin/users");
  });

  it("only pages are links; groups have children", () => {
    const walk = (nodes: readonly AdminNavNode[]): void =>
      nodes.forEach((n) => {
        if (n.kind === "page") expect(ADMIN_PAGES).toContain(n.destination);
        else expect(n.children.length).toBeGreaterThan(0);
        walk(n.children);
      });
    EXPERIENCES.forEach((e) => walk(getAdminNavigation(e)));
  });
});

describe("guide steps", () => {
  it("follow Atlassian's route for each experience, then find, ••• and confirm", () => {
    for (const action of CUSTOMER_ACTIONS) {
      const c = getGuideSteps("centralized", action).map((s) => s.messageKey);
      expect(c.slice(0, 4)).toEqual([
        "guide.centralized.openAdmin", "guide.centralized.sitesAndProducts",
        "guide.centralized.selectSite", "guide.centralized.portalOnlyCustomers",
      ]);
      const o = getGuideSteps("original", action).map((s) => s.messageKey);
      expect(o.slice(0, 3)).toEqual(["guide.original.openAdmin", "guide.original.products", "guide.original.portalOnlyCustomers"]);
      for (const steps of [getGuideSteps("centralized", action), getGuideSteps("original", action)]) {
        expect(steps.at(-2)).toEqual({ messageKey: "guide.openMenu", values: { action } });
        expect(steps.at(-1)!.messageKey).toBe(`guide.confirm.${action}`);
        for (const step of steps) expect(defaultMessages).toHaveProperty(step.messageKey);
      }
    }
  });
});

describe("availability is canPerform evaluated for every role", () => {
  const context = (experience: AdminContext["experience"], role: AdminContext["role"], environment: AdminContext["environment"]): AdminContext => ({
    experience, role, environment, site: { id: "s", name: "S", url: "https://s.example" }, organization: { id: "o", name: "O" },
  });

  for (const experience of EXPERIENCES) {
    for (const environment of ADMIN_ENVIRONMENTS) {
      for (const action of CUSTOMER_ACTIONS) {
        it(`${experience} / ${environment} / ${action}`, () => {
          const { roles, denial } = getActionAvailability(experience, action, environment);
          expect(roles).toEqual(ADMIN_ROLES.filter((role) => canPerform(context(experience, role, environment), action)));
          expect(denial).toBe(roles.length ? null : permissionDenial(context(experience, "org-admin", environment), action));
          for (const role of ADMIN_ROLES) {
            expect(viewerDenial({ experience, role, environment }, action)).toBe(permissionDenial(context(experience, role, environment), action));
          }
        });
      }
    }
  }

  it("matches the documented rules", () => {
    expect(getActionAvailability("centralized", "delete").roles).toEqual(["org-admin"]);
    expect(getActionAvailability("original", "delete").roles).toEqual(["org-admin", "site-admin"]);
    expect(getActionAvailability("original", "changePassword", "government")).toEqual({ roles: [], denial: "government" });
    expect(getActionAvailability("centralized", "editName", "government").roles).toEqual(["org-admin"]);
  });
});
