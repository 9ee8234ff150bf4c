import { useId, useState, type InputHTMLAttributes, type ReactNode } from "react";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { visuallyHidden } from "../_shared/visuallyHidden";

/** Props of {@link DialogField}. */
export interface DialogFieldProps<Values extends FieldValues> {
  /** The dialog's react-hook-form form. */
  form: UseFormReturn<Values>;
  /** The field's name in the form (also the adapter's `fieldErrors` key). */
  name: Path<Values>;
  /** The visible label. */
  label: string;
  /** Input type. Default `text`. */
  type?: "text" | "password" | "email";
  /** Extra input attributes (autocomplete, spellcheck, …). */
  inputProps?: Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "type" | "id" | "aria-invalid" | "aria-describedby">;
  /** Ids of further elements that describe the input (hints, a rule checklist). */
  describedBy?: string;
  /** Rendered beside the label (e.g. a show/hide toggle). */
  labelAccessory?: ReactNode;
  /** Rendered below the input and its error (e.g. hints). */
  children?: ReactNode;
  /** Whether the field must be filled (`aria-required`). Default `true`: every dialog field is. */
  isRequired?: boolean;
}

/**
 * @internal A labelled input of a dialog form, with its error message linked through
 * aria-describedby. The error's line is always there (no jump when it appears). An error that
 * changes while the admin types (after a submit) is announced once through a polite live
 * region; the one a submit shows is not, since focus moves to the field and its description
 * already says it.
 */
export function DialogField<Values extends FieldValues>({
  form, name, label, type = "text", inputProps, describedBy, labelAccessory, children, isRequired = true,
}: DialogFieldProps<Values>) {
  const id = useId();
  const errorId = `${id}-error`;
  const message = form.getFieldState(name, form.formState).error?.message;
  const hasError = typeof message === "string" && message !== "";
  const submitCount = form.formState.submitCount;
  // Previous error and submit count, kept in state (React's "adjust state while rendering").
  const [seen, setSeen] = useState({ message, submitCount, live: "" });
  if (seen.message !== message || seen.submitCount !== submitCount) {
    const isWhileTyping = seen.submitCount === submitCount;
    setSeen({ message, submitCount, live: isWhileTyping && hasError ? message : "" });
  }
  const describedByIds = [hasError ? errorId : null, describedBy].filter(Boolean).join(" ") || undefined;
  return (
    <div className="pca-dialog-field" data-invalid={hasError || undefined}>
      <div className="pca-dialog-field__label-row">
        <label className="pca-dialog-field__label" htmlFor={id}>
          {label}
        </label>
        {labelAccessory}
      </div>
      <input
        {...inputProps}
        {...form.register(name)}
        id={id}
        type={type}
        className="pca-dialog-field__input"
        aria-invalid={hasError || undefined}
        aria-required={isRequired || undefined}
        aria-describedby={describedByIds}
      />
      <p id={errorId} className="pca-dialog-field__error">
        {hasError ? message : null}
      </p>
      <span aria-live="polite" style={visuallyHidden} data-field-announcement="">
        {seen.live}
      </span>
      {children}
    </div>
  );
}
