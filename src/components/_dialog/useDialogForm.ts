import { useCallback, useRef, useState, type ChangeEvent } from "react";

/** The string fields of a dialog form: every field of `Values` is a string. */
export type FormValues<Values> = { [Field in keyof Values]: string };
/** One message per field that failed. */
export type FormErrors<Values extends FormValues<Values>> = Partial<Record<keyof Values & string, string>>;
/** Checks values; returns the values to submit (e.g. trimmed) and the first error of each invalid field. */
export type FormValidator<Values extends FormValues<Values>> = (values: Values) => { values: Values; errors: FormErrors<Values> };

/** A small form state for the account dialogs: controlled string fields, validation, server errors. */
export interface DialogForm<Values extends FormValues<Values>> {
  /** The current values. */
  values: Values;
  /** The current error of each field (from validation or from the server). */
  errors: FormErrors<Values>;
  /** Props to spread on a field's `<input>`. */
  register(name: keyof Values & string): {
    name: string;
    value: string;
    onChange: (event: ChangeEvent<HTMLInputElement>) => void;
    ref: (element: HTMLInputElement | null) => void;
  };
  /** Shows `message` on a field, e.g. from an `AdapterError`'s `fieldErrors`; optionally focuses it. */
  setError(name: keyof Values & string, message: string, options?: { shouldFocus?: boolean }): void;
  /** The current values (also between renders). */
  getValues(): Values;
  /** Validates; on success calls `onValid` with the validated values, else shows the errors and focuses the first. */
  handleSubmit(onValid: (values: Values) => Promise<void> | void): () => Promise<void>;
}

/**
 * Form state for a dialog: validation runs on submit and, once submitted, on every change
 * (so errors clear as the admin fixes them). The state lives in the component, so it is
 * gone when the dialog's content unmounts: nothing typed survives a close.
 */
export function useDialogForm<Values extends FormValues<Values>>(defaultValues: Values, validate?: FormValidator<Values>): DialogForm<Values> {
  const [values, setValues] = useState(defaultValues);
  const [errors, setErrors] = useState<FormErrors<Values>>({});
  const latest = useRef(values);
  const isSubmitted = useRef(false);
  const inputs = useRef(new Map<string, HTMLInputElement>());
  const run = useCallback(
    (current: Values) => validate?.(current) ?? { values: current, errors: {} as FormErrors<Values> },
    [validate],
  );

  return {
    values,
    errors,
    register: (name) => ({
      name,
      value: values[name] ?? "",
      onChange: (event) => {
        const next = { ...latest.current, [name]: event.target.value } as Values;
        latest.current = next;
        setValues(next);
        setErrors((previous) => {
          if (isSubmitted.current) return run(next).errors;
          if (!(name in previous)) return previous;
          const { [name]: _cleared, ...rest } = previous;
          return rest as FormErrors<Values>;
        });
      },
      ref: (element) => {
        if (element) inputs.current.set(name, element);
        else inputs.current.delete(name);
      },
    }),
    setError: (name, message, options) => {
      setErrors((previous) => ({ ...previous, [name]: message }));
      if (options?.shouldFocus) inputs.current.get(name)?.focus();
    },
    getValues: () => latest.current,
    handleSubmit: (onValid) => async () => {
      isSubmitted.current = true;
      const result = run(latest.current);
      setErrors(result.errors);
      const invalid = Object.keys(result.errors);
      if (invalid.length > 0) {
        const first = Object.keys(latest.current).find((name) => invalid.includes(name));
        if (first) inputs.current.get(first)?.focus();
        return;
      }
      await onValid(result.values);
    },
  };
}

/** What {@link schemaValidator} needs of a schema: zod's (and zod/mini's) `safeParse`. */
export interface SafeParseSchema<Values> {
  /** Parses `value`: the data on success, else the issues with their paths. */
  safeParse(value: unknown):
    | { success: true; data: Values }
    | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
}

/** A {@link FormValidator} from a zod schema: the parsed data on success, else the first issue of each field. */
export function schemaValidator<Values extends FormValues<Values>>(schema: SafeParseSchema<Values>): FormValidator<Values> {
  return (values) => {
    const result = schema.safeParse(values);
    if (result.success) return { values: result.data, errors: {} };
    const errors: FormErrors<Values> = {};
    for (const issue of result.error.issues) {
      const field = issue.path[0];
      if (typeof field === "string" && !(field in errors)) errors[field as keyof Values & string] = issue.message;
    }
    return { values, errors };
  };
}
