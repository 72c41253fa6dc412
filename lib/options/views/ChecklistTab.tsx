import { ChecklistSection } from '@/components/options/ChecklistSection';
import { VALUE_PRESETS } from '@/lib/core/scoring/value-fit';
import type { OptionsStore } from '@/lib/options/store';

/** What the brand values: the value-fit checklist and its presets. */
export function ChecklistTab({ useOptions }: { useOptions: OptionsStore }) {
  const items = useOptions((s) => s.form?.checklist);
  const errors = useOptions((s) => s.errors);
  const edit = useOptions((s) => s.edit);
  if (!items) return null;
  return (
    <ChecklistSection items={items} presets={VALUE_PRESETS} errors={errors} onAdd={edit.addItem} onAddPreset={edit.addPreset}
      onChange={edit.setItem} onMove={edit.moveItem} onRemove={edit.removeItem} />
  );
}
