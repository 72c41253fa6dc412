import { DEFAULT_BRAND, type BrandProfile } from '../core/model/brand';
import { newBrandId } from './brand-id';
import { toForm, type BrandForm } from './form';

/** Said when the scout tries to delete the only brand (the store refuses it too). */
export const LAST_BRAND = 'Keep at least one brand: every score is made for a brand. Add another brand and save it first.';

/** The part of the options state that says which brands exist and which one is on screen. */
export interface BrandsState {
  /** As stored, in the order the scout made them. */
  brands: BrandProfile[];
  /** Edited, unsaved forms of the brands not on screen, by id: switching brands loses no typing. */
  drafts: Record<string, BrandForm>;
  /** Brands made on this page and never saved, in the order they were made. */
  newIds: string[];
  /** The brand on screen; its id says which. */
  form: BrandForm | null;
  dirty: boolean;
}

type Opened = Pick<BrandsState, 'drafts' | 'form' | 'dirty'>;

/** The names a brand may not take: its siblings'. */
export function otherNames(brands: readonly BrandProfile[], id: string): string[] {
  return brands.filter((b) => b.id !== id).map((b) => b.name);
}

/** Keeps the form on screen as a draft when it has unsaved edits (a new brand always has). */
function stash(s: BrandsState): Record<string, BrandForm> {
  return s.form && s.dirty ? { ...s.drafts, [s.form.id]: s.form } : { ...s.drafts };
}

/** Puts brand `id` on screen, from its draft if it has one; null when there is no such brand. */
export function opened(s: BrandsState, id: string, locale: string): Opened | null {
  if (s.form?.id === id) return { drafts: s.drafts, form: s.form, dirty: s.dirty };
  const stored = s.brands.find((b) => b.id === id);
  const draft = s.drafts[id];
  if (!draft && !stored) return null;
  const drafts = stash(s);
  delete drafts[id];
  return { drafts, form: draft ?? toForm(stored!, locale), dirty: draft !== undefined };
}

/** A new brand on screen: the default settings, no name yet, a fresh internal id. */
export function created(s: BrandsState, locale: string, random?: () => number): Opened & Pick<BrandsState, 'newIds'> {
  const taken = new Set([...s.brands.map((b) => b.id), ...Object.keys(s.drafts), ...s.newIds, ...(s.form ? [s.form.id] : [])]);
  const form: BrandForm = { ...toForm(DEFAULT_BRAND, locale), id: newBrandId(taken, random), name: '' };
  return { drafts: stash(s), form, dirty: true, newIds: [...s.newIds, form.id] };
}

/** Drops brand `id` (deleted, or new and discarded) and puts the first remaining one on screen. */
export function without(s: BrandsState, id: string, locale: string): Opened & Pick<BrandsState, 'newIds'> {
  const rest: BrandsState = { ...s, newIds: s.newIds.filter((n) => n !== id), drafts: { ...s.drafts } };
  delete rest.drafts[id];
  if (s.form?.id !== id) return { drafts: rest.drafts, form: s.form, dirty: s.dirty, newIds: rest.newIds };
  const next = rest.brands.find((b) => b.id !== id)?.id ?? rest.newIds[0];
  const shown = next === undefined ? null : opened({ ...rest, form: null, dirty: false }, next, locale);
  return { ...(shown ?? { drafts: rest.drafts, form: null, dirty: false }), newIds: rest.newIds };
}

export interface BrandEntry {
  id: string;
  /** As typed so far; empty for a new brand not yet named. */
  name: string;
  state: 'saved' | 'edited' | 'new';
}

/** The picker's list: stored brands in their order, then the new ones, each named as typed. */
export function brandEntries(s: BrandsState): BrandEntry[] {
  const formOf = (id: string) => (s.form?.id === id ? s.form : s.drafts[id]);
  const edited = (id: string) => (s.form?.id === id ? s.dirty : s.drafts[id] !== undefined);
  return [
    ...s.brands.map((b): BrandEntry => ({ id: b.id, name: formOf(b.id)?.name ?? b.name, state: edited(b.id) ? 'edited' : 'saved' })),
    ...s.newIds.filter((id) => !s.brands.some((b) => b.id === id)).map((id): BrandEntry => ({ id, name: formOf(id)?.name ?? '', state: 'new' })),
  ];
}
