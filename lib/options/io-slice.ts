import type { StateCreator } from 'zustand';
import { DEFAULT_BRAND, type BrandProfile } from '../core/model/brand';
import { LAST_BRAND, otherNames, without } from './brand-switch';
import { toForm, toProfile } from './form';
import type { OptionsState } from './store';
import { tabToShow } from './tabs';

/** What the page asks of the background ('load-brand', 'save-brand', 'delete-brand'); tests pass their own. */
export interface OptionsApi {
  loadBrands(): Promise<BrandProfile[]>;
  /** Adds or replaces the brand with its id; answers with it as stored and every brand. */
  saveBrand(brand: BrandProfile): Promise<{ brand: BrandProfile; brands: BrandProfile[] }>;
  /** Every brand left; refuses the last one. */
  deleteBrand(id: string): Promise<BrandProfile[]>;
}

export interface IoSlice {
  status: 'loading' | 'ready' | 'saving' | 'deleting' | 'saved' | 'invalid' | 'failed';
  /** One line for the status area: "Saved", what failed, or how many fields need attention. */
  message: string | null;
  io: {
    load(): Promise<void>;
    save(): Promise<void>;
    /** Puts every setting of the brand on screen back to its default (its name stays) and saves that. */
    resetAll(): Promise<void>;
    /** Deletes the brand on screen (a new, unsaved one is just dropped); never the last. */
    remove(): Promise<void>;
  };
}

const reason = (err: unknown) => (err instanceof Error ? err.message : String(err));
const attention = (n: number) => (n === 1 ? '1 field needs attention' : `${n} fields need attention`);

export const createIoSlice = (api: OptionsApi): StateCreator<OptionsState, [], [], IoSlice> => (set, get) => ({
  status: 'loading',
  message: null,
  io: {
    async load() {
      set({ status: 'loading', message: null });
      try {
        const stored = await api.loadBrands();
        const brands = stored.length ? stored : [DEFAULT_BRAND];
        set({ brands, drafts: {}, newIds: [], form: toForm(brands[0]!, get().locale), errors: {}, dirty: false, status: 'ready' });
      } catch (err) {
        set({ status: 'failed', message: `Could not load your brand profiles: ${reason(err)}` });
      }
    },
    async save() {
      const { form, locale, brands, tab } = get();
      if (!form) return;
      const result = toProfile(form, locale, otherNames(brands, form.id));
      if (!result.ok) {
        // Nothing is saved; the tab with the first problem comes forward if this one has none.
        set({ errors: result.errors, status: 'invalid', message: attention(Object.keys(result.errors).length), tab: tabToShow(tab, result.errors) });
        return;
      }
      set({ errors: {}, status: 'saving', message: null });
      try {
        const { brand: saved, brands: list } = await api.saveBrand(result.profile);
        const s = get();
        const drafts = { ...s.drafts };
        // Switched away mid-save: the draft left behind is what was just saved, so it is not unsaved.
        if (drafts[saved.id] === form) delete drafts[saved.id];
        // A draft of a brand the list no longer has (the unsaved stand-in the first save replaces) stays, as a new brand.
        const orphans = Object.keys(drafts).filter((id) => !list.some((b) => b.id === id) && !s.newIds.includes(id));
        const newIds = [...s.newIds, ...orphans].filter((id) => id !== saved.id);
        // Typing during the save wins: only an untouched form takes the stored, normalised profile.
        const untouched = s.form === form ? { form: toForm(saved, locale), dirty: false } : {};
        set({ brands: list, drafts, newIds, ...untouched, status: 'saved', message: 'Saved' });
      } catch (err) {
        set({ status: 'failed', message: `Could not save: ${reason(err)}. Your changes are still here.` });
      }
    },
    async resetAll() {
      const { form, locale } = get();
      if (!form) return;
      set({ form: { ...toForm(DEFAULT_BRAND, locale), id: form.id, name: form.name }, errors: {}, dirty: true });
      await get().io.save();
    },
    async remove() {
      const s = get();
      if (!s.form) return;
      const { id, name } = s.form;
      if (s.newIds.includes(id)) {
        set({ ...without(s, id, s.locale), errors: {}, status: 'ready', message: 'The new brand was discarded' });
        return;
      }
      if (s.brands.length <= 1) {
        set({ status: 'failed', message: LAST_BRAND });
        return;
      }
      set({ status: 'deleting', message: null });
      try {
        const brands = await api.deleteBrand(id);
        set({ ...without({ ...get(), brands }, id, s.locale), brands, errors: {}, status: 'saved', message: `Deleted “${name.trim()}”` });
      } catch (err) {
        set({ status: 'failed', message: `Could not delete: ${reason(err)}` });
      }
    },
  },
});
