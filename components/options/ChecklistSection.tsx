import type { ChecklistItem } from '@/lib/core/model/brand';
import type { FieldErrors, ItemForm, ItemPatch } from '@/lib/options/form';
import { ChecklistItemEditor } from './ChecklistItemEditor';

interface Props {
  items: ItemForm[];
  presets: ChecklistItem[];
  errors: FieldErrors;
  onAdd(): void;
  onAddPreset(preset: ChecklistItem): void;
  onChange(i: number, patch: ItemPatch): void;
  onMove(i: number, delta: -1 | 1): void;
  onRemove(i: number): void;
}

export function ChecklistSection({ items, presets, errors, onAdd, onAddPreset, onChange, onMove, onRemove }: Props) {
  const used = new Set(items.map((i) => i.id));
  return (
    <section aria-labelledby="checklist-h">
      <h2 id="checklist-h">Value checklist</h2>
      <p className="muted">What a creator should stand for. Automatic items are checked against the bio and captions; manual ones you answer per creator. Renaming an item keeps the answers already given.</p>
      {items.length === 0 ? <p className="muted">No items yet: add one or start from a preset.</p> : null}
      <div className="item-grid">
        {items.map((item, i) => (
          <ChecklistItemEditor key={item.key} item={item} index={i} count={items.length} errors={errors}
            onChange={(patch) => onChange(i, patch)} onMove={(d) => onMove(i, d)} onRemove={() => onRemove(i)} />
        ))}
      </div>
      <div className="actions">
        <button type="button" onClick={onAdd}>Add item</button>
      </div>
      <h3>Presets</h3>
      <ul className="presets">
        {presets.map((p) => (
          <li key={p.id}>
            <button type="button" className="secondary" disabled={used.has(p.id)} aria-label={`Add preset: ${p.label}`} onClick={() => onAddPreset(p)}>
              {used.has(p.id) ? 'Added' : 'Add preset'}
            </button>{' '}
            <span>{p.label}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
