import { describe, expect, it } from "vitest";
import { canManageCustomers, canPerform, CUSTOMER_ACTIONS, permissionDenial, type AdminContext } from "../../../src";

const base: AdminContext = {
  experience: "centralized",
  role: "org-admin",
  site: { id: "s", name: "S", url: "https://s.example" },
  organization: { id: "o", name: "O" },
  environment: "commercial",
};
const ctx = (patch: Partial<AdminContext>): AdminContext => ({ ...base, ...patch });

describe("canPerform", () => {
  it("centralized: organization admins may do everything, site admins nothing", () => {
    for (const action of CUSTOMER_ACTIONS) {
      expect(canPerform(ctx({ role: "org-admin" }), action)).toBe(true);
      expect(canPerform(ctx({ role: "site-admin" }), action)).toBe(false);
    }
    expect(permissionDenial(ctx({ role: "site-admin" }), "editName")).toBe("org-admin-only");
  });

  it("original: organization and site admins may act", () => {
    for (const action of CUSTOMER_ACTIONS) {
      expect(canPerform(ctx({ experience: "original", role: "org-admin" }), action)).toBe(true);
      expect(canPerform(ctx({ experience: "original", role: "site-admin" }), action)).toBe(true);
    }
  });

  it("role none is read-only in both experiences", () => {
    for (const experience of ["original", "centralized"] as const) {
      for (const action of CUSTOMER_ACTIONS) expect(canPerform(ctx({ experience, role: "none" }), action)).toBe(false);
      expect(canManageCustomers(ctx({ experience, role: "none" }))).toBe(false);
      expect(permissionDenial(ctx({ experience, role: "none" }), "delete")).toBe("not-admin");
    }
  });

  it("the government environment never allows changePassword, and allows the rest", () => {
    for (const experience of ["original", "centralized"] as const) {
      const gov = ctx({ experience, environment: "government" });
      expect(canPerform(gov, "changePassword")).toBe(false);
      expect(permissionDenial(gov, "changePassword")).toBe("government");
      expect(canPerform(gov, "editName")).toBe(true);
      expect(canPerform(gov, "delete")).toBe(true);
    }
  });

  it("with a customer: grant only for revoked, revoke only for active", () => {
    expect(permissionDenial(base, "grantAccess", { status: "active" })).toBe("status");
    expect(permissionDenial(base, "grantAccess", { status: "revoked" })).toBeNull();
    expect(permissionDenial(base, "revokeAccess", { status: "revoked" })).toBe("status");
    expect(permissionDenial(base, "revokeAccess", { status: "active" })).toBeNull();
  });
});
