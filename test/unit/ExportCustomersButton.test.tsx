import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import {
  AdapterError, createAbortError, ExportCustomersButton, ExportCustomersButtonView, PortalCustomerAdminProvider,
} from "../../src";
import { failOnConsole, pendingListAdapter } from "./support/dialogs";

failOnConsole();

describe("ExportCustomersButtonView", () => {
  it("shows progress while exporting, then how many were exported", async () => {
    let finish!: (count: number) => void;
    const onExport = vi.fn(({ onProgress }) => {
      onProgress({ done: 100, total: 250 });
      return new Promise<number>((resolve) => (finish = resolve));
    });
    render(<ExportCustomersButtonView onExport={onExport} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Export customers" }));
    expect(await screen.findByText("Exporting 100 of 250…")).toBeInTheDocument();
    expect(screen.getByRole("progressbar", { name: "Export progress" })).toHaveAttribute("value", "100");
    finish(250);
    expect(await screen.findByRole("status")).toHaveTextContent("Exported 250 customers.");
    expect(onExport).toHaveBeenCalledTimes(1);
  });

  it("Cancel aborts the export", async () => {
    const onExport = vi.fn(({ signal }: { signal: AbortSignal }) =>
      new Promise<number>((_, reject) => signal.addEventListener("abort", () => reject(createAbortError()))));
    render(<ExportCustomersButtonView onExport={onExport} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Export customers" }));
    await user.click(await screen.findByRole("button", { name: "Cancel export" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Export cancelled.");
  });

  it("a failure says why and offers Retry", async () => {
    const onExport = vi.fn().mockRejectedValueOnce(new AdapterError("rate-limited", "slow down")).mockResolvedValueOnce(3);
    render(<ExportCustomersButtonView onExport={onExport} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Export customers" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("The export failed. Too many requests.");
    await user.click(screen.getByRole("button", { name: "Retry" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Exported 3 customers.");
  });
});

describe("ExportCustomersButton (connected)", () => {
  it("aborts a running export when it unmounts, and downloads nothing", async () => {
    const { adapter, signals, resolveNext } = pendingListAdapter();
    const createObjectURL = vi.fn(() => "blob:x");
    vi.stubGlobal("URL", Object.assign(URL, { createObjectURL, revokeObjectURL: () => {} }));
    const { unmount } = render(
      <PortalCustomerAdminProvider adapter={adapter} locale="en-US">
        <ExportCustomersButton />
      </PortalCustomerAdminProvider>,
    );
    await userEvent.setup().click(screen.getByRole("button", { name: "Export customers" }));
    await waitFor(() => expect(signals).toHaveLength(1));
    unmount();
    expect(signals[0]!.aborted).toBe(true);
    resolveNext(); // a page that arrives after the unmount must not lead to a download
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(signals).toHaveLength(1);
    expect(createObjectURL).not.toHaveBeenCalled();
    vi.unstubAllGlobals();
  });
});

describe("ExportCustomersButton focus and availability", () => {
  it("moves focus to Cancel export when Export turns into the progress bar, and back to Export when it ends", async () => {
    let finish!: (count: number) => void;
    const onExport = vi.fn(() => new Promise<number>((resolve) => (finish = resolve)));
    render(<ExportCustomersButtonView onExport={onExport} />);
    const user = userEvent.setup();
    expect(document.body).toHaveFocus(); // nothing is focused on mount
    await user.click(screen.getByRole("button", { name: "Export customers" }));
    await waitFor(() => expect(screen.getByRole("button", { name: "Cancel export" })).toHaveFocus());
    finish(3);
    await waitFor(() => expect(screen.getByRole("button", { name: "Export customers" })).toHaveFocus());
    expect(screen.getByRole("status")).toHaveTextContent("Exported 3 customers.");
  });

  it("after Cancel export, focus is back on Export customers", async () => {
    const onExport = vi.fn(({ signal }: { signal: AbortSignal }) =>
      new Promise<number>((_, reject) => signal.addEventListener("abort", () => reject(createAbortError()))));
    render(<ExportCustomersButtonView onExport={onExport} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Export customers" }));
    await user.click(await screen.findByRole("button", { name: "Cancel export" }));
    await waitFor(() => expect(screen.getByRole("button", { name: "Export customers" })).toHaveFocus());
  });

  it("does not take focus from elsewhere when an export ends", async () => {
    let finish!: (count: number) => void;
    const onExport = vi.fn(() => new Promise<number>((resolve) => (finish = resolve)));
    render(<><ExportCustomersButtonView onExport={onExport} /><input aria-label="Elsewhere" /></>);
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Export customers" }));
    await user.click(screen.getByLabelText("Elsewhere"));
    finish(1);
    expect(await screen.findByRole("status")).toHaveTextContent("Exported 1 customer.");
    expect(screen.getByLabelText("Elsewhere")).toHaveFocus();
  });

  it("with nothing matching, Export stays focusable, says why and does nothing", async () => {
    const { adapter, signals } = pendingListAdapter();
    render(
      <PortalCustomerAdminProvider adapter={adapter}>
        <ExportCustomersButton matchingTotal={0} />
      </PortalCustomerAdminProvider>,
    );
    const user = userEvent.setup();
    const button = screen.getByRole("button", { name: "Export customers" });
    expect(button).toHaveAttribute("aria-disabled", "true");
    expect(button).toHaveAccessibleDescription("No customers match, so there's nothing to export.");
    await user.tab();
    expect(button).toHaveFocus();
    await user.click(button);
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
    expect(signals).toHaveLength(0); // no page was asked for
  });
});
