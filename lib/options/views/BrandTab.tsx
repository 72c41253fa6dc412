import { BrandSection } from '@/components/options/BrandSection';
import { CompetitorsSection } from '@/components/options/CompetitorsSection';
import type { OptionsStore } from '@/lib/options/store';

/** Who the brand is: its name, handles, markets, currency, exclusivity and competitors. */
export function BrandTab({ useOptions }: { useOptions: OptionsStore }) {
  const form = useOptions((s) => s.form);
  const errors = useOptions((s) => s.errors);
  const edit = useOptions((s) => s.edit);
  if (!form) return null;
  return (
    <div className="two-columns">
      <BrandSection form={form} errors={errors} onChange={edit.setBrand} />
      <CompetitorsSection competitors={form.competitors} errors={errors} onAdd={edit.addCompetitor} onChange={edit.setCompetitor} onRemove={edit.removeCompetitor} />
    </div>
  );
}
