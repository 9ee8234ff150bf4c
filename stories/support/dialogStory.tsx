// Shared by the account dialog stories: a page with an "Open dialog" button, the dialog
// (controlled, open at first) and a polite status line for the success message.
import { useState, type ComponentType } from "react";
import { expect, screen, userEvent, waitFor } from "storybook/test";
import type { CustomerDialogProps, PortalCustomer } from "../../src";

/** Ada, active; Grace, revoked. */
export const ada: PortalCustomer = {
  id: "c-ada", displayName: "Ada Lovelace", email: "ada@example.com", status: "active",
  lastActiveAt: "2026-10-29T12:00:00Z", createdAt: "2025-01-01T00:00:00Z",
};
export const grace: PortalCustomer = {
  id: "c-grace", displayName: "Grace Hopper", email: "grace@example.com", status: "revoked",
  lastActiveAt: null, createdAt: "2025-01-02T00:00:00Z",
};

/** A latency the stories never outlast: the call stays in progress. */
export const NEVER = 2_147_000_000;

/** Renders `Dialog` open, with a button to reopen it after it closes. */
export function DialogStage({ Dialog, customer }: { Dialog: ComponentType<CustomerDialogProps>; customer: PortalCustomer }) {
  const [isOpen, setOpen] = useState(true);
  const [message, setMessage] = useState("");
  return (
    <div style={{ padding: 24, display: "grid", gap: 12, justifyItems: "start" }}>
      <button type="button" onClick={() => setOpen(true)}>
        Open dialog
      </button>
      <p role="status" style={{ margin: 0 }}>
        {message}
      </p>
      <Dialog customer={customer} open={isOpen} onOpenChange={setOpen} onSuccess={(result) => setMessage(result.message)} />
    </div>
  );
}

/** Dialogs are modal: show each story in its own frame on the docs page. */
export const dialogDocs = { docs: { story: { inline: false, iframeHeight: 560 } } };

/** Waits for the dialog (`alertdialog` for Delete) and for its opening animation, so axe sees the final colours. */
export async function dialogReady(name: string, role: "dialog" | "alertdialog" = "dialog"): Promise<HTMLElement> {
  const dialog = await screen.findByRole(role, { name }, { timeout: 5000 });
  await Promise.all(document.getAnimations().map((animation) => animation.finished));
  return dialog;
}

/** Clicks the submit button and checks that it shows progress ("Saving…", "Deleting…", …). */
export async function submitAndExpectProgress(label: string, progress = "Saving…"): Promise<void> {
  await userEvent.click(screen.getByRole("button", { name: label }));
  await waitFor(() => expect(screen.getByRole("button", { name: progress })).toHaveAttribute("aria-busy", "true"));
}

/**
 * Whether the story runs in a frame of a docs page. Dialog stories show there in frames of
 * their own (a modal would cover the page), and those frames share one window: their play
 * functions would take the focus from each other mid-typing. Inline docs stories don't play
 * either, so on the docs page each dialog shows its initial state.
 */
export function isInDocsFrame(): boolean {
  return typeof window !== "undefined" && !!window.frameElement && window.frameElement.id.startsWith("iframe--");
}

/** `play`, except in a docs page's frame (see {@link isInDocsFrame}). */
export function notInDocs<C>(play: (context: C) => Promise<unknown> | unknown): (context: C) => Promise<void> {
  return async (context) => {
    if (!isInDocsFrame()) await play(context);
  };
}
