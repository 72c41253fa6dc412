import type { StateCreator } from 'zustand';
import type { ChecklistItem } from '../core/model/brand';
import { otherNames } from './brand-switch';
import * as e from './edit';
import type { CardKey } from './fields';
import { toProfile, type BrandForm, type CompetitorForm, type FieldErrors, type ItemPatch, type RangeForm, type ThresholdsForm } from './form';
import type { OptionsState } from './store';

type BrandPatch = Partial<Pick<BrandForm, 'name' | 'handles' | 'markets' | 'currency' | 'exclusivityDays'>>;

export interface FormActions {
  setBrand(patch: BrandPatch): void;
  addCompetitor(): void;
  setCompetitor(i: number, patch: Partial<Omit<CompetitorForm, 'key'>>): void;
  removeCompetitor(i: number): void;
  addItem(): void;
  setItem(i: number, patch: ItemPatch): void;
  removeItem(i: number): void;
  moveItem(i: number, delta: -1 | 1): void;
  addPreset(preset: ChecklistItem): void;
  setThreshold(name: keyof ThresholdsForm, value: string): void;
  resetThreshold(name: keyof ThresholdsForm): void;
  setRange(table: e.RangeTable, key: CardKey, side: keyof RangeForm, value: string): void;
  resetRange(table: e.RangeTable, key: CardKey): void;
  /** Shows every problem now (on leaving a field); errors then follow each edit until fixed. */
  validate(): void;
}

export interface FormSlice {
  /** The brand on screen; null until the stored brands have loaded. */
  form: BrandForm | null;
  errors: FieldErrors;
  /** Edited since the last load or save. */
  dirty: boolean;
  locale: string;
  edit: FormActions;
}

export function errorsOf(form: BrandForm, locale: string, others: readonly string[] = []): FieldErrors {
  const r = toProfile(form, locale, others);
  return r.ok ? {} : r.errors;
}

export const createFormSlice = (locale: string): StateCreator<OptionsState, [], [], FormSlice> => (set, get) => {
  const change = (fn: (f: BrandForm) => BrandForm) => {
    const { form, errors, status, brands } = get();
    if (!form) return;
    const next = fn(form);
    // Once errors are showing, recheck on every keystroke so each one clears as it is fixed.
    const nextErrors = Object.keys(errors).length > 0 ? errorsOf(next, locale, otherNames(brands, next.id)) : errors;
    const n = Object.keys(nextErrors).length;
    const settled = status === 'saved' || (status === 'invalid' && n === 0);
    const count = status === 'invalid' && n > 0 ? { message: n === 1 ? '1 field needs attention' : `${n} fields need attention` } : {};
    set({ form: next, dirty: true, errors: nextErrors, ...count, ...(settled ? { status: 'ready', message: null } : {}) });
  };
  return {
    form: null,
    errors: {},
    dirty: false,
    locale,
    edit: {
      setBrand: (patch) => change((f) => ({ ...f, ...patch })),
      addCompetitor: () => change(e.addCompetitor),
      setCompetitor: (i, patch) => change((f) => e.setCompetitor(f, i, patch)),
      removeCompetitor: (i) => change((f) => e.removeAt(f, 'competitors', i)),
      addItem: () => change(e.addItem),
      setItem: (i, patch) => change((f) => e.setItem(f, i, patch)),
      removeItem: (i) => change((f) => e.removeAt(f, 'checklist', i)),
      moveItem: (i, delta) => change((f) => e.moveItem(f, i, delta)),
      addPreset: (preset) => change((f) => e.addPreset(f, preset)),
      setThreshold: (name, value) => change((f) => e.setThreshold(f, name, value)),
      resetThreshold: (name) => change((f) => e.setThreshold(f, name, e.defaultThreshold(name, locale))),
      setRange: (table, key, side, value) => change((f) => e.setRange(f, table, key, side, value)),
      resetRange: (table, key) => change((f) => e.resetRange(f, table, key)),
      validate: () => {
        const { form, brands } = get();
        if (form) set({ errors: errorsOf(form, locale, otherNames(brands, form.id)) });
      },
    },
  };
};
