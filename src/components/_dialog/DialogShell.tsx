import * as Dialog from "@radix-ui/react-dialog";
import { useId, type ReactNode } from "react";
import { useMessages, usePortalContainer } from "../../i18n/I18nContext";
import { errorMessageKey, errorMessageValues } from "../_shared/errorMessage";
import { visuallyHidden } from "../_shared/visuallyHidden";

/** `danger` styles the submit button as destructive. */
export type DialogTone = "default" | "danger";

/** Props of {@link DialogShell}. */
export interface DialogShellProps {
  /** Whether the dialog is open. */
  open: boolean;
  /** Called when the user (Escape, overlay, Cancel) or the dialog asks to open or close. */
  onOpenChange: (open: boolean) => void;
  /** Short identifier, set as `data-dialog` on the panel (e.g. `change-password`). */
  name: string;
  /** `danger` for irreversible actions, as `data-tone` on the panel. */
  tone?: DialogTone;
  /** `alertdialog` for a confirmation of an irreversible action (Delete). Default `dialog`. */
  role?: "dialog" | "alertdialog";
  /** The dialog's title. */
  title: ReactNode;
  /** What the action does; announced with the title when the dialog opens. May hold lists. */
  description: ReactNode;
  /** Returns the element to focus when the dialog opens (default: Radix's choice). */
  initialFocus?: (panel: HTMLElement) => HTMLElement | null;
  /** Whether Escape and a press outside are ignored (e.g. while a bulk action runs). */
  isDismissBlocked?: boolean;
  /** Called when the dialog has closed and focus is about to move back; `preventDefault()` to focus something yourself. */
  onCloseAutoFocus?: (event: Event) => void;
  /** Extra attributes for the panel (e.g. `data-phase`). */
  panelProps?: Record<`data-${string}`, string | undefined>;
  /** Extra class names for the panel. */
  className?: string;
  /** The form (fields, alert, footer). */
  children: ReactNode;
}

/**
 * @internal The one dialog shell of the library (account dialogs and bulk actions): a
 * modal Radix Dialog, portalled, with overlay, title and description.
 */
export function DialogShell({
  open, onOpenChange, name, tone = "default", role = "dialog", title, description, initialFocus, isDismissBlocked,
  onCloseAutoFocus, panelProps, className, children,
}: DialogShellProps) {
  const portalContainer = usePortalContainer();
  const { dir, locale } = useMessages();
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal container={portalContainer}>
        <Dialog.Overlay className="pca-root pca-dialog-overlay" dir={dir} lang={locale} />
        <Dialog.Content
          {...panelProps}
          role={role}
          className={className ? `pca-root pca-dialog ${className}` : "pca-root pca-dialog"}
          dir={dir}
          lang={locale}
          data-dialog={name}
          data-tone={tone}
          onOpenAutoFocus={(event) => {
            const target = initialFocus?.(event.currentTarget as HTMLElement);
            if (target) {
              event.preventDefault();
              target.focus();
            }
          }}
          onCloseAutoFocus={onCloseAutoFocus}
          onEscapeKeyDown={(event) => isDismissBlocked && event.preventDefault()}
          onPointerDownOutside={(event) => isDismissBlocked && event.preventDefault()}
        >
          <Dialog.Title className="pca-dialog__title">{title}</Dialog.Title>
          <Dialog.Description asChild>
            <div className="pca-dialog__description">{description}</div>
          </Dialog.Description>
          {children}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

/** @internal The alert a dialog shows when its action failed, with the error's message. */
export function DialogAlert({ error }: { error: unknown }) {
  const { t } = useMessages();
  return (
    <div role="alert" className="pca-dialog__alert">
      <svg className="pca-dialog__alert-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <circle cx="8" cy="8" r="7" fill="currentColor" />
        <path d="M8 4.5v4.5M8 11v.5" stroke="var(--_pca-color-bg, #fff)" strokeWidth="1.6" strokeLinecap="round" />
      </svg>
      <p>{t(errorMessageKey(error), errorMessageValues(error))}</p>
    </div>
  );
}

/** Props of {@link DialogFooter}. */
export interface DialogFooterProps {
  /** Label of the submit button. */
  submitLabel: string;
  /** Label of the submit button while the action runs. Default "Saving…". */
  progressLabel?: string;
  /** `danger` styles the submit button as destructive. */
  tone?: DialogTone;
  /** Whether the current values may not be submitted (the button is disabled). */
  isSubmitDisabled?: boolean;
  /** Whether the action runs (the button shows progress and stays focusable, `aria-disabled`). */
  isSubmitting?: boolean;
  /** Why the submit button is disabled; describes it (`aria-describedby`) while it is. */
  submitDisabledReason?: string;
}

/** @internal The one dialog footer: Cancel (closes) and the submit button with its progress state. */
export function DialogFooter({ submitLabel, progressLabel, tone = "default", isSubmitDisabled, isSubmitting, submitDisabledReason }: DialogFooterProps) {
  const { t } = useMessages();
  const reasonId = useId();
  const hasReason = Boolean(isSubmitDisabled && submitDisabledReason);
  return (
    <div className="pca-dialog__footer">
      <Dialog.Close asChild>
        <button type="button" className="pca-dialog__button" data-variant="subtle" data-dialog-action="cancel">
          {t("cancel")}
        </button>
      </Dialog.Close>
      <button
        type="submit"
        className="pca-dialog__button"
        data-variant={tone === "danger" ? "danger" : "primary"}
        data-dialog-action="submit"
        disabled={isSubmitDisabled}
        aria-disabled={isSubmitting || undefined}
        aria-describedby={hasReason ? reasonId : undefined}
        aria-busy={isSubmitting || undefined}
      >
        {isSubmitting ? (
          <>
            <span className="pca-dialog__spinner" aria-hidden="true" />
            {progressLabel ?? t("actionDialog.saving")}
          </>
        ) : (
          submitLabel
        )}
      </button>
      {hasReason && (
        <span id={reasonId} style={visuallyHidden}>
          {submitDisabledReason}
        </span>
      )}
    </div>
  );
}
