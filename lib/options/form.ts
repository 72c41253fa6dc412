import { BrandProfile, type Currency } from '../core/model/brand';
import type { Market } from '../core/model/findings';
import { CARD_KEYS, joinList, splitList, type CardKey } from './fields';
import { itemIds } from './item-ids';
import { messageOf } from './messages';
import { formatInput, fromPercent, parseNumber, toPercent } from './numbers';

/** Form state: everything exactly as typed, so a bad value is shown and kept, never lost. */
export interface CompetitorForm { key: number; name: string; handles: string; keywords: string }
/** `id` is internal (answers are stored under it): null until the item is first saved, then fixed. */
export interface ItemForm { key: number; id: string | null; label: string; kind: 'auto' | 'manual'; lookFor: string; avoid: string }
/** What the scout edits of an item: everything but its React key and its internal id. */
export type ItemPatch = Partial<Omit<ItemForm, 'key' | 'id'>>;
export interface RangeForm { low: string; high: string }
export interface ThresholdsForm { genericCommentsWarn: string; postingGapDays: string; suspiciousMultiple: string }
export interface BrandForm {
  /** Internal: how campaigns point at the brand. Never shown. */
  id: string;
  name: string;
  handles: string;
  markets: Market[];
  currency: Currency;
  exclusivityDays: string;
  competitors: CompetitorForm[];
  checklist: ItemForm[];
  thresholds: ThresholdsForm;
  /** Percent, as typed; a key is absent when the default band applies. */
  benchmarkOverrides: Partial<Record<CardKey, RangeForm>>;
  /** Fee per post in the brand's currency; a key is absent when the seeded fee applies. */
  rateCard: Partial<Record<CardKey, RangeForm>>;
}

/** Field path ("competitors.0.name", "rateCard.tiktok.micro.low") → message. */
export type FieldErrors = Record<string, string>;
export type FormResult = { ok: true; profile: BrandProfile } | { ok: false; errors: FieldErrors };

let lastKey = 0;
/** React keys for rows, so removing or moving one keeps the others' typing and focus. */
export const nextKey = (): number => ++lastKey;

export function toForm(p: BrandProfile, locale: string): BrandForm {
  const num = (n: number) => formatInput(n, locale);
  const ranges = (r: Record<string, { low: number; high: number }>, scale: (n: number) => number) =>
    Object.fromEntries(Object.entries(r).map(([k, v]) => [k, { low: num(scale(v.low)), high: num(scale(v.high)) }]));
  return {
    id: p.id,
    name: p.name,
    handles: joinList(p.handles),
    markets: [...p.markets],
    currency: p.currency,
    exclusivityDays: num(p.exclusivityDays),
    competitors: p.competitors.map((c) => ({ key: nextKey(), name: c.name, handles: joinList(c.handles), keywords: joinList(c.keywords) })),
    checklist: p.checklist.map((i) => ({ key: nextKey(), id: i.id, label: i.label, kind: i.kind, lookFor: joinList(i.lookFor), avoid: joinList(i.avoid) })),
    thresholds: {
      genericCommentsWarn: num(toPercent(p.thresholds.genericCommentsWarn)),
      postingGapDays: num(p.thresholds.postingGapDays),
      suspiciousMultiple: num(p.thresholds.suspiciousMultiple),
    },
    benchmarkOverrides: ranges(p.benchmarkOverrides, toPercent),
    rateCard: ranges(p.rateCard, (n) => n),
  };
}

/**
 * Form → BrandProfile through zod, or every problem keyed by the field to show it beside.
 * `otherNames` are the scout's other brands: two brands with one name could not be told apart.
 */
export function toProfile(form: BrandForm, locale: string, otherNames: readonly string[] = []): FormResult {
  const errors: FieldErrors = {};
  const num = (path: string, text: string, percent = false): number | undefined => {
    const r = parseNumber(text, locale);
    if (r.ok) return percent ? fromPercent(r.value) : r.value;
    errors[path] = r.reason === 'empty' ? 'Enter a number' : `“${text.trim()}” is not a number`;
    return undefined;
  };
  const ranges = (name: 'benchmarkOverrides' | 'rateCard', percent: boolean) => {
    const out: Record<string, { low?: number; high?: number }> = {};
    for (const { key } of CARD_KEYS) {
      const r = form[name][key];
      if (!r || (r.low.trim() === '' && r.high.trim() === '')) continue;
      out[key] = { low: num(`${name}.${key}.low`, r.low, percent), high: num(`${name}.${key}.high`, r.high, percent) };
    }
    return out;
  };
  const ids = itemIds(form.checklist);
  const input = {
    id: form.id,
    name: form.name,
    handles: splitList(form.handles),
    markets: form.markets,
    currency: form.currency,
    exclusivityDays: num('exclusivityDays', form.exclusivityDays),
    competitors: form.competitors.map((c) => ({ name: c.name, handles: splitList(c.handles), keywords: splitList(c.keywords) })),
    checklist: form.checklist.map((i, n) => ({ id: ids[n], label: i.label, kind: i.kind, lookFor: splitList(i.lookFor), avoid: splitList(i.avoid) })),
    benchmarkOverrides: ranges('benchmarkOverrides', true),
    rateCard: ranges('rateCard', false),
    thresholds: {
      genericCommentsWarn: num('thresholds.genericCommentsWarn', form.thresholds.genericCommentsWarn, true),
      postingGapDays: num('thresholds.postingGapDays', form.thresholds.postingGapDays),
      suspiciousMultiple: num('thresholds.suspiciousMultiple', form.thresholds.suspiciousMultiple),
    },
  };
  const taken = otherNames.find((n) => n.trim().toLowerCase() === form.name.trim().toLowerCase());
  if (taken !== undefined && form.name.trim() !== '') errors.name = `Another brand is already called “${taken.trim()}”`;
  const parsed = BrandProfile.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const { path, message } = messageOf(issue, input, locale);
      // A number that did not parse already has its own, clearer message.
      errors[path] ??= message;
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, profile: parsed.data };
}
