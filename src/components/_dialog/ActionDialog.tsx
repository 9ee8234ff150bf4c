import * as Dialog from "@radix-ui/react-dialog";
import { useRef, useState, type FormEvent, type ReactNode } from "react";
import { isAdapterError } from "../../adapter/errors";
import { useMessages, usePortalContainer } from "../../data/PortalCustomerAdminProvider";
import { fieldErrorCodesOf, fieldErrorText } from "../../i18n/validation";
import { errorMessageKey, errorMessageValues } from "../_shared/errorMessage";
import { useControllableOpen, type OpenStateProps } from "./useControllableOpen";
import { useDialogForm, type DialogForm, type FormValidator, type FormValues } from "./useDialogForm";

/** Which element gets focus when the dialog opens: the first field, or a footer button (the safe one for irreversible actions). */
export type InitialFocus = "field" | "cancel" | "submit";
/** `danger` styles the submit button as destructive. */
export type DialogTone = "default" | "danger";
/** The submission, as `data-state` on the form. */
export type SubmitState = "idle" | "submitting" | "failed";

/** Props of {@link ActionDialog}, the shell every account dialog is built on. */
export interface ActionDialogProps<Values extends FormValues<Values>> extends OpenStateProps {
  /** Short identifier, set as `data-dialog` on the panel (e.g. `change-password`). */
  name: string;
  /** The dialog's title. */
  title: ReactNode;
  /** What the action does; announced with the title when the dialog opens. May hold lists. */
  description: ReactNode;
  /** Label of the submit button. */
  submitLabel: string;
  /** Label of the submit button while the action runs. Default "Saving…". */
  progressLabel?: string;
  /** `danger` for irreversible, destructive actions. Default `default`. */
  tone?: DialogTone;
  /** Where focus goes on open. */
  initialFocus: InitialFocus;
  /** The form's starting values, read each time the dialog opens. */
  defaultValues: Values;
  /** Client-side validation (e.g. `schemaValidator(zodSchema)`); runs on submit, then on every change. */
  validate?: FormValidator<Values>;
  /** Performs the action; resolve to close, reject to show the error and stay open. */
  onSubmit: (values: Values) => Promise<void>;
  /** Whether the current values may not be submitted yet (the submit button is disabled). */
  isSubmitDisabled?: (values: Values) => boolean;
  /** Renders the fields between the description and the footer. */
  renderFields?: (form: DialogForm<Values>) => ReactNode;
  /** See `CustomerDialogBaseProps.onCloseAutoFocus`. */
  onCloseAutoFocus?: (event: Event) => void;
  /** Extra class names for the panel. */
  className?: string;
}

function focusTarget(container: HTMLElement, initialFocus: InitialFocus): HTMLElement | null {
  if (initialFocus === "field") {
    const field = container.querySelector<HTMLElement>("input:not([type=hidden]), textarea, select");
    if (field) return field;
  }
  const action = initialFocus === "submit" ? "submit" : "cancel";
  return container.querySelector<HTMLElement>(`[data-dialog-action="${action}"]`);
}

/**
 * @internal The shared shell of the account dialogs: a modal Radix Dialog with title,
 * description, an error alert, the fields and a Cancel + submit footer. The form lives
 * inside the dialog content, so its state (passwords included) is discarded on close.
 */
export function ActionDialog<Values extends FormValues<Values>>(props: ActionDialogProps<Values>) {
  const { name, title, description, tone = "default", initialFocus, onCloseAutoFocus, className } = props;
  const [open, setOpen] = useControllableOpen(props);
  const { locale, dir } = useMessages();
  const portalContainer = usePortalContainer();
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Portal container={portalContainer}>
        <Dialog.Overlay className="pca-root pca-dialog-overlay" dir={dir} lang={locale} />
        <Dialog.Content
          className={className ? `pca-root pca-dialog ${className}` : "pca-root pca-dialog"} dir={dir} lang={locale}
          data-dialog={name}
          data-tone={tone}
          onOpenAutoFocus={(event) => {
            const target = focusTarget(event.currentTarget as HTMLElement, initialFocus);
            if (target) {
              event.preventDefault();
              target.focus();
            }
          }}
          onCloseAutoFocus={onCloseAutoFocus}
        >
          <Dialog.Title className="pca-dialog__title">{title}</Dialog.Title>
          <Dialog.Description asChild>
            <div className="pca-dialog__description">{description}</div>
          </Dialog.Description>
          <ActionDialogForm {...props} onDone={() => setOpen(false)} />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function ActionDialogForm<Values extends FormValues<Values>>({
  submitLabel, progressLabel, tone = "default", defaultValues, validate, onSubmit, isSubmitDisabled, renderFields, onDone,
}: ActionDialogProps<Values> & { onDone: () => void }) {
  const { t } = useMessages();
  const form = useDialogForm<Values>(defaultValues, validate);
  const [state, setState] = useState<SubmitState>("idle");
  const [error, setError] = useState<unknown>(null);
  // A ref, not state: a second click in the same tick must already see the first one.
  const inFlight = useRef(false);
  const isDisabled = isSubmitDisabled?.(form.values) ?? false;
  const isSubmitting = state === "submitting";

  const submitValid = form.handleSubmit(async (values) => {
    setError(null);
    setState("submitting");
    try {
      await onSubmit(values);
      onDone();
    } catch (caught) {
      setError(caught);
      setState("failed");
      if (isAdapterError(caught)) {
        const known = Object.keys(form.getValues());
        // A field's validation code is shown in the admin's language; its English text only without one.
        const fields = new Set([...Object.keys(caught.fieldErrors ?? {}), ...Object.keys(fieldErrorCodesOf(caught) ?? {})]);
        let shouldFocus = true;
        for (const field of fields) {
          const text = fieldErrorText(caught, field, caught.fieldErrors?.[field], t);
          if (!text || !known.includes(field)) continue;
          form.setError(field as keyof Values & string, text, { shouldFocus });
          shouldFocus = false;
        }
      }
    }
  });

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (inFlight.current || isSubmitDisabled?.(form.getValues())) return;
    inFlight.current = true;
    void submitValid().finally(() => {
      inFlight.current = false;
    });
  };

  return (
    <form className="pca-dialog__form" noValidate onSubmit={handleSubmit} data-state={state} aria-busy={isSubmitting || undefined}>
      {state === "failed" && (
        <div role="alert" className="pca-dialog__alert">
          <svg className="pca-dialog__alert-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <circle cx="8" cy="8" r="7" fill="currentColor" />
            <path d="M8 4.5v4.5M8 11v.5" stroke="var(--_pca-color-bg, #fff)" strokeWidth="1.6" strokeLinecap="round" />
          </svg>
          <p>{t(errorMessageKey(error), errorMessageValues(error))}</p>
        </div>
      )}
      {renderFields && <div className="pca-dialog__fields">{renderFields(form)}</div>}
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
          disabled={isDisabled}
          aria-disabled={isSubmitting || undefined}
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
      </div>
    </form>
  );
}
