// The three documented ways to theme, proven by computed style on the table and on an open
// (portalled) dialog, in light and in dark: --pca-* on :root, on an ancestor, and in a scope.
import { configure, render, screen, waitFor } from "@testing-library/react";
import { useState, type ReactNode } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { ChangePasswordDialog } from "../../src/components/ChangePasswordDialog";
import { CustomerTable } from "../../src/components/CustomerTable";
import { PortalCustomerAdminProvider } from "../../src/data/PortalCustomerAdminProvider";
import { createMemoryAdapter, generateCustomers } from "../../src/testing";
import "../../src/styles.css";

configure({ asyncUtilTimeout: 4000 });

const customers = generateCustomers(3, { seed: 5 });
const HOST_TEXT = "rgb(10, 20, 30)";
const HOST_BG = "rgb(250, 240, 230)";
const DEFAULTS = {
  light: { text: "rgb(23, 43, 77)", bg: "rgb(255, 255, 255)" },
  dark: { text: "rgb(222, 228, 234)", bg: "rgb(29, 33, 37)" },
} as const;
type Mode = keyof typeof DEFAULTS;
type Way = "none" | "root" | "ancestor" | "scope";

const added: HTMLElement[] = [];
function hostStylesheet(css: string) {
  const style = document.createElement("style");
  style.textContent = css;
  document.head.append(style);
  added.push(style);
}
afterEach(() => {
  for (const element of added.splice(0)) element.remove();
  document.documentElement.removeAttribute("data-theme");
});

/** A host page: the provider renders its dialogs into `container` when given. */
function Host({ wrap, usesContainer }: { wrap: (children: ReactNode, setContainer: (el: HTMLElement | null) => void) => ReactNode; usesContainer: boolean }) {
  const [container, setContainer] = useState<HTMLElement | null>(null);
  const [adapter] = useState(() => createMemoryAdapter({ customers }));
  return wrap(
    <PortalCustomerAdminProvider adapter={adapter} locale="en" portalContainer={usesContainer ? container : undefined}>
      <CustomerTable hasExport={false} hasBulkActions={false} />
      {(!usesContainer || container) && <ChangePasswordDialog customer={customers[0]!} open onOpenChange={() => {}} />}
    </PortalCustomerAdminProvider>,
    setContainer,
  );
}

async function renderHost(way: Way, mode: Mode) {
  if (way === "none" || way === "root") {
    // The host's dark switch on <html>; its overrides in a plain `:root` rule.
    document.documentElement.setAttribute("data-theme", mode);
    if (way === "root") hostStylesheet(`:root { --pca-color-text: ${HOST_TEXT}; --pca-color-bg: ${HOST_BG}; }`);
    render(<Host usesContainer={false} wrap={(children) => <main>{children}</main>} />);
  } else if (way === "ancestor") {
    render(
      <Host
        usesContainer
        wrap={(children, setContainer) => (
          <main data-theme={mode}>
            <div style={{ "--pca-color-text": HOST_TEXT, "--pca-color-bg": HOST_BG } as React.CSSProperties}>
              {children}
              <div ref={setContainer} />
            </div>
          </main>
        )}
      />,
    );
  } else {
    hostStylesheet(`[data-theme="acme"] { --pca-color-text: ${HOST_TEXT}; --pca-color-bg: ${HOST_BG}; }`);
    render(
      <Host
        usesContainer
        wrap={(children, setContainer) => (
          <main data-theme={mode}>
            <section data-theme="acme">
              {children}
              <div ref={setContainer} />
            </section>
          </main>
        )}
      />,
    );
  }
  await waitFor(() => expect(screen.getAllByRole("rowheader", { hidden: true })).toHaveLength(3));
  const table = document.querySelector<HTMLElement>(".pca-customer-table")!;
  const dialog = await screen.findByRole("dialog", { name: /Change password/ });
  return { table, dialog };
}

describe.each(["light", "dark"] as const)("theming in %s", (mode) => {
  it("uses the default palette when the host sets nothing", async () => {
    const { table, dialog } = await renderHost("none", mode);
    expect(getComputedStyle(table).color).toBe(DEFAULTS[mode].text);
    expect(getComputedStyle(dialog).color).toBe(DEFAULTS[mode].text);
    expect(getComputedStyle(dialog).backgroundColor).toBe(DEFAULTS[mode].bg);
  });

  it.each([
    ["a :root rule", "root"],
    ["an ancestor's style (dialogs in the provider's portalContainer)", "ancestor"],
    ["a [data-theme] scope (dialogs in the provider's portalContainer)", "scope"],
  ] as const)("--pca-* from %s reaches the table and the open dialog", async (_label, way) => {
    const { table, dialog } = await renderHost(way, mode);
    expect(getComputedStyle(table).color).toBe(HOST_TEXT);
    expect(getComputedStyle(dialog).color).toBe(HOST_TEXT);
    expect(getComputedStyle(dialog).backgroundColor).toBe(HOST_BG);
    // Unset properties keep the library's value for the mode.
    expect(getComputedStyle(dialog.querySelector(".pca-dialog__title") ?? dialog).fontFamily).toContain("system-ui");
  });
});

it("portalContainer: the open dialog renders inside the host's element, not at the end of <body>", async () => {
  const { dialog } = await renderHost("scope", "light");
  expect(dialog.closest('[data-theme="acme"]')).not.toBeNull();
});
