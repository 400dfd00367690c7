// Forms built on the rules in shared/fields.ts: the same zod schema checks
// what a person typed before anything is sent (messages in their language;
// on submit, not on blur: a message appearing as the focus leaves a field
// would move the button being pressed from under the pointer),
// and a refusal from the database (by constraint or reason) is shown next to
// the field it concerns; anything else is shown above the buttons. Fields are
// labelled, say when they are required, and point to their message with
// aria-describedby; the first field in error takes the focus.
import { type FormEvent, type ReactNode, useCallback, useId, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  type FieldRule,
  FORMS,
  type FormName,
  type FormRules,
  fieldOfRefusal,
  type MessageKey,
  type RawValue,
  validateForm,
} from "../../shared/fields.ts";
import { errorKey, type Refusal, refusalOf } from "./errors.ts";

/** The message keys of shared/fields.ts (validation.*): test/form-rules.test.ts checks each exists. */
const validationKey = (key: MessageKey): MessageKey => key;

export interface RuleForm {
  form: FormName;
  values: Record<string, RawValue>;
  errors: Record<string, string>;
  formError: string | null;
  busy: boolean;
  id(name: string): string;
  rule(name: string): FieldRule;
  set(name: string, value: RawValue): void;
  /**
   * Validates (every field, or `only` these), then runs `save` with the API's
   * values; places a refusal by its field. True when saved.
   */
  submit(
    event: FormEvent | null,
    save: (values: Record<string, unknown>) => Promise<void>,
    options?: { only?: string[] },
  ): Promise<boolean>;
  reset(values: Record<string, RawValue>): void;
  /**
   * Shows a refusal by the field of this form it concerns (for a save that
   * spans two forms); false when it concerns none of them.
   */
  refuse(refusal: Pick<Refusal, "constraint" | "reason">): boolean;
}

export function useRuleForm(
  form: FormName,
  initial: Record<string, RawValue>,
  options: { zone?: string } = {},
): RuleForm {
  const { t } = useTranslation();
  const prefix = useId();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const rules = FORMS[form] as FormRules;
  const fields = useMemo(() => Object.keys(initial), [initial]);
  const translate = useCallback(
    (key: MessageKey, vars?: Record<string, unknown>) => t(validationKey(key), vars ?? {}),
    [t],
  );
  const latest = useRef(values);
  latest.current = values;

  const id = useCallback((name: string) => `${prefix}-${name}`, [prefix]);
  const focus = (name: string) => {
    requestAnimationFrame(() => document.getElementById(`${prefix}-${name}`)?.focus());
  };

  return {
    form,
    values,
    errors,
    formError,
    busy,
    id,
    rule: (name) => rules.fields[name] as FieldRule,
    set(name, value) {
      setValues((current) => ({ ...current, [name]: value }));
      setErrors((current) => {
        if (!current[name]) return current;
        const { [name]: _, ...rest } = current;
        return rest;
      });
    },
    async submit(event, save, submitOptions = {}) {
      event?.preventDefault();
      setFormError(null);
      const checked = submitOptions.only ?? fields;
      const result = validateForm(form, latest.current, translate, { zone: options.zone, only: checked });
      if (!result.ok) {
        setErrors(result.errors);
        const first = checked.find((name) => result.errors[name]);
        if (first) focus(first);
        return false;
      }
      setErrors({});
      setBusy(true);
      try {
        await save(result.values);
        return true;
      } catch (error) {
        const refusal = refusalOf(error);
        const placed = fieldOfRefusal(form, refusal);
        if (placed && checked.includes(placed.field)) {
          setErrors({ [placed.field]: translate(placed.message, placed.values) });
          focus(placed.field);
        } else {
          setFormError(t(errorKey(error)));
        }
        return false;
      } finally {
        setBusy(false);
      }
    },
    reset(next) {
      setValues(next);
      setErrors({});
      setFormError(null);
    },
    refuse(refusal) {
      const placed = fieldOfRefusal(form, refusal);
      if (!placed || !fields.includes(placed.field)) return false;
      setErrors((current) => ({ ...current, [placed.field]: translate(placed.message, placed.values) }));
      focus(placed.field);
      return true;
    },
  };
}

export interface Option {
  value: string;
  label: string;
}

interface FieldProps {
  form: RuleForm;
  name: string;
  label: string;
  type?: "text" | "password" | "textarea" | "email" | "url" | "tel" | "number" | "money" | "datetime-local" | "select";
  options?: Option[];
  hint?: string;
  autoComplete?: string;
  /** Placeholder option of a select when nothing is chosen. */
  emptyLabel?: string;
}

/** One labelled input bound to the form's rule: required, invalid and described as such. */
export function Field({ form, name, label, type = "text", options = [], hint, autoComplete, emptyLabel }: FieldProps) {
  const { t } = useTranslation();
  const id = form.id(name);
  const rule = form.rule(name);
  const error = form.errors[name];
  const value = form.values[name];
  const text = typeof value === "string" ? value : "";
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  const common = {
    id,
    name,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy,
    required: rule.required,
  };
  let input: ReactNode;
  if (type === "textarea") {
    input = <textarea {...common} value={text} onChange={(e) => form.set(name, e.target.value)} />;
  } else if (type === "select") {
    input = (
      <select {...common} value={text} onChange={(e) => form.set(name, e.target.value)}>
        {!rule.required || !text ? <option value="">{emptyLabel ?? t("forms.choose")}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    );
  } else {
    const html =
      type === "money" || type === "number"
        ? { type: "text", inputMode: "numeric" as const }
        : { type, inputMode: undefined };
    input = (
      <input
        {...common}
        type={html.type}
        inputMode={html.inputMode}
        autoComplete={autoComplete}
        value={text}
        onChange={(e) => form.set(name, e.target.value)}
      />
    );
  }
  return (
    <div className="field">
      {/* The mark stays outside the label, so the field's name is the label alone ("required" is said by the input). */}
      <div className="field-label">
        <label htmlFor={id}>{label}</label>
        {rule.required ? (
          <span className="required-mark" aria-hidden="true">
            *
          </span>
        ) : null}
      </div>
      {input}
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** A yes/no choice shown as two radio buttons (e.g. public / private). */
export function ChoiceField({
  form,
  name,
  legend,
  choices,
}: {
  form: RuleForm;
  name: string;
  legend: string;
  choices: { value: string; label: string; hint?: string }[];
}) {
  const current = String(form.values[name]);
  return (
    <fieldset className="field choice-field">
      <legend>{legend}</legend>
      {choices.map((choice) => {
        const id = `${form.id(name)}-${choice.value}`;
        return (
          <div key={choice.value} className="choice">
            <input
              id={id}
              type="radio"
              name={form.id(name)}
              value={choice.value}
              checked={current === choice.value}
              aria-describedby={choice.hint ? `${id}-hint` : undefined}
              onChange={() =>
                form.set(name, choice.value === "true" ? true : choice.value === "false" ? false : choice.value)
              }
            />
            <label htmlFor={id}>
              {choice.label}
              {choice.hint ? (
                <span id={`${id}-hint`} className="field-hint">
                  {choice.hint}
                </span>
              ) : null}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}

/** The form-level error (a refusal that concerns no single field) and the buttons. */
export function FormActions({
  form,
  submitLabel,
  busyLabel,
  onCancel,
  cancelLabel,
}: {
  form: RuleForm;
  submitLabel: string;
  busyLabel: string;
  onCancel?: () => void;
  cancelLabel?: string;
}) {
  return (
    <>
      {form.formError ? (
        <p className="error-state form-error" role="alert">
          {form.formError}
        </p>
      ) : null}
      <div className="actions">
        <button type="submit" className="button" disabled={form.busy} aria-busy={form.busy || undefined}>
          {form.busy ? busyLabel : submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button secondary" onClick={onCancel} disabled={form.busy}>
            {cancelLabel}
          </button>
        ) : null}
      </div>
    </>
  );
}

/** The raw values a form starts from: strings for inputs, "" for nothing. */
export function rawOf(values: Record<string, unknown>): Record<string, RawValue> {
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => [
      key,
      typeof value === "boolean" ? value : value === null || value === undefined ? "" : String(value),
    ]),
  );
}
