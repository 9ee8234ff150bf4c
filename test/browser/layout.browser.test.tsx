/// <reference types="vite/client" />
import { configure, render, screen, waitFor, within } from "@testing-library/react";
import axe from "axe-core";
import { useState } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { cdp, page, userEvent } from "vitest/browser";
import { CustomerActionsMenu } from "../../src/components/CustomerActionsMenu";
import { CustomerTable } from "../../src/components/CustomerTable";
import { CustomerTableView, type CustomerTableStatus } from "../../src/components/CustomerTable/CustomerTableView";
import { PortalCustomersPage } from "../../src/components/PortalCustomersPage";
import { PortalCustomerAdminProvider } from "../../src/data/PortalCustomerAdminProvider";
import type { PortalCustomer } from "../../src/domain/types";
import { messages as arabic } from "../../src/locales/ar";
import { messages as german } from "../../src/locales/de";
import { createMemoryAdapter, generateCustomers } from "../../src/testing";
import "../../src/styles.css";

configure({ asyncUtilTimeout: 5000 });

const customers: PortalCustomer[] = generateCustomers(40, { seed: 21 }).map((c, i) =>
  i === 3 ? { ...c, email: `${c.email.split("@")[0]}.montgomery-fitzwilliam@customer-support.example-company.co.uk` } : c,
);
const NOW = Date.parse("2026-11-01T12:00:00Z");

async function screenshot(name: string) {
  // Opt-in (VITE_PCA_SCREENSHOTS=1), saved under the git-ignored __screenshots__ folder beside this file.
  if (import.meta.env.VITE_PCA_SCREENSHOTS) await page.screenshot({ path: `__screenshots__/pca/${name}.png` });
}

async function renderPage(width: number, options: { locale?: "en" | "ar" } = {}) {
  await page.viewport(width, 800);
  const adapter = createMemoryAdapter({ customers });
  render(
    <PortalCustomerAdminProvider adapter={adapter} locale={options.locale ?? "en"} messages={options.locale === "ar" ? arabic : undefined}>
      <main style={{ padding: 8 }}>
        <PortalCustomersPage now={NOW} />
      </main>
    </PortalCustomerAdminProvider>,
  );
  await waitFor(() => expect(screen.getAllByRole("rowheader")).toHaveLength(25));
  // Let the admin context (navigation, permissions) settle too.
  await waitFor(() => expect(document.querySelector('[data-status="loading"]')).toBeNull());
}

const bodyRows = () => [...document.querySelectorAll<HTMLTableRowElement>("tbody tr.pca-customer-table__row")];
const tops = () => bodyRows().map((r) => r.getBoundingClientRect().top + window.scrollY);

function expectInViewport(element: Element, label: string) {
  const box = element.getBoundingClientRect();
  expect(box.width, label).toBeGreaterThan(0);
  expect(box.left, label).toBeGreaterThanOrEqual(0);
  expect(box.right, label).toBeLessThanOrEqual(window.innerWidth);
}

async function expectNoAxeViolations() {
  await Promise.all(document.getAnimations().map((animation) => animation.finished));
  const result = await axe.run(document, { resultTypes: ["violations"] });
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** The roles Chromium's accessibility tree (not the DOM) gives the table's parts. */
async function accessibilityRoles() {
  // The test runs in an iframe of the page the CDP session belongs to.
  const { frameTree } = (await cdp().send("Page.getFrameTree", {})) as { frameTree: { childFrames?: { frame: { id: string } }[] } };
  const frameId = frameTree.childFrames?.[0]?.frame.id;
  const { nodes } = (await cdp().send("Accessibility.getFullAXTree", { frameId })) as { nodes: { role?: { value: string }; ignored: boolean }[] };
  const count = (role: string) => nodes.filter((n) => !n.ignored && n.role?.value === role).length;
  return { table: count("table"), row: count("row"), rowheader: count("rowheader"), columnheader: count("columnheader"), cell: count("cell") + count("gridcell") };
}

/** The accessible names of the table's cells in Chromium's accessibility tree (CSS generated content included). */
async function cellNames(): Promise<string[]> {
  const { frameTree } = (await cdp().send("Page.getFrameTree", {})) as { frameTree: { childFrames?: { frame: { id: string } }[] } };
  const frameId = frameTree.childFrames?.[0]?.frame.id;
  const { nodes } = (await cdp().send("Accessibility.getFullAXTree", { frameId })) as {
    nodes: { role?: { value: string }; name?: { value: string }; ignored: boolean }[];
  };
  return nodes.filter((n) => !n.ignored && (n.role?.value === "cell" || n.role?.value === "gridcell")).map((n) => n.name?.value ?? "");
}

afterEach(async () => {
  await cdp().send("Emulation.setEmulatedMedia", { features: [{ name: "forced-colors", value: "none" }] });
  await page.viewport(414, 896);
  window.scrollTo(0, 0);
});

describe("narrow container (375 px)", () => {
  it("the page folds its navigation behind a button; the list starts on the first screen", async () => {
    await renderPage(375);
    const toggle = screen.getByRole("button", { name: "Admin navigation" });
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    expect(screen.queryByRole("navigation", { name: "Admin" })).not.toBeInTheDocument();
    expect(bodyRows()[0]!.getBoundingClientRect().top).toBeLessThan(window.innerHeight / 2 + 100);
    await screenshot("layout-375-page");
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute("aria-expanded", "true");
    expectInViewport(screen.getByRole("navigation", { name: "Admin" }), "navigation");
    await userEvent.click(toggle);
    expect(screen.queryByRole("navigation", { name: "Admin" })).not.toBeInTheDocument();
  });

  it("a wide container shows the navigation beside the list, without the button", async () => {
    await renderPage(1100);
    expect(screen.queryByRole("button", { name: "Admin navigation" })).not.toBeInTheDocument();
    const nav = screen.getByRole("navigation", { name: "Admin" }).getBoundingClientRect();
    const table = document.querySelector(".pca-customer-table")!.getBoundingClientRect();
    expect(nav.right).toBeLessThanOrEqual(table.left);
  });

  it("each row's name, email and status are in view with no sideways scrolling; last active is smaller", async () => {
    await renderPage(375);
    const scroller = document.querySelector<HTMLElement>(".pca-customer-table__scroll")!;
    expect(scroller.scrollWidth).toBeLessThanOrEqual(scroller.clientWidth);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
    for (const row of bodyRows()) {
      const name = within(row).getByRole("rowheader");
      expectInViewport(name, `name ${name.textContent}`);
      expectInViewport(row.querySelector(".pca-customer-table__email")!, `email of ${name.textContent}`);
      expectInViewport(row.querySelector(".pca-customer-table__status")!, `status of ${name.textContent}`);
      expectInViewport(within(row).getByRole("button", { name: /^More options for/ }), `••• of ${name.textContent}`);
      expectInViewport(within(row).getByRole("checkbox"), `checkbox of ${name.textContent}`);
      const lastActive = row.querySelector(".pca-customer-table__last-active")!;
      expectInViewport(lastActive, `last active of ${name.textContent}`);
      expect(parseFloat(getComputedStyle(lastActive).fontSize)).toBeLessThan(parseFloat(getComputedStyle(name).fontSize));
      // Name and email never overlap the ••• button.
      const trigger = within(row).getByRole("button", { name: /^More options for/ }).getBoundingClientRect();
      expect(name.getBoundingClientRect().right).toBeLessThanOrEqual(trigger.left);
    }
  });

  it("Created and a host's column show their column's name beside each value (only there, and not for screen readers)", async () => {
    await page.viewport(375, 800);
    const columns = ["name", "email", "status", "created", { id: "plan", header: "Plan", cell: () => "Premium" }] as const;
    const { rerender } = render(
      <PortalCustomerAdminProvider adapter={createMemoryAdapter({ customers })} locale="en">
        <main><h1>Customers</h1><CustomerTable columns={columns} now={NOW} /></main>
      </PortalCustomerAdminProvider>,
    );
    await waitFor(() => expect(screen.getAllByRole("rowheader")).toHaveLength(25));
    const row = bodyRows()[0]!;
    const created = row.querySelector<HTMLElement>('[data-column-id="created"]')!;
    const plan = row.querySelector<HTMLElement>('[data-column-id="plan"]')!;
    const label = (cell: HTMLElement) => getComputedStyle(cell, "::before").content;
    expect(label(created)).toBe('"Created" / ""');
    expect(created.getAttribute("data-label")).toBe("Created");
    expect(plan.getAttribute("data-label")).toBe("Plan");
    // The label takes room before the value: the value starts after it.
    const range = document.createRange();
    range.selectNodeContents(plan);
    expect(range.getBoundingClientRect().left - plan.getBoundingClientRect().left).toBeGreaterThan(20);
    // Neither the cell's text nor its accessible name (Chromium's tree) gets the label twice.
    expect(plan.textContent).toBe("Premium");
    const names = await cellNames();
    expect(names.filter((name) => name === "Premium")).toHaveLength(25);
    expect(names.filter((name) => /Plan|Created/.test(name))).toEqual([]);
    expectInViewport(plan, "plan");
    await screenshot("narrow-host-columns");
    await expectNoAxeViolations();

    // Wide: the header row names the columns, the cells show only their values.
    await page.viewport(1100, 800);
    rerender(
      <PortalCustomerAdminProvider adapter={createMemoryAdapter({ customers })} locale="en">
        <main><h1>Customers</h1><CustomerTable columns={columns} now={NOW} /></main>
      </PortalCustomerAdminProvider>,
    );
    await waitFor(() => expect(bodyRows()[0]!.querySelector<HTMLElement>('[data-column-id="plan"]')!.innerText).toBe("Premium"));
    expect(getComputedStyle(bodyRows()[0]!.querySelector('[data-column-id="plan"]')!, "::before").content).toBe("none");
  });

  it("keeps table semantics for assistive technology (Chromium's accessibility tree) and axe finds nothing", async () => {
    await renderPage(375);
    const roles = await accessibilityRoles();
    expect(roles.table).toBe(1);
    expect(roles.row).toBe(26); // header row and 25 customers
    expect(roles.rowheader).toBe(25);
    expect(roles.columnheader).toBe(6); // select page, name, email, status, last active, actions
    expect(roles.cell).toBe(25 * 5);
    expect(screen.getByRole("columnheader", { name: "Status" })).toBeInTheDocument();
    await expectNoAxeViolations();
  });

  it("selection works: the select-page and row checkboxes, and the ••• menu opens fully in view", async () => {
    await renderPage(375);
    await userEvent.click(screen.getByRole("checkbox", { name: "Select all on this page" }));
    await waitFor(() => expect(within(screen.getByRole("region", { name: "Bulk actions" })).getByText("25 customers selected")).toBeInTheDocument());
    await userEvent.click(screen.getByRole("checkbox", { name: "Select all on this page" }));
    await waitFor(() => expect(screen.queryByRole("region", { name: "Bulk actions" })).not.toBeInTheDocument());

    const row = bodyRows()[2]!;
    await userEvent.click(within(row).getByRole("checkbox"));
    await waitFor(() => expect(within(screen.getByRole("region", { name: "Bulk actions" })).getByText("1 customer selected")).toBeInTheDocument());
    await screenshot("layout-375-selected");
    const bar = screen.getByRole("region", { name: "Bulk actions" });
    expectInViewport(bar, "bulk bar");
    expect(bar.getBoundingClientRect().bottom).toBeLessThanOrEqual(window.innerHeight);
    await expectNoAxeViolations();

    await userEvent.click(within(row).getByRole("button", { name: /^More options for/ }));
    const menu = await screen.findByRole("menu");
    await waitFor(() => expect(within(menu).getAllByRole("menuitem")[0]).toHaveFocus());
    const box = menu.getBoundingClientRect();
    const trigger = within(row).getByRole("button", { name: /^More options for/ }).getBoundingClientRect();
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(window.innerWidth);
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(window.innerHeight);
    // In place: next to its button (the size containers do not capture the portalled menu).
    expect(Math.min(Math.abs(box.top - trigger.bottom), Math.abs(box.bottom - trigger.top))).toBeLessThan(16);
    await userEvent.keyboard("{Escape}");
  });

  it("right to left (Arabic): names, emails and statuses in view, the start bar on the right", async () => {
    await renderPage(375, { locale: "ar" });
    expect(document.querySelector(".pca-customer-table")).toHaveAttribute("dir", "rtl");
    const scroller = document.querySelector<HTMLElement>(".pca-customer-table__scroll")!;
    expect(scroller.scrollWidth).toBeLessThanOrEqual(scroller.clientWidth);
    const row = bodyRows()[0]!;
    for (const part of [within(row).getByRole("rowheader"), row.querySelector(".pca-customer-table__email")!, row.querySelector(".pca-customer-table__status")!]) {
      expectInViewport(part, part.textContent!);
    }
    // The checkbox is on the right, the ••• button on the left.
    expect(within(row).getByRole("checkbox").getBoundingClientRect().left).toBeGreaterThan(row.getBoundingClientRect().width / 2);
    await userEvent.click(within(row).getByRole("checkbox"));
    await waitFor(() => expect(row).toHaveAttribute("data-selected"));
    expect(getComputedStyle(row).boxShadow).toMatch(/inset$|inset/);
    expect(getComputedStyle(row).boxShadow).toMatch(/-4px 0px 0px/);
    await screenshot("layout-375-rtl");
  });
});

describe("fixed columns and longer translations", () => {
  it("a long status label (German, with a host's longer wording) wraps inside its cell instead of spilling over, at 1,100 and 375 px", async () => {
    for (const width of [1100, 375]) {
      await page.viewport(width, 800);
      const { unmount } = render(
        <PortalCustomerAdminProvider adapter={createMemoryAdapter({ customers: customers.map((c) => ({ ...c, status: "revoked" as const })) })} locale="de" messages={{ ...german, "table.status.revoked": "Zugriff dauerhaft entzogen" }}>
          <main><h1>Kunden</h1><CustomerTable now={NOW} /></main>
        </PortalCustomerAdminProvider>,
      );
      await waitFor(() => expect(screen.getAllByRole("rowheader")).toHaveLength(25));
      for (const badge of document.querySelectorAll<HTMLElement>(".pca-customer-table__status")) {
        expect(badge).toHaveTextContent("Zugriff dauerhaft entzogen");
        const td = badge.closest("td")!;
        const padding = parseFloat(getComputedStyle(td).paddingInlineEnd);
        const cell = td.getBoundingClientRect();
        const box = badge.getBoundingClientRect();
        expect(badge.scrollWidth, `${width} px`).toBeLessThanOrEqual(badge.clientWidth);
        expect(box.right, `${width} px`).toBeLessThanOrEqual(cell.right - (width > 640 ? padding : 0));
        expect(box.left, `${width} px`).toBeGreaterThanOrEqual(cell.left);
      }
      await screenshot(`status-long-${width}`);
      unmount();
    }
  });
});

describe("checking a row never moves the rows", () => {
  for (const width of [1100, 375]) {
    it(`${width} px: an action's success status arrives at the bottom of the viewport without moving any row`, async () => {
      await renderPage(width);
      const before = tops();
      const name = within(bodyRows()[2]!).getByRole("rowheader").textContent!;
      await userEvent.click(screen.getByRole("button", { name: `More options for ${name}` }));
      const item = await screen.findByRole("menuitem", { name: "Edit full name" });
      await waitFor(() => expect(item).not.toHaveAttribute("aria-disabled"));
      await userEvent.click(item);
      const dialog = await screen.findByRole("dialog");
      const field = within(dialog).getByRole("textbox");
      await userEvent.clear(field);
      await userEvent.type(field, "Zed Renamed");
      await userEvent.click(within(dialog).getByRole("button", { name: "Update" }));
      await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
      const status = await screen.findByText("Full name changed to Zed Renamed.");
      expect(tops()).toEqual(before);
      const box = status.getBoundingClientRect();
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.bottom).toBeLessThanOrEqual(window.innerHeight);
      await screenshot(`success-docked-${width}`);
    });


    it(`page with bulk bar, ${width} px: every row stays where it was when checked and cleared`, async () => {
      await renderPage(width);
      const before = tops();
      const row = bodyRows()[0]!;
      await userEvent.click(within(row).getByRole("checkbox"));
      await screen.findByRole("region", { name: "Bulk actions" });
      expect(tops()).toEqual(before);
      await userEvent.click(within(bodyRows()[4]!).getByRole("checkbox"));
      await waitFor(() => expect(screen.getByRole("region", { name: "Bulk actions" })).toHaveTextContent("2 customers selected"));
      expect(tops()).toEqual(before);
      await userEvent.click(within(screen.getByRole("region", { name: "Bulk actions" })).getByRole("button", { name: "Clear selection" }));
      await waitFor(() => expect(screen.queryByRole("region", { name: "Bulk actions" })).not.toBeInTheDocument());
      expect(tops()).toEqual(before);
    });
  }

  it("the View without a bulk bar and without toolbar controls: the count appears below the rows", async () => {
    await page.viewport(1100, 800);
    render(
      <PortalCustomerAdminProvider adapter={createMemoryAdapter()} locale="en">
        <CustomerTableView customers={customers.slice(0, 5)} now={NOW} />
      </PortalCustomerAdminProvider>,
    );
    const before = tops();
    await userEvent.click(within(bodyRows()[1]!).getByRole("checkbox"));
    const count = await screen.findByText("1 selected");
    expect(tops()).toEqual(before);
    expect(count.getBoundingClientRect().top).toBeGreaterThan(bodyRows()[4]!.getBoundingClientRect().bottom);
  });
});

describe("the sticky bulk bar never hides keyboard focus", () => {
  for (const width of [1100, 375]) {
    it(`${width} px: tabbing down the rows keeps the focused control above the bar`, async () => {
      await renderPage(width);
      await page.viewport(width, 640);
      const first = within(bodyRows()[0]!).getByRole("checkbox");
      await userEvent.click(first);
      const bar = await screen.findByRole("region", { name: "Bulk actions" });
      for (let i = 0; i < 16; i++) {
        await userEvent.keyboard("{Tab}");
        const focused = document.activeElement!;
        if (!focused.closest("tbody")) break;
        const box = focused.getBoundingClientRect();
        expect(box.bottom, `${focused.getAttribute("aria-label")}`).toBeLessThanOrEqual(bar.getBoundingClientRect().top);
        expect(box.top).toBeGreaterThanOrEqual(0);
      }
    });
  }
});

describe("column widths", () => {
  function Harness({ status, rows, search }: { status: CustomerTableStatus; rows: PortalCustomer[]; search: string }) {
    const [selected, setSelected] = useState<string[]>([]);
    return (
      <CustomerTableView
        status={status}
        customers={rows}
        search={search}
        onSearchChange={() => {}}
        onStatusFilterChange={() => {}}
        sort={{ field: "displayName", direction: "asc" }}
        onSortChange={() => {}}
        selectedIds={selected}
        onSelectedIdsChange={setSelected}
        renderRowActions={(customer) => <CustomerActionsMenu customer={customer} onSelect={() => {}} />}
        now={NOW}
      />
    );
  }
  const widths = () => [...document.querySelectorAll("thead th")].map((th) => Math.round(th.getBoundingClientRect().width * 10) / 10);

  for (const width of [1100, 800]) {
    it(`${width} px: the same in loading, loaded, filtered (other rows) and no-match states`, async () => {
      await page.viewport(width, 800);
      const wrap = (ui: React.ReactNode) => <PortalCustomerAdminProvider adapter={createMemoryAdapter()} locale="en">{ui}</PortalCustomerAdminProvider>;
      const { rerender } = render(wrap(<Harness status="loading" rows={[]} search="" />));
      const loading = widths();
      expect(loading).toHaveLength(6);
      rerender(wrap(<Harness status="success" rows={customers.slice(0, 25)} search="" />));
      expect(widths()).toEqual(loading);
      rerender(wrap(<Harness status="success" rows={[customers[3]!, customers[7]!]} search="mont" />));
      expect(widths()).toEqual(loading);
      rerender(wrap(<Harness status="success" rows={[]} search="nobody" />));
      await screen.findByText("No customers match your filters");
      expect(widths()).toEqual(loading);
      // Name and email share the room left by the fixed columns.
      expect(loading[1]).toBeGreaterThan(150);
      expect(Math.abs(loading[1]! - loading[2]!)).toBeLessThan(1);
    });
  }
});

describe("long names and emails wrap at sensible points", () => {
  const long: PortalCustomer = {
    id: "c-long", displayName: "Maximiliana Alexandrina Featherstonehaugh-Montgomery de la Cruz",
    email: "maximiliana.featherstonehaugh@customer-support.example-company.co.uk",
    status: "active", lastActiveAt: null, createdAt: "2025-01-01T00:00:00Z",
  };
  /** Whether a piece of text sits on one line (a break inside it gives it two boxes). */
  const isOnOneLine = (node: Node, start: number, end: number) => {
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, end);
    return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size === 1;
  };

  for (const width of [1100, 375]) {
    it(`${width} px: emails break after "@" or before a dot, names at spaces`, async () => {
      await page.viewport(width, 800);
      render(
        <PortalCustomerAdminProvider adapter={createMemoryAdapter()} locale="en">
          <CustomerTableView customers={[long, ...customers.slice(0, 3)]} now={NOW} renderRowActions={(c) => <CustomerActionsMenu customer={c} onSelect={() => {}} />} />
        </PortalCustomerAdminProvider>,
      );
      const email = document.querySelector(".pca-customer-table__email")!;
      expect(email.textContent).toBe(long.email);
      const texts = [...email.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE);
      expect(texts.map((n) => n.textContent).join("")).toBe(long.email);
      expect(texts.length).toBeGreaterThan(3);
      // Within a piece, only a hyphen (a break opportunity of its own) may end a line.
      for (const text of texts) {
        let at = 0;
        for (const piece of text.textContent!.split(/(?<=-)/)) {
          expect(isOnOneLine(text, at, at + piece.length), piece).toBe(true);
          at += piece.length;
        }
      }
      expect(email.getBoundingClientRect().height).toBeGreaterThan(20); // it did wrap

      const name = screen.getByRole("rowheader", { name: long.displayName });
      const nameText = name.firstChild!;
      let at = 0;
      for (const word of long.displayName.split(" ")) {
        expect(isOnOneLine(nameText, at, at + word.length), word).toBe(true);
        at += word.length + 1;
      }
      expect(name.getBoundingClientRect().height).toBeLessThanOrEqual(4 * 20);
      await screenshot(`layout-long-${width}`);
    });
  }
});

describe("selected rows and sort icons", () => {
  function parse(colour: string): [number, number, number] {
    const [r, g, b] = colour.match(/[\d.]+/g)!.map(Number);
    return [r!, g!, b!];
  }
  function contrast(a: string, b: string) {
    const lum = (c: string) => {
      const [r, g, bl] = parse(c).map((v) => {
        const s = v / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
    };
    const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
    return (hi! + 0.05) / (lo! + 0.05);
  }
  function setup(theme: "light" | "dark") {
    render(
      <div data-theme={theme}>
        <PortalCustomerAdminProvider adapter={createMemoryAdapter()} locale="en">
          <CustomerTableView
            customers={customers.slice(0, 4)}
            defaultSelectedIds={[customers[1]!.id]}
            sort={{ field: "displayName", direction: "asc" }}
            onSortChange={() => {}}
            now={NOW}
            renderRowActions={(c) => <CustomerActionsMenu customer={c} onSelect={() => {}} />}
          />
        </PortalCustomerAdminProvider>
      </div>,
    );
    return { selected: bodyRows()[1]!, plain: bodyRows()[2]! };
  }

  for (const theme of ["light", "dark"] as const) {
    it(`${theme}: a selected row has a brand tint and a start bar, apart from hover; inactive sort icons reach 3:1`, async () => {
      await page.viewport(1100, 700);
      const { selected, plain } = setup(theme);
      const hoverBg = getComputedStyle(document.querySelector(".pca-customer-table")!).getPropertyValue("--_pca-color-bg-hover").trim();
      await userEvent.hover(plain);
      const selectedBg = getComputedStyle(selected).backgroundColor;
      expect(selectedBg).not.toBe(getComputedStyle(plain).backgroundColor); // hovered
      expect(parse(selectedBg)[2]).toBeGreaterThan(parse(selectedBg)[0]); // bluish
      expect(hoverBg).not.toBe("");
      expect(getComputedStyle(selected.firstElementChild!).boxShadow).toMatch(/inset/);
      expect(getComputedStyle(plain.firstElementChild!).boxShadow).toBe("none");
      // Hovering a selected row keeps its tint.
      await userEvent.hover(selected);
      expect(getComputedStyle(selected).backgroundColor).toBe(selectedBg);
      // Text on the tint keeps 4.5:1.
      expect(contrast(getComputedStyle(within(selected).getByRole("rowheader")).color, selectedBg)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(getComputedStyle(selected.querySelector(".pca-customer-table__email")!).color, selectedBg)).toBeGreaterThanOrEqual(4.5);

      const inactive = screen.getByRole("button", { name: "Email" }).querySelector("svg")!;
      expect(getComputedStyle(inactive).opacity).toBe("1");
      const th = screen.getByRole("columnheader", { name: "Email" });
      expect(contrast(getComputedStyle(inactive).color, getComputedStyle(th).backgroundColor)).toBeGreaterThanOrEqual(3);
      await screenshot(`layout-desktop-${theme}-selected`);
    });
  }

  it("forced colours: a selected row uses the system's selection colours", async () => {
    await page.viewport(1100, 700);
    await cdp().send("Emulation.setEmulatedMedia", { features: [{ name: "forced-colors", value: "active" }] });
    await waitFor(() => expect(matchMedia("(forced-colors: active)").matches).toBe(true));
    const { selected, plain } = setup("light");
    const probe = document.createElement("div");
    probe.style.backgroundColor = "SelectedItem";
    document.body.append(probe);
    const system = getComputedStyle(probe).backgroundColor;
    probe.style.color = "SelectedItemText";
    document.body.append(probe);
    const systemText = getComputedStyle(probe).color;
    probe.remove();
    await userEvent.hover(selected);
    const cell = within(selected).getByRole("rowheader");
    expect(getComputedStyle(cell).backgroundColor).toBe(system);
    expect(getComputedStyle(selected).backgroundColor).toBe(system);
    // Text cells opt out of the forced backplate, so their text stays SelectedItemText on SelectedItem.
    expect(getComputedStyle(cell).forcedColorAdjust).toBe("none");
    expect(getComputedStyle(selected.querySelector(".pca-customer-table__email")!).color).toBe(systemText);
    expect(getComputedStyle(within(plain).getByRole("rowheader")).backgroundColor).not.toBe(system);
    await screenshot("layout-forced-colors-selected");
  });
});

describe("demo-like host", () => {
  it("a host's narrow column (375 px inside a wide window) gets the narrow layout too: container, not viewport", async () => {
    await page.viewport(1100, 800);
    render(
      <PortalCustomerAdminProvider adapter={createMemoryAdapter({ customers })} locale="en">
        <div style={{ width: 375 }}>
          <CustomerTable />
        </div>
      </PortalCustomerAdminProvider>,
    );
    await waitFor(() => expect(screen.getAllByRole("rowheader")).toHaveLength(25));
    const scroller = document.querySelector<HTMLElement>(".pca-customer-table__scroll")!;
    expect(scroller.scrollWidth).toBeLessThanOrEqual(scroller.clientWidth);
    expect(getComputedStyle(bodyRows()[0]!).display).toBe("grid");
    for (const row of bodyRows()) {
      expect(row.querySelector(".pca-customer-table__status")!.getBoundingClientRect().right).toBeLessThanOrEqual(375);
    }
  });
});
