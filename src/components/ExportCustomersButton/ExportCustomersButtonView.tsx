import { useEffect, useId, useRef, useState } from "react";
import { isAbortError } from "../../adapter/errors";
import type { ExportBatch } from "../../adapter/export";
import { useMessages } from "../../i18n/I18nContext";
import { errorMessageKey, errorMessageValues } from "../_shared/errorMessage";
import { visuallyHidden } from "../_shared/visuallyHidden";
import { formatNumber } from "../../i18n/format";

/** The export's state, exposed as `data-status`. */
export type ExportState = "idle" | "running" | "done" | "cancelled" | "failed";

/** Props of {@link ExportCustomersButtonView}. */
export interface ExportCustomersButtonViewProps {
  /**
   * Runs the export: report progress, stop with an AbortError when `signal` aborts, resolve with
   * how many customers were exported (after the file was handed to the browser).
   */
  onExport: (options: { signal: AbortSignal; onProgress: (progress: Pick<ExportBatch, "done" | "total">) => void }) => Promise<number>;
  /** Whether the button is unavailable (e.g. while the list has not loaded). */
  isDisabled?: boolean;
  /**
   * Why the button is unavailable (e.g. nothing matches). With it, the button stays focusable
   * (`aria-disabled`) and is described by the reason; without it, it is plainly `disabled`.
   */
  disabledReason?: string;
  /** Extra class names. */
  className?: string;
}

/**
 * "Export customers": a button that runs the export with a progress bar and a Cancel
 * button, then says how many customers were exported, or what went wrong with a Retry.
 * Focus follows the control that replaces the pressed one: Export → Cancel export, and back
 * to Export (or Retry) when the export ends.
 */
export function ExportCustomersButtonView({ onExport, isDisabled = false, disabledReason, className }: ExportCustomersButtonViewProps) {
  const { t, locale, dir } = useMessages();
  const [state, setState] = useState<ExportState>("idle");
  const [progress, setProgress] = useState<Pick<ExportBatch, "done" | "total">>({ done: 0, total: null });
  const [result, setResult] = useState<{ count?: number; error?: unknown }>({});
  const controller = useRef<AbortController | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const reasonId = useId();
  const hasReason = isDisabled && Boolean(disabledReason);
  const number = (n: number) => formatNumber(n, locale);
  // An export whose button is gone (the table unmounted) must not download a file later.
  useEffect(() => () => controller.current?.abort(), []);
  // The pressed button is replaced (Export ↔ Cancel export): move focus to its replacement when
  // focus was on it (now on <body>) or elsewhere inside this control, never from somewhere else.
  const isFollowingFocus = useRef(false);
  useEffect(() => {
    if (!isFollowingFocus.current) return; // not on mount, only after this control's own run
    if (state !== "running") isFollowingFocus.current = false;
    const active = document.activeElement;
    const hadFocus = active === null || active === document.body || rootRef.current?.contains(active);
    if (!hadFocus) return;
    const target = state === "running" ? cancelRef.current : buttonRef.current;
    if (target && target !== active) target.focus();
  }, [state]);

  async function run() {
    if (state === "running") return;
    const abort = new AbortController();
    controller.current = abort;
    isFollowingFocus.current = true;
    setProgress({ done: 0, total: null });
    setState("running");
    try {
      const count = await onExport({ signal: abort.signal, onProgress: setProgress });
      setResult({ count });
      setState("done");
    } catch (error) {
      if (isAbortError(error)) {
        setState("cancelled");
      } else {
        setResult({ error });
        setState("failed");
      }
    } finally {
      controller.current = null;
    }
  }

  return (
    <div ref={rootRef} className={className ? `pca-root pca-export ${className}` : "pca-root pca-export"} dir={dir} lang={locale} data-status={state}>
      {state === "running" ? (
        <>
          <progress
            className="pca-progress pca-export__progress"
            aria-label={t("export.progressLabel")}
            // Without a total the bar is indeterminate rather than stuck at 0 %.
            value={progress.total === null ? undefined : progress.done}
            max={progress.total ?? undefined}
          />
          <span className="pca-export__text">
            {progress.total === null
              ? t("export.runningUnknown", { done: number(progress.done) })
              : t("export.running", { done: number(progress.done), total: number(progress.total) })}
          </span>
          <button ref={cancelRef} type="button" className="pca-button" onClick={() => controller.current?.abort()}>
            {t("export.cancel")}
          </button>
        </>
      ) : (
        <>
          <button
            ref={buttonRef}
            type="button"
            className="pca-button"
            onClick={() => !isDisabled && void run()}
            disabled={isDisabled && !hasReason}
            aria-disabled={hasReason || undefined}
            aria-describedby={hasReason ? reasonId : undefined}
          >
            {state === "failed" ? t("retry") : t("export.button")}
          </button>
          {hasReason && (
            <span id={reasonId} style={visuallyHidden}>
              {disabledReason}
            </span>
          )}
        </>
      )}
      <span role="status" className="pca-export__status">
        {state === "done" && result.count !== undefined && t("export.done", { count: result.count })}
        {state === "cancelled" && t("export.cancelled")}
      </span>
      {state === "failed" && (
        <span role="alert" className="pca-export__error">
          {t("export.error")} {t(errorMessageKey(result.error), errorMessageValues(result.error))}
        </span>
      )}
    </div>
  );
}
