import { standardSchemaResolver } from "@hookform/resolvers/standard-schema";
import { useControllableState } from "@radix-ui/react-use-controllable-state";
import { useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from "react";
import { useForm, useWatch, type DefaultValues, type FieldValues, type Path, type UseFormReturn } from "react-hook-form";
import { isAdapterError } from "../../adapter/errors";
import { DialogAlert, DialogFooter, DialogShell, type DialogTone } from "./DialogShell";
import type { OpenStateProps } from "./types";
import { useMessages } from "../../i18n/I18nContext";
import { fieldErrorCodesOf, fieldErrorText } from "../../i18n/validation";

export type { DialogTone } from "./DialogShell";

/** A Standard Schema (zod and zod/mini schemas are) whose input and output are the form's values. */
export type DialogSchema<Values extends FieldValues> = Parameters<typeof standardSchemaResolver<Values, unknown, Values>>[0];

/** Which element gets focus when the dialog opens: the first field, or a footer button (the safe one for irreversible actions). */
export type InitialFocus = "field" | "cancel" | "submit";
/** The submission, as `data-submit-state` on the form. */
export type SubmitState = "idle" | "submitting" | "failed";

/** Props of {@link ActionDialog}, the shell every account dialog is built on. */
export interface ActionDialogProps<Values extends FieldValues> extends OpenStateProps {
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
  /** The zod (or any Standard Schema) schema of the values; checked on submit, then on every change. Its output is what gets submitted (e.g. trimmed). */
  schema?: DialogSchema<Values>;
  /** Performs the action; resolve to close, reject to show the error and stay open. */
  onSubmit: (values: Values) => Promise<void>;
  /**
   * Whether the current values may not be submitted yet (the submit button is disabled). Enter
   * in a field still runs the schema, so its message says what is wrong instead of nothing happening.
   */
  isSubmitDisabled?: (values: Values) => boolean;
  /** Why the submit button is disabled, read with it (`aria-describedby`). */
  submitDisabledReason?: string;
  /** `alertdialog` for the confirmation of an irreversible action. Default `dialog`. */
  role?: "dialog" | "alertdialog";
  /** Renders the fields between the description and the footer, from the react-hook-form form. */
  renderFields?: (form: UseFormReturn<Values>) => ReactNode;
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
 * @internal The account dialogs: the shared {@link DialogShell} with a react-hook-form
 * form, an error alert and the Cancel + submit footer. The form lives inside the dialog
 * content, so its state (passwords included) is discarded on close.
 */
export function ActionDialog<Values extends FieldValues>(props: ActionDialogProps<Values>) {
  const { name, title, description, tone = "default", role, initialFocus, onCloseAutoFocus, className } = props;
  const [open, setOpen] = useControllableState({ prop: props.open, defaultProp: props.defaultOpen ?? false, onChange: props.onOpenChange });
  return (
    <DialogShell
      open={open}
      onOpenChange={setOpen}
      name={name}
      tone={tone}
      role={role}
      title={title}
      description={description}
      initialFocus={(panel) => focusTarget(panel, initialFocus)}
      onCloseAutoFocus={onCloseAutoFocus}
      className={className}
    >
      <ActionDialogForm {...props} onDone={() => setOpen(false)} />
    </DialogShell>
  );
}

function ActionDialogForm<Values extends FieldValues>({
  submitLabel, progressLabel, tone = "default", defaultValues, schema, onSubmit, isSubmitDisabled, submitDisabledReason, renderFields, onDone,
}: ActionDialogProps<Values> & { onDone: () => void }) {
  const { t } = useMessages();
  const form = useForm<Values>({
    defaultValues: defaultValues as DefaultValues<Values>,
    resolver: schema ? standardSchemaResolver(schema) : undefined,
    mode: "onSubmit",
    reValidateMode: "onChange",
  });
  const values = useWatch({ control: form.control }) as Values;
  const [error, setError] = useState<unknown>(null);
  const { isSubmitting } = form.formState;
  // formState.isSubmitting arrives with the next render; a second click in the same tick must already see the first.
  const inFlight = useRef(false);
  const isDisabled = isSubmitDisabled?.(values) ?? false;

  const submitValid = form.handleSubmit(async (valid) => {
    // Reached with a disabled submit button only when the schema let the values through.
    if (isSubmitDisabled?.(form.getValues())) return;
    setError(null);
    try {
      await onSubmit(valid);
      onDone();
    } catch (caught) {
      setError(caught);
      if (isAdapterError(caught)) {
        const known = Object.keys(form.getValues());
        // A field's validation code is shown in the admin's language; its English text only without one.
        const fields = new Set([...Object.keys(caught.fieldErrors ?? {}), ...Object.keys(fieldErrorCodesOf(caught) ?? {})]);
        let shouldFocus = true;
        for (const field of fields) {
          const text = fieldErrorText(caught, field, caught.fieldErrors?.[field], t);
          if (!text || !known.includes(field)) continue;
          form.setError(field as Path<Values>, { type: "server", message: text }, { shouldFocus });
          shouldFocus = false;
        }
      }
    }
  });

  const trySubmit = () => {
    if (inFlight.current || form.formState.isSubmitting) return;
    inFlight.current = true;
    void submitValid().finally(() => {
      inFlight.current = false;
    });
  };
  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    trySubmit();
  };
  // With a disabled submit button the browser ignores Enter in a field; run the schema anyway,
  // so its message says what is missing instead of nothing happening.
  const handleKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== "Enter" || !isDisabled || !(event.target instanceof HTMLInputElement)) return;
    event.preventDefault();
    trySubmit();
  };

  const submitState: SubmitState = isSubmitting ? "submitting" : error !== null ? "failed" : "idle";
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- Enter bubbling up from the form's own inputs (implicit submission), not a new interaction
    <form className="pca-dialog__form" noValidate onSubmit={handleSubmit} onKeyDown={handleKeyDown} data-submit-state={submitState} aria-busy={isSubmitting || undefined}>
      {submitState === "failed" && <DialogAlert error={error} />}
      {renderFields && <div className="pca-dialog__fields">{renderFields(form)}</div>}
      <DialogFooter
        submitLabel={submitLabel}
        progressLabel={progressLabel}
        tone={tone}
        isSubmitDisabled={isDisabled}
        isSubmitting={isSubmitting}
        submitDisabledReason={submitDisabledReason}
      />
    </form>
  );
}
