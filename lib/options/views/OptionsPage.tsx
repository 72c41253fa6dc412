import { useEffect, useMemo, type FocusEvent, type FormEvent } from 'react';
import { BrandSection } from '@/components/options/BrandSection';
import { ChecklistSection } from '@/components/options/ChecklistSection';
import { CompetitorsSection } from '@/components/options/CompetitorsSection';
import { RangesSection } from '@/components/options/RangesSection';
import { SaveBar } from '@/lib/options/views/SaveBar';
import { ThresholdsSection } from '@/components/options/ThresholdsSection';
import { defaultThreshold } from '@/lib/options/edit';
import { benchmarkRows, rateRows } from '@/lib/options/rows';
import type { OptionsStore } from '@/lib/options/store';
import { VALUE_PRESETS } from '@/lib/core/scoring/value-fit';
import { StorageSection } from '@/components/options/StorageSection';
import { useStorageUsage } from '@/lib/options/storage-usage';

/** The brand profile editor; the store (and through it the background) is injected. */
export function OptionsPage({ useOptions }: { useOptions: OptionsStore }) {
  const form = useOptions((s) => s.form);
  const errors = useOptions((s) => s.errors);
  const dirty = useOptions((s) => s.dirty);
  const status = useOptions((s) => s.status);
  const message = useOptions((s) => s.message);
  const locale = useOptions((s) => s.locale);
  const edit = useOptions((s) => s.edit);
  const io = useOptions((s) => s.io);
  const storage = useStorageUsage();
  useEffect(() => void io.load(), [io]);
  const defaults = useMemo(() => ({
    genericCommentsWarn: defaultThreshold('genericCommentsWarn', locale),
    postingGapDays: defaultThreshold('postingGapDays', locale),
    suspiciousMultiple: defaultThreshold('suspiciousMultiple', locale),
  }), [locale]);
  const bench = useMemo(() => benchmarkRows(locale), [locale]);
  const currency = form?.currency ?? 'GBP';
  const rates = useMemo(() => rateRows(currency, locale), [currency, locale]);

  if (!form) {
    return (
      <main aria-busy={status === 'loading'}>
        <h1>Microscope settings</h1>
        {status === 'failed' ? (
          <><p className="notice risk" role="alert">{message}</p><button type="button" onClick={() => void io.load()}>Try again</button></>
        ) : <p role="status">Loading your brand profile…</p>}
      </main>
    );
  }
  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    void io.save();
  };
  // Leaving a box shows its problems; leaving a button (say, "Add competitor") does not nag about the new empty row.
  const leave = (ev: FocusEvent) => {
    if (ev.target.matches('input, textarea, select')) edit.validate();
  };
  return (
    <main className="options">
      <h1>Microscope settings</h1>
      <p className="muted">Your brand profile: every creator is scored against it. Nothing leaves this browser.</p>
      <form noValidate onSubmit={submit} onBlur={leave}>
        <BrandSection form={form} errors={errors} onChange={edit.setBrand} />
        <CompetitorsSection competitors={form.competitors} errors={errors} onAdd={edit.addCompetitor} onChange={edit.setCompetitor} onRemove={edit.removeCompetitor} />
        <ChecklistSection items={form.checklist} presets={VALUE_PRESETS} errors={errors} onAdd={edit.addItem} onAddPreset={edit.addPreset}
          onChange={edit.setItem} onMove={edit.moveItem} onRemove={edit.removeItem} />
        <ThresholdsSection thresholds={form.thresholds} defaults={defaults} errors={errors} onChange={edit.setThreshold} onReset={edit.resetThreshold} />
        <RangesSection table="benchmarkOverrides" title="Engagement benchmarks" what="benchmark" unit="%" rows={bench} values={form.benchmarkOverrides} errors={errors}
          intro="The typical engagement band per platform and tier, with its published source. Override it with your own figures, in percent."
          onChange={(key, side, v) => edit.setRange('benchmarkOverrides', key, side, v)} onReset={(key) => edit.resetRange('benchmarkOverrides', key)} />
        <RangesSection table="rateCard" title="Rate card" what="fee" unit={currency} rows={rates} values={form.rateCard} errors={errors}
          intro={`Fee per post in ${currency}, seeded from published rates. Override with the quotes you actually get.`}
          onChange={(key, side, v) => edit.setRange('rateCard', key, side, v)} onReset={(key) => edit.resetRange('rateCard', key)} />
        <SaveBar status={status} message={message} errors={errors} dirty={dirty} onResetAll={() => void io.resetAll()} />
      </form>
      <StorageSection usage={storage} />
    </main>
  );
}
