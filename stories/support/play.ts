// Play-function steps shared by the table, page and task stories. They act like a user:
// roles, accessible names, real clicks and typing. Menus and dialogs render in portals on
// document.body, so they are looked up there, not in the story's canvas.
import { expect, userEvent, waitFor, within } from "storybook/test";

type Canvas = { canvasElement: HTMLElement };

/** The whole document of the story (portals included). */
export function page(canvasElement: HTMLElement) {
  return within(canvasElement.ownerDocument.body);
}

/** Waits for the animations running now (dialog and menu entrances), so checks and axe see final colours. */
export async function animationsDone(canvasElement: HTMLElement): Promise<void> {
  await Promise.all(canvasElement.ownerDocument.getAnimations().map((animation) => animation.finished.catch(() => undefined)));
}

/** Waits for the first rows, so checks (axe included) look at the loaded table. */
export async function rowsLoaded({ canvasElement }: Canvas): Promise<void> {
  await within(canvasElement).findAllByRole("rowheader", {}, { timeout: 5000 });
}

/** The table row of the customer called `name`. */
export async function findRow(canvasElement: HTMLElement, name: string): Promise<HTMLElement> {
  const header = await within(canvasElement).findByRole("rowheader", { name }, { timeout: 5000 });
  return header.closest("tr") as HTMLElement;
}

/**
 * Opens the ••• menu of `name`'s row and waits until the admin context decided which
 * items are enabled (until then every item is aria-disabled, "Checking your permissions…").
 */
export async function openRowMenu(canvasElement: HTMLElement, name: string) {
  const trigger = await within(canvasElement).findByRole("button", { name: `More options for ${name}` }, { timeout: 5000 });
  await userEvent.click(trigger);
  const menu = await page(canvasElement).findByRole("menu");
  await waitFor(() => expect(menu).not.toHaveTextContent("Checking your permissions…"), { timeout: 5000 });
  await animationsDone(canvasElement);
  return within(menu);
}

/** Chooses `action` in `name`'s row menu and returns the dialog it opens, once its entrance finished. */
export async function startAction(canvasElement: HTMLElement, name: string, action: string, dialogName: string) {
  const menu = await openRowMenu(canvasElement, name);
  const item = menu.getByRole("menuitem", { name: action });
  await expect(item).not.toHaveAttribute("aria-disabled");
  await userEvent.click(item);
  const dialog = await page(canvasElement).findByRole(action === "Delete account" ? "alertdialog" : "dialog", { name: dialogName }, { timeout: 5000 });
  await animationsDone(canvasElement);
  return within(dialog);
}

/** Waits until no dialog is open (it closed after a success, or was cancelled). */
export async function dialogClosed(canvasElement: HTMLElement): Promise<void> {
  await waitFor(() => {
    expect(page(canvasElement).queryByRole("dialog")).toBeNull();
    expect(page(canvasElement).queryByRole("alertdialog")).toBeNull();
  }, { timeout: 5000 });
}

/**
 * Waits for the table's polite announcement (the success message after an action) in any of the
 * page's status regions (the success status, the results and selection announcements, a host's own).
 */
export async function announced(canvasElement: HTMLElement, text: string): Promise<void> {
  await waitFor(
    () => expect(within(canvasElement).getAllByRole("status").map((s) => s.textContent ?? "").some((t) => t.includes(text)), `announced "${text}"`).toBe(true),
    { timeout: 5000 },
  );
}

/** Types into the table's filter box and waits for the filtered result to show. */
export async function filterBy(canvasElement: HTMLElement, text: string): Promise<void> {
  const canvas = within(canvasElement);
  await userEvent.type(await canvas.findByRole("searchbox", { name: "Filter by name or email" }), text);
}
