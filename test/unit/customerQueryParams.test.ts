import { describe, expect, it } from "vitest";
import { customerQueryFromSearchParams, customerQueryToSearchParams, fillQuery } from "../../src/domain/query";

describe("CustomerQuery <-> URLSearchParams", () => {
  it("leaves the defaults out, so the plain list has a clean URL", () => {
    expect(customerQueryToSearchParams({}).toString()).toBe("");
    expect(customerQueryToSearchParams(fillQuery({})).toString()).toBe("");
  });

  it("round-trips every field", () => {
    const query = { search: "ada lo", status: "revoked", sort: { field: "lastActiveAt", direction: "desc" }, offset: 50, limit: 10 } as const;
    const params = customerQueryToSearchParams(query);
    expect(params.toString()).toBe("search=ada+lo&status=revoked&sort=lastActiveAt&direction=desc&offset=50&limit=10");
    expect(customerQueryFromSearchParams(params)).toEqual(query);
    expect(customerQueryFromSearchParams(`?${params}`)).toEqual(query);
  });

  it("namespaces with a prefix and treats a host's page size as the default", () => {
    const params = customerQueryToSearchParams({ status: "active", limit: 50 }, { prefix: "c.", defaultLimit: 50 });
    expect(params.toString()).toBe("c.status=active");
    expect(customerQueryFromSearchParams("status=revoked&c.status=active", { prefix: "c." })).toEqual({ status: "active" });
  });

  it("ignores hand-edited nonsense instead of throwing, so the defaults apply", () => {
    expect(
      customerQueryFromSearchParams("status=deleted&sort=password&direction=up&offset=-3&limit=abc"),
    ).toEqual({});
    expect(customerQueryFromSearchParams("sort=email&direction=sideways&limit=1000&offset=1e3")).toEqual({
      sort: { field: "email", direction: "asc" },
      limit: 100,
    });
  });

  it("fills a partial query with the defaults but keeps the search as typed", () => {
    expect(fillQuery({ search: " ada ", status: "active" }, { limit: 10 })).toEqual({
      search: " ada ", status: "active", sort: { field: "displayName", direction: "asc" }, offset: 0, limit: 10,
    });
  });
});
