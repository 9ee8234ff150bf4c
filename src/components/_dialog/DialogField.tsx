import { useId, type InputHTMLAttributes, type ReactNode } from "react";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";

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
}

/** @internal A labelled input of a dialog form, with its error message linked through aria-describedby. */
export function DialogField<Values extends FieldValues>({
  form, name, label, type = "text", inputProps, describedBy, labelAccessory, children,
}: DialogFieldProps<Values>) {
  const id = useId();
  const errorId = `${id}-error`;
  const message = form.getFieldState(name, form.formState).error?.message;
  const hasError = typeof message === "string" && message !== "";
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
        aria-describedby={describedByIds}
      />
      {hasError && (
        <p id={errorId} className="pca-dialog-field__error">
          {message}
        </p>
      )}
      {children}
    </div>
  );
}
