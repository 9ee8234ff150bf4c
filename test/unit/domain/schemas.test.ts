import { describe, expect, it } from "vitest";
import { customerPageSchema, displayNameSchema, normalizeQuery, portalCustomerSchema } from "../../../src";

describe("displayNameSchema", () => {
  it("trims, then requires 1 to 255 characters", () => {
    expect(displayNameSchema.parse("  Ada Lovelace  ")).toBe("Ada Lovelace");
    expect(displayNameSchema.safeParse("   ").success).toBe(false);
    expect(displayNameSchema.safeParse("x".repeat(255)).success).toBe(true);
    expect(displayNameSchema.safeParse("x".repeat(256)).success).toBe(false);
    expect(displayNameSchema.safeParse(` ${"x".repeat(255)} `).success).toBe(true);
  });
});

describe("portalCustomerSchema and customerPageSchema", () => {
  const customer = {
    id: "c1", displayName: "Ada", email: "ada@example.com", status: "active",
    lastActiveAt: null, createdAt: "2024-01-01T00:00:00.000Z",
  };
  it("accept valid data, including a null lastActiveAt", () => {
    expect(portalCustomerSchema.safeParse(customer).success).toBe(true);
    expect(customerPageSchema.safeParse({ items: [customer], total: 1, offset: 0, limit: 25 }).success).toBe(true);
  });
  it("refuse wrong statuses, dates and page numbers", () => {
    expect(portalCustomerSchema.safeParse({ ...customer, status: "disabled" }).success).toBe(false);
    expect(portalCustomerSchema.safeParse({ ...customer, createdAt: "yesterday" }).success).toBe(false);
    expect(customerPageSchema.safeParse({ items: [], total: -1, offset: 0, limit: 25 }).success).toBe(false);
    expect(customerPageSchema.safeParse({ items: [], total: 0, offset: 0, limit: 101 }).success).toBe(false);
  });
});

describe("normalizeQuery", () => {
  it("applies defaults", () => {
    expect(normalizeQuery({})).toEqual({
      search: "", status: "all", sort: { field: "displayName", direction: "asc" }, offset: 0, limit: 25,
    });
  });
  it("clamps limit to 1..100 and offset to ≥ 0", () => {
    expect(normalizeQuery({ limit: 1000 }).limit).toBe(100);
    expect(normalizeQuery({ limit: 0 }).limit).toBe(1);
    expect(normalizeQuery({ limit: -5 }).limit).toBe(1);
    expect(normalizeQuery({ limit: Number.NaN }).limit).toBe(25);
    expect(normalizeQuery({ offset: -3 }).offset).toBe(0);
    expect(normalizeQuery({ offset: 2.7 }).offset).toBe(2);
  });
});
