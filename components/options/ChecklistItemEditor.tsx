import type { FieldErrors, ItemForm, ItemPatch } from '@/lib/options/form';
import { fieldId } from './field-id';
import { Field } from './Field';

interface Props {
  item: ItemForm;
  index: number;
  count: number;
  errors: FieldErrors;
  onChange(patch: ItemPatch): void;
  onMove(delta: -1 | 1): void;
  onRemove(): void;
}

export function ChecklistItemEditor({ item, index, count, errors, onChange, onMove, onRemove }: Props) {
  const at = `checklist.${index}`;
  const title = `Item ${index + 1}`;
  const kindId = fieldId(`${at}.kind`);
  return (
    <fieldset className="card" data-testid="checklist-item">
      <legend>{title}{item.label.trim() ? `: ${item.label.trim()}` : ''}</legend>
      <Field path={`${at}.label`} label="Label" value={item.label} error={errors[`${at}.label`]} onChange={(label) => onChange({ label })} />
      <div className="field">
        <label htmlFor={kindId}>Kind</label>
        <select id={kindId} value={item.kind} onChange={(ev) => onChange({ kind: ev.target.value === 'auto' ? 'auto' : 'manual' })}>
          <option value="auto">Automatic: words in the bio and captions</option>
          <option value="manual">Manual: you answer it in the side panel</option>
        </select>
      </div>
      {item.kind === 'auto' ? (
        <>
          <Field path={`${at}.lookFor`} label="Passes on these words" multiline value={item.lookFor} error={errors[`${at}.lookFor`]} onChange={(lookFor) => onChange({ lookFor })} />
          <Field path={`${at}.avoid`} label="Fails on these words" multiline value={item.avoid} error={errors[`${at}.avoid`]} onChange={(avoid) => onChange({ avoid })} />
        </>
      ) : null}
      <div className="actions">
        <button type="button" className="secondary" aria-label={`Move ${title.toLowerCase()} up`} disabled={index === 0} onClick={() => onMove(-1)}>Move up</button>
        <button type="button" className="secondary" aria-label={`Move ${title.toLowerCase()} down`} disabled={index === count - 1} onClick={() => onMove(1)}>Move down</button>
        <button type="button" className="secondary" aria-label={`Remove ${title.toLowerCase()}`} onClick={onRemove}>Remove</button>
      </div>
    </fieldset>
  );
}
