import { useMemo } from 'react';
import { RangesSection } from '@/components/options/RangesSection';
import { StorageSection } from '@/components/options/StorageSection';
import { ThresholdsSection } from '@/components/options/ThresholdsSection';
import { defaultThreshold } from '@/lib/options/edit';
import { benchmarkRows, rateRows } from '@/lib/options/rows';
import { useStorageUsage } from '@/lib/options/storage-usage';
import type { OptionsStore } from '@/lib/options/store';

/** The fine print: thresholds, benchmark overrides, the rate card, and how much room Microscope takes. */
export function AdvancedTab({ useOptions }: { useOptions: OptionsStore }) {
  const form = useOptions((s) => s.form);
  const errors = useOptions((s) => s.errors);
  const locale = useOptions((s) => s.locale);
  const edit = useOptions((s) => s.edit);
  const storage = useStorageUsage();
  const defaults = useMemo(() => ({
    genericCommentsWarn: defaultThreshold('genericCommentsWarn', locale),
    postingGapDays: defaultThreshold('postingGapDays', locale),
    suspiciousMultiple: defaultThreshold('suspiciousMultiple', locale),
  }), [locale]);
  const bench = useMemo(() => benchmarkRows(locale), [locale]);
  const currency = form?.currency ?? 'GBP';
  const rates = useMemo(() => rateRows(currency, locale), [currency, locale]);
  if (!form) return null;
  return (
    <>
      <ThresholdsSection thresholds={form.thresholds} defaults={defaults} errors={errors} onChange={edit.setThreshold} onReset={edit.resetThreshold} />
      <RangesSection table="benchmarkOverrides" title="Engagement benchmarks" what="benchmark" unit="%" rows={bench} values={form.benchmarkOverrides} errors={errors}
        intro="The typical engagement band per platform and tier, with its published source. Override it with your own figures, in percent."
        onChange={(key, side, v) => edit.setRange('benchmarkOverrides', key, side, v)} onReset={(key) => edit.resetRange('benchmarkOverrides', key)} />
      <RangesSection table="rateCard" title="Rate card" what="fee" unit={currency} rows={rates} values={form.rateCard} errors={errors}
        intro={`Fee per post in ${currency}, seeded from published rates. Override with the quotes you actually get.`}
        onChange={(key, side, v) => edit.setRange('rateCard', key, side, v)} onReset={(key) => edit.resetRange('rateCard', key)} />
      <StorageSection usage={storage} />
    </>
  );
}
