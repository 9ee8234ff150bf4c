import { describe, expect, it, vi } from "vitest";
import {
  customerCsvHeader, customersToCsv, escapeCsvCell, exportCustomers, exportCustomersCsv, type PortalCustomer,
  type PortalCustomerAdapter,
} from "../../../src";
import { createMemoryAdapter } from "../../../src/testing";

const person = (patch: Partial<PortalCustomer>): PortalCustomer => ({
  id: "1", displayName: "Ada", email: "ada@example.com", status: "active",
  lastActiveAt: null, createdAt: "2025-01-01T00:00:00.000Z", ...patch,
});

describe("CSV (RFC 4180)", () => {
  it("quotes fields with commas, quotes and line breaks, doubling quotes", () => {
    expect(escapeCsvCell("plain")).toBe("plain");
    expect(escapeCsvCell("Doe, Jane")).toBe('"Doe, Jane"');
    expect(escapeCsvCell('The "Boss"')).toBe('"The ""Boss"""');
    expect(escapeCsvCell("line one\nline two")).toBe('"line one\nline two"');
    expect(escapeCsvCell("cr\rlf")).toBe('"cr\rlf"');
  });

  it("guards against formula injection for =, +, -, @, tab and CR", () => {
    expect(escapeCsvCell("=HYPERLINK(\"http://evil\")")).toBe('"\'=HYPERLINK(""http://evil"")"');
    expect(escapeCsvCell("+1 555")).toBe("'+1 555");
    expect(escapeCsvCell("-2+3")).toBe("'-2+3");
    expect(escapeCsvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(escapeCsvCell("\tcmd")).toBe("'\tcmd");
    expect(escapeCsvCell("a=b")).toBe("a=b");
  });

  it("writes a header and one CRLF record per customer", () => {
    expect(customerCsvHeader()).toBe("Name,Email,Status,Last active,Created\r\n");
    const csv = customersToCsv([
      person({ displayName: "O'Brien, Siobhan", status: "revoked", lastActiveAt: "2026-01-02T03:04:05.000Z" }),
      person({ id: "2", displayName: "=cmd|' /C calc'!A0", email: "x@example.com" }),
    ]);
    expect(csv).toBe(
      '"O\'Brien, Siobhan",ada@example.com,Access revoked,2026-01-02T03:04:05.000Z,2025-01-01T00:00:00.000Z\r\n' +
      "'=cmd|' /C calc'!A0,x@example.com,Active,,2025-01-01T00:00:00.000Z\r\n",
    );
  });
});

describe("exportCustomers", () => {
  const withoutExport = (adapter: ReturnType<typeof createMemoryAdapter>): PortalCustomerAdapter => {
    const { exportCustomers: _e, bulkAction: _b, ...rest } = adapter;
    return rest;
  };

  for (const path of ["export method", "paging fallback"] as const) {
    it(`yields every matching customer once, in order, with progress (${path})`, async () => {
      const memory = createMemoryAdapter({ customers: 250, seed: 3 });
      const adapter = path === "export method" ? memory : withoutExport(memory);
      const query = { status: "active" as const, sort: { field: "email" as const, direction: "desc" as const } };
      const expected = (await Promise.all([0, 100, 200].map((offset) => memory.listCustomers({ ...query, offset, limit: 100 }))))
        .flatMap((p) => p.items.map((c) => c.id));
      const got: string[] = [];
      const progress: [number, number | null][] = [];
      for await (const batch of exportCustomers(adapter, { ...query, offset: 5, limit: 3 })) {
        expect(batch.customers.length).toBeLessThanOrEqual(100);
        got.push(...batch.customers.map((c) => c.id));
        progress.push([batch.done, batch.total]);
      }
      expect(got).toEqual(expected);
      expect(progress.at(-1)).toEqual([expected.length, expected.length]);
    });
  }

  it("stops with an AbortError when aborted", async () => {
    const adapter = createMemoryAdapter({ customers: 300, latency: 1 });
    const controller = new AbortController();
    const seen: number[] = [];
    await expect(async () => {
      for await (const batch of exportCustomers(adapter, {}, { signal: controller.signal })) {
        seen.push(batch.done);
        controller.abort();
      }
    }).rejects.toMatchObject({ name: "AbortError" });
    expect(seen).toEqual([100]);
  });
});

describe("exportCustomersCsv", () => {
  it("builds a CSV Blob of every matching customer with progress", async () => {
    const adapter = createMemoryAdapter({ customers: 230, seed: 5 });
    const onProgress = vi.fn();
    const blob = await exportCustomersCsv(adapter, { search: "a" }, { onProgress });
    const text = await blob.text();
    const total = (await adapter.listCustomers({ search: "a" })).total;
    expect(blob.type).toBe("text/csv;charset=utf-8");
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 byte-order mark for spreadsheet apps
    expect(text.startsWith("Name,Email,Status,Last active,Created\r\n")).toBe(true);
    expect(text.split("\r\n").filter(Boolean)).toHaveLength(total + 1);
    expect(onProgress).toHaveBeenLastCalledWith({ done: total, total });
  });
});
