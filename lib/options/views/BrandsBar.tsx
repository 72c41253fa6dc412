import { flushSync } from 'react-dom';
import { BrandPicker, displayName } from '@/components/options/BrandPicker';
import { fieldId } from '@/components/options/field-id';
import { brandEntries, LAST_BRAND } from '@/lib/options/brand-switch';
import type { OptionsStore } from '@/lib/options/store';

/** The brand picker, wired to the store: open, new, delete. */
export function BrandsBar({ useOptions }: { useOptions: OptionsStore }) {
  const brands = useOptions((s) => s.brands);
  const drafts = useOptions((s) => s.drafts);
  const newIds = useOptions((s) => s.newIds);
  const form = useOptions((s) => s.form);
  const dirty = useOptions((s) => s.dirty);
  const entries = brandEntries({ brands, drafts, newIds, form, dirty });
  const selectedId = form?.id ?? '';
  const busy = useOptions((s) => s.status === 'saving' || s.status === 'deleting');
  const nav = useOptions((s) => s.nav);
  const io = useOptions((s) => s.io);
  const others = entries.filter((e) => e.id !== selectedId && e.state !== 'new');
  const create = () => {
    // Drawn first, so the new brand's name box exists to take the focus.
    flushSync(() => nav.create());
    document.getElementById(fieldId('name'))?.focus();
  };
  return (
    <BrandPicker entries={entries} selectedId={selectedId} busy={busy}
      refusal={brands.length <= 1 ? LAST_BRAND : null} fallbackName={others[0] ? displayName(others[0]) : ''}
      onOpen={nav.open} onCreate={create} onDelete={() => void io.remove()} />
  );
}
