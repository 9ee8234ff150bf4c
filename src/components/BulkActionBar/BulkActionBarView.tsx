import { useEffect, useId, useRef } from "react";
import type { BulkAction } from "../../adapter/types";
import { MAX_BULK_CUSTOMERS } from "../../adapter/types";
import { useMessages } from "../../i18n/I18nContext";
import type { PermissionDenial } from "../../domain/permissions";
import { isFocusLost } from "../_shared/focus";
import { visuallyHidden } from "../_shared/visuallyHidden";
import { formatNumber } from "../../i18n/format";

/** The bulk actions in the order the bar shows them. */
export const BULK_ACTIONS: readonly BulkAction[] = ["revokeAccess", "grantAccess", "migrate", "delete"];

/**
 * Why a bulk action is unavailable: a permission denial, `status` when no selected customer
 * is in a state it applies to, `loading` while the admin context loads, or `context-error`
 * when the admin context could not be loaded, `selection-error` when selected customers could not be looked up.
 */
export type BulkActionDenial = PermissionDenial | "loading" | "context-error" | "selection-error";

/** Props of {@link BulkActionBarView}. */
export interface BulkActionBarViewProps {
  /** How many customers are selected. */
  selectedCount: number;
  /**
   * Why each action is unavailable (`null` or missing when available; `loading` while the admin
   * context loads, `context-error` when it could not be loaded).
   */
  denials?: Partial<Record<BulkAction, BulkActionDenial | null>>;
  /** Called when the admin picks an action. */
  onAction: (action: BulkAction) => void;
  /** Called by "Clear selection". */
  onClearSelection: () => void;
  /** How many customers match the current filter; with `onSelectAllMatching`, offers "Select all N matching". */
  matchingTotal?: number;
  /** Selects every matching customer, up to 1,000. */
  onSelectAllMatching?: () => void;
  /** `selecting` while the matching customers are being fetched; `failed` when that failed. */
  selectAllState?: "idle" | "selecting" | "failed";
  /** Extra class names. */
  className?: string;
}

/**
 * The bar shown while customers are selected (the table puts it after the rows, sticky at the
 * bottom of the viewport): the count, Revoke access, Grant
 * access, Migrate and Delete (disabled with the reason when the viewer may not), "Select all
 * N matching" (capped at 1,000 with a message), and Clear selection. The count is announced
 * through a visually hidden polite status that is there even with nothing selected (so the
 * first selection is heard); it renders only that status without a selection. When "Select all N
 * matching" has done its work and disappears, focus moves to the count ("1,000 customers
 * selected"). Each action button carries `data-bulk-action`.
 */
export function BulkActionBarView({
  selectedCount, denials = {}, onAction, onClearSelection, matchingTotal, onSelectAllMatching,
  selectAllState = "idle", className,
}: BulkActionBarViewProps) {
  const { t, locale, dir } = useMessages();
  const id = useId();
  const countRef = useRef<HTMLParagraphElement>(null);
  // Set when "Select all N matching" is pressed: once it is gone, focus goes to the count.
  const isSelectAllPending = useRef(false);
  useEffect(() => {
    if (!isSelectAllPending.current || selectAllState === "selecting") return;
    isSelectAllPending.current = false;
    if (isFocusLost() && countRef.current) countRef.current.focus();
  });
  const denialText = (denial: BulkActionDenial, action: BulkAction) => {
    if (denial === "loading") return t("loading");
    if (denial === "context-error") return t("actionsMenu.denial.context-error");
    if (denial === "selection-error") return t("bulk.denial.selection-error");
    if (denial === "status") return t(`bulk.denial.status.${action}`);
    return t(`denial.${denial}`);
  };
  // Always in the DOM (also with nothing selected): a live region created together with its text
  // is often not read, and the first "1 customer selected" would go unheard.
  const live = (
    <span role="status" aria-live="polite" aria-atomic="true" data-announcement="selection" style={visuallyHidden}>
      {selectedCount > 0 ? t("bulk.bar.selected", { count: selectedCount }) : ""}
    </span>
  );
  if (selectedCount === 0) return live;
  const target = matchingTotal === undefined ? 0 : Math.min(matchingTotal, MAX_BULK_CUSTOMERS);
  const isAllSelected = matchingTotal !== undefined && selectedCount >= target;
  const isCapped = matchingTotal !== undefined && matchingTotal > MAX_BULK_CUSTOMERS;
  const max = formatNumber(MAX_BULK_CUSTOMERS, locale);
  return (
    <>
    {live}
    <div role="region" aria-label={t("bulk.bar.label")} className={className ? `pca-root pca-bulk-bar ${className}` : "pca-root pca-bulk-bar"} dir={dir} lang={locale}>
      <p ref={countRef} className="pca-bulk-bar__count" tabIndex={-1}>{t("bulk.bar.selected", { count: selectedCount })}</p>
      <div className="pca-bulk-bar__actions">
        {BULK_ACTIONS.map((action) => {
          const denial = denials[action] ?? null;
          const reasonId = `${id}-${action}-reason`;
          return (
            <span key={action} className="pca-bulk-bar__action">
              <button
                type="button"
                className="pca-button"
                data-bulk-action={action}
                data-variant={action === "delete" ? "danger" : "default"}
                aria-disabled={denial ? true : undefined}
                aria-describedby={denial ? reasonId : undefined}
                onClick={() => !denial && onAction(action)}
              >
                {t(`bulk.action.${action}`)}
              </button>
              {denial && (
                <span id={reasonId} style={visuallyHidden}>
                  {denialText(denial, action)}
                </span>
              )}
            </span>
          );
        })}
      </div>
      <div className="pca-bulk-bar__selection">
        {onSelectAllMatching && matchingTotal !== undefined && !isAllSelected && (
          <button
            type="button"
            className="pca-link-button"
            // aria-disabled, not disabled: a disabled button drops focus to <body>.
            aria-disabled={selectAllState === "selecting" || undefined}
            onClick={() => {
              if (selectAllState === "selecting") return;
              isSelectAllPending.current = true;
              onSelectAllMatching();
            }}
          >
            {selectAllState === "selecting"
              ? t("bulk.bar.selectingAll")
              : t(isCapped ? "bulk.bar.selectFirstMatching" : "bulk.bar.selectAllMatching", { count: target })}
          </button>
        )}
        {isAllSelected && !isCapped && matchingTotal !== undefined && matchingTotal > 0 && (
          <span>{t("bulk.bar.allMatchingSelected", { count: matchingTotal })}</span>
        )}
        {isCapped && <span className="pca-bulk-bar__cap">{t("bulk.bar.cap", { max })}</span>}
        {selectAllState === "failed" && <span role="alert">{t("bulk.bar.selectAllError")}</span>}
        <button type="button" className="pca-link-button" onClick={onClearSelection}>
          {t("bulk.bar.clear")}
        </button>
      </div>
    </div>
    </>
  );
}
