import { DEFAULT_BRAND, type ChecklistItem } from '../core/model/brand';
import type { CardKey } from './fields';
import { joinList } from './fields';
import { nextKey, type BrandForm, type CompetitorForm, type ItemForm, type ItemPatch, type RangeForm, type ThresholdsForm } from './form';
import { formatInput, toPercent } from './numbers';

/** Pure edits of the form: each returns a new form, so the store stays a thin shell. */

export function addCompetitor(f: BrandForm): BrandForm {
  return { ...f, competitors: [...f.competitors, { key: nextKey(), name: '', handles: '', keywords: '' }] };
}

export function setCompetitor(f: BrandForm, i: number, patch: Partial<Omit<CompetitorForm, 'key'>>): BrandForm {
  return { ...f, competitors: f.competitors.map((c, j) => (j === i ? { ...c, ...patch } : c)) };
}

export function removeAt<K extends 'competitors' | 'checklist'>(f: BrandForm, list: K, i: number): BrandForm {
  return { ...f, [list]: f[list].filter((_, j) => j !== i) };
}

export function addItem(f: BrandForm): BrandForm {
  const item: ItemForm = { key: nextKey(), id: null, label: '', kind: 'manual', lookFor: '', avoid: '' };
  return { ...f, checklist: [...f.checklist, item] };
}

/** A label change never touches a saved item's id (item-ids.ts): its answers stay with it. */
export function setItem(f: BrandForm, i: number, patch: ItemPatch): BrandForm {
  return { ...f, checklist: f.checklist.map((item, j) => (j === i ? { ...item, ...patch } : item)) };
}

export function moveItem(f: BrandForm, i: number, delta: -1 | 1): BrandForm {
  const j = i + delta;
  if (j < 0 || j >= f.checklist.length) return f;
  const list = [...f.checklist];
  [list[i], list[j]] = [list[j]!, list[i]!];
  return { ...f, checklist: list };
}

export function hasItem(f: BrandForm, id: string): boolean {
  return f.checklist.some((i) => i.id === id);
}

export function addPreset(f: BrandForm, preset: ChecklistItem): BrandForm {
  if (hasItem(f, preset.id)) return f;
  const item: ItemForm = { key: nextKey(), id: preset.id, label: preset.label, kind: preset.kind, lookFor: joinList(preset.lookFor), avoid: joinList(preset.avoid) };
  return { ...f, checklist: [...f.checklist, item] };
}

export function setThreshold(f: BrandForm, name: keyof ThresholdsForm, value: string): BrandForm {
  return { ...f, thresholds: { ...f.thresholds, [name]: value } };
}

export function defaultThreshold(name: keyof ThresholdsForm, locale: string): string {
  const v = DEFAULT_BRAND.thresholds[name];
  return formatInput(name === 'genericCommentsWarn' ? toPercent(v) : v, locale);
}

export type RangeTable = 'benchmarkOverrides' | 'rateCard';

export function setRange(f: BrandForm, table: RangeTable, key: CardKey, side: keyof RangeForm, value: string): BrandForm {
  const current = f[table][key] ?? { low: '', high: '' };
  return { ...f, [table]: { ...f[table], [key]: { ...current, [side]: value } } };
}

/** Removes the override: the default band or the seeded fee applies again. */
export function resetRange(f: BrandForm, table: RangeTable, key: CardKey): BrandForm {
  const rest = { ...f[table] };
  delete rest[key];
  return { ...f, [table]: rest };
}
