import { configure, render, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import { AdapterError } from "../../src/adapter/errors";
import { PortalCustomersPage } from "../../src/components/PortalCustomersPage";
import { PortalCustomerAdminProvider } from "../../src/data/PortalCustomerAdminProvider";
import type { PortalCustomer } from "../../src/domain/types";
import { defaultMessages } from "../../src/i18n/messages";
import { messages as german } from "../../src/locales/de";
import { createMemoryAdapter } from "../../src/testing";
import "../../src/styles.css";

configure({ asyncUtilTimeout: 4000 });

// The done-when check of issue 16: a German admin changes a password (the server refuses the
// first one with a validation code), revokes access for two customers at once and exports the
// list, in Chromium over the memory adapter, and no English string of the catalogue shows.

const NAMES = ["Anna Schmidt", "Jonas Weber", "Lea Fischer", "Lukas Wagner", "Mia Becker", "Paul Hoffmann"];
const customers: PortalCustomer[] = Array.from({ length: 30 }, (_, i) => ({
  id: `c-${i}`,
  displayName: `${NAMES[i % NAMES.length]} ${String(i + 1).padStart(2, "0")}`,
  email: `kunde${i + 1}@beispiel.de`,
  status: "active",
  lastActiveAt: i % 4 === 0 ? null : new Date(Date.UTC(2026, 9, 1 + i)).toISOString(),
  createdAt: "2025-01-01T00:00:00Z",
}));

/** Every literal piece of English text in the catalogue (placeholders and ICU syntax removed) that German does not share. */
function englishFragments(): string[] {
  const germanText = Object.values(german).join("\n");
  const fragments = new Set<string>();
  for (const template of Object.values(defaultMessages)) {
    for (const raw of template.split(/[{}#]/)) {
      const text = raw.trim();
      if (/^\w+(, *(plural|select|selectordinal|number)(,.*)?)?$/.test(text)) continue; // an argument
      if (/^(=\d+|zero|one|two|few|many|other)$/.test(text)) continue; // a plural case
      if (text.length < 4 || !/\p{L}{3}/u.test(text) || germanText.includes(text)) continue;
      fragments.add(text);
    }
  }
  return [...fragments];
}
const ENGLISH = englishFragments();

/** What a person sees or hears: text nodes (visually hidden ones too) and the labels assistive tech reads. */
function shownText(): string {
  const parts: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest("script, style")) parts.push(node.textContent ?? "");
  }
  for (const element of document.body.querySelectorAll("*")) {
    for (const name of ["aria-label", "title", "placeholder", "aria-valuetext", "alt", "aria-roledescription"]) {
      const value = element.getAttribute(name);
      if (value) parts.push(value);
    }
  }
  return parts.join("\n");
}

function expectNoEnglish(step: string) {
  const text = shownText();
  expect(ENGLISH.filter((fragment) => text.includes(fragment)), `English shown after ${step}`).toEqual([]);
}

describe("German admin, end to end over the memory adapter", () => {
  it("shows no English through change password (with a server validation code), bulk revoke and export", async () => {
    expect(ENGLISH.length).toBeGreaterThan(200); // the scan has something to look for
    await page.viewport(1200, 900);
    let refusals = 0;
    const adapter = createMemoryAdapter({
      customers,
      fail: (method) => {
        if (method !== "changePassword" || refusals++ > 0) return undefined;
        // A stricter server policy than the client's: English for logs, a code for the UI.
        return new AdapterError("validation", "Use at least 12 characters.", {
          status: 422,
          fieldErrors: { newPassword: "Use at least 12 characters." },
          fieldErrorCodes: { newPassword: { code: "too_short", params: { min: 12 } } },
        });
      },
    });
    render(
      <main>
        <PortalCustomerAdminProvider adapter={adapter} locale="de" messages={german}>
          <PortalCustomersPage />
        </PortalCustomerAdminProvider>
      </main>,
    );
    await waitFor(() => expect(screen.getAllByRole("rowheader")).toHaveLength(25));
    expect(screen.getByText("1–25 von 30")).toBeVisible();
    expectNoEnglish("loading the page");

    // Change password: the server refuses with a code; the field says it in German.
    const first = screen.getAllByRole("row")[1]!;
    const name = within(first).getByRole("rowheader").textContent!;
    await userEvent.click(within(first).getByRole("button", { name: `Weitere Optionen für ${name}` }));
    expectNoEnglish("opening the menu");
    await userEvent.click(await screen.findByRole("menuitem", { name: "Passwort ändern" }));
    const dialog = await screen.findByRole("dialog", { name: "Passwort ändern" });
    await userEvent.click(within(dialog).getByRole("button", { name: "Passwort speichern" }));
    await within(dialog).findByText("Geben Sie ein neues Passwort ein.");
    expectNoEnglish("submitting an empty form");
    await userEvent.type(within(dialog).getByLabelText("Neues Passwort"), "Sonne-42-Mond");
    await userEvent.type(within(dialog).getByLabelText("Passwort bestätigen"), "Sonne-42-Mond");
    await userEvent.click(within(dialog).getByRole("button", { name: "Passwort speichern" }));
    await within(dialog).findByText("Verwenden Sie mindestens 12 Zeichen.");
    expect(within(dialog).getByRole("alert")).toHaveTextContent("Einige Angaben sind ungültig.");
    expect(within(dialog).getByLabelText("Neues Passwort")).toHaveAccessibleDescription(/Passwortanforderungen|Verwenden Sie mindestens 12 Zeichen/);
    expectNoEnglish("the server's validation error");
    await userEvent.click(within(dialog).getByRole("button", { name: "Passwort speichern" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    await screen.findByText(`Das Passwort für ${name} wurde geändert.`);
    expectNoEnglish("changing the password");

    // Bulk revoke for two customers.
    const rows = screen.getAllByRole("row").slice(1, 3);
    const picked = rows.map((row) => within(row).getByRole("rowheader").textContent!);
    for (const row of rows) {
      const rowName = within(row).getByRole("rowheader").textContent!;
      await userEvent.click(within(row).getByRole("checkbox", { name: `${rowName} auswählen` }));
    }
    const bar = await screen.findByRole("region", { name: "Massenaktionen" });
    expect(bar).toHaveTextContent("2 Kunden ausgewählt");
    expectNoEnglish("selecting two customers");
    await userEvent.click(within(bar).getByRole("button", { name: "Zugriff entziehen" }));
    const confirm = await screen.findByRole("dialog", { name: "Zugriff für 2 Kunden entziehen?" });
    expect(confirm).toHaveTextContent(`${picked[0]} und ${picked[1]}`); // Intl.ListFormat in German
    expectNoEnglish("the bulk confirmation");
    await userEvent.click(within(confirm).getByRole("button", { name: "Zugriff entziehen" }));
    await within(confirm).findByText("Zugriff für 2 Kunden entzogen.");
    expectNoEnglish("the bulk summary");
    await userEvent.click(within(confirm).getAllByRole("button", { name: "Schließen" }).at(-1)!);
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(adapter.snapshot().filter((c) => c.status === "revoked")).toHaveLength(2);

    // Export every customer.
    await userEvent.click(screen.getByRole("button", { name: "Kunden exportieren" }));
    await screen.findByText("30 Kunden exportiert.");
    expectNoEnglish("the export");
  });
});
