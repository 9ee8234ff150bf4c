import * as Dialog from "@radix-ui/react-dialog";
import { useControllableState } from "@radix-ui/react-use-controllable-state";
import { useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { useForm, useWatch, type Resolver } from "react-hook-form";
import type { BulkAction, BulkProgress, BulkResult } from "../../adapter/types";
import { useMessages } from "../../i18n/I18nContext";
import type { PortalCustomer } from "../../domain/types";
import { errorMessageKey, errorMessageValues } from "../_shared/errorMessage";
import { DialogAlert, DialogFooter, DialogShell } from "../_dialog/DialogShell";
import { DialogField } from "../_dialog/DialogField";
import type { OpenStateProps } from "../_dialog/types";
import { formatNameList, formatNumber } from "../../i18n/format";

/** The dialog's phase, exposed as `data-phase`: asking, running with progress, or showing the result. */
export type BulkDialogPhase = "confirm" | "running" | "done";

/** Props of {@link BulkActionDialogView}. */
export interface BulkActionDialogViewProps extends OpenStateProps {
  /** The action to run. */
  action: BulkAction;
  /** The selected customers it applies to (names are shown for failures). */
  customers: readonly PortalCustomer[];
  /**
   * Runs the action. Report progress through `onProgress`; stop starting new customers when
   * `signal` aborts. Resolve with what happened to each customer; reject only when nothing ran.
   */
  onRun: (options: { signal: AbortSignal; onProgress: (progress: BulkProgress) => void }) => Promise<BulkResult>;
  /** Called with the result once the action has finished (before the summary is shown). */
  onComplete?: (result: BulkResult) => void;
  /** See `CustomerDialogBaseProps.onCloseAutoFocus`: where focus goes when the dialog closes. */
  onCloseAutoFocus?: (event: Event) => void;
  /** Extra class names for the panel. */
  className?: string;
}

const IRREVERSIBLE: ReadonlySet<BulkAction> = new Set(["delete", "migrate"]);

/**
 * The confirmation, progress and result of one bulk action, as a modal dialog.
 * Delete asks the admin to type the number of customers; migrate and delete say they can't be
 * undone. While running it shows a progress bar and a Stop button that cancels what has not
 * started; the result lists every customer that failed with the reason.
 */
export function BulkActionDialogView(props: BulkActionDialogViewProps) {
  const { action, customers, onRun, onComplete, onCloseAutoFocus, className } = props;
  const { t, locale } = useMessages();
  const [open, setOpenState] = useControllableState({ prop: props.open, defaultProp: props.defaultOpen ?? false, onChange: props.onOpenChange });
  const [phase, setPhase] = useState<BulkDialogPhase>("confirm");
  const count = customers.length;
  const needsTypedCount = action === "delete";
  // A wrong number submitted (Enter) says what is wrong; once shown, the message follows the typing.
  const resolver: Resolver<{ typedCount: string }> = (values) => {
    const none: Record<string, never> = {};
    if (!needsTypedCount || values.typedCount.trim() === String(count)) return { values, errors: none };
    return { values: {}, errors: { typedCount: { type: "mismatch", message: t("bulk.confirmCount.mismatch", { count: String(count) }) } } };
  };
  const form = useForm<{ typedCount: string }>({ defaultValues: { typedCount: "" }, mode: "onSubmit", reValidateMode: "onChange", resolver });
  const typed = useWatch({ control: form.control, name: "typedCount" }) ?? "";
  const [error, setError] = useState<unknown>(null);
  const [progress, setProgress] = useState<BulkProgress>({ done: 0, total: customers.length, failed: 0 });
  const [result, setResult] = useState<BulkResult | null>(null);
  const [isStopping, setIsStopping] = useState(false);
  const controller = useRef<AbortController | null>(null);
  const isConfirmed = !needsTypedCount || typed.trim() === String(count);
  const number = (n: number) => formatNumber(n, locale);

  const setOpen = (next: boolean) => {
    if (!next && phase === "running") return; // only Stop ends a running action
    setOpenState(next);
    if (!next) {
      setPhase("confirm");
      form.reset();
      setError(null);
      setResult(null);
      setIsStopping(false);
    }
  };

  async function start() {
    if (phase !== "confirm" || !isConfirmed || count === 0) return;
    const abort = new AbortController();
    controller.current = abort;
    setError(null);
    setProgress({ done: 0, total: count, failed: 0 });
    setPhase("running");
    try {
      const outcome = await onRun({ signal: abort.signal, onProgress: setProgress });
      setResult(outcome);
      setPhase("done");
      onComplete?.(outcome);
    } catch (caught) {
      setError(caught);
      setPhase("confirm");
    } finally {
      controller.current = null;
      setIsStopping(false);
    }
  }

  const stop = () => {
    setIsStopping(true);
    controller.current?.abort();
  };

  const names = new Map(customers.map((c) => [c.id, c]));
  let body: ReactNode;
  if (phase === "done" && result) {
    body = (
      <div className="pca-bulk-dialog__summary">
        <p role="status">{t(`bulk.done.${action}`, { count: result.succeeded.length })}</p>
        {result.failed.length > 0 && (
          <div role="alert">
            <p className="pca-dialog__list-heading">{t("bulk.failedCount", { count: result.failed.length })}</p>
            <ul className="pca-dialog__list pca-bulk-dialog__failures">
              {result.failed.map(({ customerId, error: reason }) => {
                const customer = names.get(customerId);
                return (
                  <li key={customerId}>
                    <span className="pca-bulk-dialog__failed-name">{customer ? `${customer.displayName} (${customer.email})` : customerId}</span>
                    {": "}
                    {t(reason.kind === "conflict" ? `bulk.conflict.${action}` : errorMessageKey(reason), errorMessageValues(reason))}
                  </li>
                );
              })}
            </ul>
          </div>
        )}
        {result.cancelled.length > 0 && <p>{t("bulk.cancelledCount", { count: result.cancelled.length })}</p>}
      </div>
    );
  } else if (phase === "running") {
    const label = t(`bulk.running.${action}`);
    body = (
      <div className="pca-bulk-dialog__progress">
        <progress className="pca-progress" aria-label={label} value={progress.done} max={Math.max(progress.total, 1)} />
        <p aria-live="polite">{t("bulk.running.progress", { done: number(progress.done), total: number(progress.total) })}</p>
      </div>
    );
  } else {
    body = (
      <>
        {error !== null && <DialogAlert error={error} />}
        {needsTypedCount && (
          <DialogField
            form={form}
            name="typedCount"
            label={t("bulk.confirmCount.label", { count: String(count) })}
            inputProps={{ inputMode: "numeric", autoComplete: "off" }}
          />
        )}
      </>
    );
  }

  const submit = () => void form.handleSubmit(() => start())();
  // With a disabled submit button the browser ignores Enter in the field: validate anyway, so the
  // admin hears what is wrong instead of nothing happening.
  const handleKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== "Enter" || phase !== "confirm" || isConfirmed || !(event.target instanceof HTMLInputElement)) return;
    event.preventDefault();
    submit();
  };

  const tone = IRREVERSIBLE.has(action) ? "danger" : "default";
  return (
    <DialogShell
      open={open}
      onOpenChange={setOpen}
      name={`bulk-${action}`}
      tone={tone}
      // Deleting is irreversible and destroys data: an alert dialog, like the single Delete.
      role={action === "delete" ? "alertdialog" : "dialog"}
      className={className ? `pca-bulk-dialog ${className}` : "pca-bulk-dialog"}
      panelProps={{ "data-phase": phase }}
      isDismissBlocked={phase === "running"}
      onCloseAutoFocus={onCloseAutoFocus}
      initialFocus={(panel) => panel.querySelector<HTMLElement>(needsTypedCount ? "input" : '[data-dialog-action="cancel"]')}
      // A question only while it asks: "Deleting customers" while it runs, a summary after.
      title={phase === "done" ? t("bulk.summaryTitle") : phase === "running" ? t(`bulk.running.${action}`) : t(`bulk.title.${action}`, { count })}
      description={
        phase === "confirm" && (
          <>
            <p className="pca-bulk-dialog__names">
              {formatNameList(customers.map((c) => c.displayName), locale, { max: 3, others: (n) => t("bulk.others", { count: n }) })}
            </p>
            {IRREVERSIBLE.has(action) && <p className="pca-dialog__callout">{t("bulk.irreversible")}</p>}
            <p>{t(`bulk.description.${action}`)}</p>
          </>
        )
      }
    >
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- Enter bubbling up from the form's own input (implicit submission), not a new interaction */}
      <form
        className="pca-dialog__form"
        noValidate
        data-phase={phase}
        aria-busy={phase === "running" || undefined}
        onSubmit={(event) => void form.handleSubmit(() => start())(event)}
        onKeyDown={handleKeyDown}
      >
        {body}
        {phase === "confirm" && (
          <DialogFooter
            submitLabel={t(`bulk.submit.${action}`, { count })}
            tone={tone}
            isSubmitDisabled={!isConfirmed || count === 0}
            submitDisabledReason={needsTypedCount && !isConfirmed ? t("bulk.confirmCount.disabledReason", { count: String(count) }) : undefined}
          />
        )}
        {phase === "running" && (
          <div className="pca-dialog__footer">
            <button type="button" className="pca-dialog__button" data-variant="subtle" onClick={stop} disabled={isStopping}>
              {isStopping ? t("bulk.stopping") : t("bulk.stop")}
            </button>
          </div>
        )}
        {phase === "done" && (
          <div className="pca-dialog__footer">
            <Dialog.Close asChild>
              <button type="button" className="pca-dialog__button" data-variant="primary">
                {t("bulk.done.close")}
              </button>
            </Dialog.Close>
          </div>
        )}
      </form>
    </DialogShell>
  );
}
