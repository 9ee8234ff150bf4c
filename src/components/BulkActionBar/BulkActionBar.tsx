import { useEffect, useRef, useState } from "react";
import { exportCustomers } from "../../adapter/export";
import { isAbortError } from "../../adapter/errors";
import { MAX_BULK_CUSTOMERS, type BulkAction, type BulkResult } from "../../adapter/types";
import { useAdapter, useAdminContext } from "../../data/PortalCustomerAdminProvider";
import { permissionDenial } from "../../domain/permissions";
import type { CustomerQuery, PortalCustomer } from "../../domain/types";
import { BulkActionDialog } from "../BulkActionDialog";
import { focusableNear, isFocusLost } from "../_shared/focus";
import { BULK_ACTIONS, BulkActionBarView, type BulkActionDenial } from "./BulkActionBarView";

/** Props of {@link BulkActionBar}. */
export interface BulkActionBarProps {
  /** The selected customers (those known so far, when `selectedIds` names more). */
  selected: readonly PortalCustomer[];
  /**
   * Every selected id, when some are not in `selected` yet (selected on another page, or given
   * by the host, still being looked up): they are counted at once, and the actions wait for them.
   */
  selectedIds?: readonly string[];
  /** `resolving` while customers of `selectedIds` are looked up, `failed` when that failed. Default `ready`. */
  selectionStatus?: "ready" | "resolving" | "failed";
  /** Called with the new selection: all matching, cleared, or the failed and cancelled ones after an action. */
  onSelectedChange: (customers: PortalCustomer[]) => void;
  /** The table's current filter and sort; "Select all N matching" selects from it. */
  query?: CustomerQuery;
  /** How many customers match `query`. */
  matchingTotal?: number;
  /** Called once after an action finished, with what happened to each customer and the customers it ran on. */
  onComplete?: (action: BulkAction, result: BulkResult, customers: readonly PortalCustomer[]) => void;
  /**
   * Where focus goes when the bulk dialog closes and the bar's button that opened it is gone
   * (every selected customer was handled, so the bar left); `preventDefault()` and focus
   * something yourself. Default: the first focusable element after the bar. While that button
   * is still there, focus returns to it.
   */
  onCloseAutoFocus?: (event: Event) => void;
  /** Extra class names. */
  className?: string;
}

/**
 * The connected bulk bar: the actions the viewer may take on the selection (per
 * `canPerform`), "Select all N matching" up to 1,000, and the confirmation, progress and
 * result dialog. After an action, the customers that failed or were not started stay selected.
 * Focus is never dropped: closing the dialog returns it to the button that opened it, and
 * Clear selection (the bar leaves) moves it to the first focusable element after the bar.
 */
export function BulkActionBar({
  selected, selectedIds, selectionStatus = "ready", onSelectedChange, query, matchingTotal, onComplete, onCloseAutoFocus, className,
}: BulkActionBarProps) {
  const adapter = useAdapter();
  const admin = useAdminContext();
  const [action, setAction] = useState<BulkAction | null>(null);
  const [selectAllState, setSelectAllState] = useState<"idle" | "selecting" | "failed">("idle");
  const selecting = useRef<AbortController | null>(null);
  // The dialog works on the selection as it was when the admin confirmed, not as it changes after.
  const [snapshot, setSnapshot] = useState<readonly PortalCustomer[]>([]);
  // A "select all matching" still loading when the bar goes away is of no use to anyone.
  useEffect(() => () => selecting.current?.abort(), []);
  // Stays where the bar is (it renders nothing itself) to find where focus goes once the bar left.
  const anchorRef = useRef<HTMLSpanElement>(null);
  const isClearPending = useRef(false);
  useEffect(() => {
    if (!isClearPending.current || selected.length > 0) return;
    isClearPending.current = false;
    const anchor = anchorRef.current;
    if (anchor && isFocusLost()) focusableNear(anchor)?.focus();
  }, [selected.length]);
  const openerOf = (which: BulkAction) => {
    const bar = anchorRef.current?.nextElementSibling;
    return bar?.classList.contains("pca-bulk-bar") ? bar.querySelector<HTMLElement>(`[data-bulk-action="${which}"]`) : null;
  };

  // Revoke needs an active customer in the selection and Grant a revoked one; otherwise every call would fail.
  const hasStatus = (status: PortalCustomer["status"]) => selected.some((c) => c.status === status);
  const denials = Object.fromEntries(
    BULK_ACTIONS.map((a) => {
      if (admin.status === "error") return [a, "context-error"];
      if (admin.status !== "ready") return [a, "loading"];
      if (selectionStatus === "failed") return [a, "selection-error"];
      // Until every selected customer is known, the statuses (and the names for the summary) are not.
      if (selectionStatus === "resolving" || (selectedIds && selectedIds.length > selected.length)) return [a, "loading"];
      const denial = permissionDenial(admin.context, a);
      if (denial) return [a, denial];
      if (a === "revokeAccess" && !hasStatus("active")) return [a, "status"];
      if (a === "grantAccess" && !hasStatus("revoked")) return [a, "status"];
      return [a, null];
    }),
  ) as Record<BulkAction, BulkActionDenial>;

  async function selectAllMatching() {
    selecting.current?.abort();
    const controller = new AbortController();
    selecting.current = controller;
    setSelectAllState("selecting");
    const picked: PortalCustomer[] = [];
    try {
      for await (const batch of exportCustomers(adapter, query ?? {}, { signal: controller.signal })) {
        picked.push(...batch.customers.slice(0, MAX_BULK_CUSTOMERS - picked.length));
        if (picked.length >= MAX_BULK_CUSTOMERS) break;
      }
      onSelectedChange(picked);
      setSelectAllState("idle");
    } catch (error) {
      if (!isAbortError(error)) setSelectAllState("failed");
    }
  }

  return (
    <>
      <span ref={anchorRef} hidden data-pca-bulk-anchor="" />
      <BulkActionBarView
        className={className}
        selectedCount={selectedIds?.length ?? selected.length}
        denials={denials}
        matchingTotal={matchingTotal}
        onSelectAllMatching={query ? () => void selectAllMatching() : undefined}
        selectAllState={selectAllState}
        onClearSelection={() => {
          isClearPending.current = true;
          selecting.current?.abort();
          setSelectAllState("idle");
          onSelectedChange([]);
        }}
        onAction={(next) => {
          setSnapshot(selected.slice(0, MAX_BULK_CUSTOMERS));
          setAction(next);
        }}
      />
      {action && (
        <BulkActionDialog
          key={action}
          action={action}
          customers={snapshot}
          open
          onOpenChange={(isOpen) => !isOpen && setAction(null)}
          onCloseAutoFocus={(event) => {
            const opener = openerOf(action);
            if (opener) {
              event.preventDefault();
              opener.focus();
              return;
            }
            onCloseAutoFocus?.(event);
            if (event.defaultPrevented) return;
            event.preventDefault();
            const anchor = anchorRef.current;
            if (anchor) focusableNear(anchor)?.focus();
          }}
          onComplete={(result) => {
            const keep = new Set([...result.failed.map((f) => f.customerId), ...result.cancelled]);
            onSelectedChange(snapshot.filter((c) => keep.has(c.id)));
            onComplete?.(action, result, snapshot);
          }}
        />
      )}
    </>
  );
}
