import type { ReactNode } from 'react';
import { fieldId } from './field-id';

interface Props {
  /** The form path; its DOM id lets the error summary link here. */
  path: string;
  label: ReactNode;
  value: string;
  error?: string | undefined;
  hint?: string;
  multiline?: boolean;
  /** Numbers are typed as text so "3,5" survives; this picks the right on-screen keyboard. */
  inputMode?: 'decimal' | 'numeric';
  onChange(value: string): void;
}

/** A labelled text box with its hint and its error beside it. */
export function Field({ path, label, value, error, hint, multiline, inputMode, onChange }: Props) {
  const id = fieldId(path);
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const common = { id, value, 'aria-invalid': error ? true : undefined, 'aria-describedby': described } as const;
  return (
    <div className={`field${error ? ' invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={2} onChange={(ev) => onChange(ev.target.value)} />
      ) : (
        <input {...common} type="text" inputMode={inputMode} autoComplete="off" onChange={(ev) => onChange(ev.target.value)} />
      )}
      {hint ? <small id={`${id}-hint`} className="muted">{hint}</small> : null}
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}

export function FieldError({ id, error }: { id: string; error?: string | undefined }) {
  return error ? <p id={id} className="field-error">{error}</p> : null;
}

/** Part of a label only screen readers need ("Instagram micro" before a bare "Low"). */
export function Hidden({ children }: { children: ReactNode }) {
  return <span className="sr-only">{children}</span>;
}
