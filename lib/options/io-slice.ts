import type { StateCreator } from 'zustand';
import { DEFAULT_BRAND, type BrandProfile } from '../core/model/brand';
import { toForm, toProfile } from './form';
import type { OptionsState } from './store';

/** What the page asks of the background; tests pass their own. */
export interface OptionsApi {
  loadBrand(): Promise<BrandProfile>;
  saveBrand(brand: BrandProfile): Promise<BrandProfile>;
}

export interface IoSlice {
  status: 'loading' | 'ready' | 'saving' | 'saved' | 'invalid' | 'failed';
  /** One line for the status area: "Saved", what failed, or how many fields need attention. */
  message: string | null;
  io: {
    load(): Promise<void>;
    save(): Promise<void>;
    /** Puts every setting back to its default and saves that. */
    resetAll(): Promise<void>;
  };
}

const reason = (err: unknown) => (err instanceof Error ? err.message : String(err));

export const createIoSlice = (api: OptionsApi): StateCreator<OptionsState, [], [], IoSlice> => (set, get) => ({
  status: 'loading',
  message: null,
  io: {
    async load() {
      set({ status: 'loading', message: null });
      try {
        const brand = await api.loadBrand();
        set({ form: toForm(brand, get().locale), errors: {}, dirty: false, status: 'ready' });
      } catch (err) {
        set({ status: 'failed', message: `Could not load your brand profile: ${reason(err)}` });
      }
    },
    async save() {
      const { form, locale } = get();
      if (!form) return;
      const result = toProfile(form, locale);
      if (!result.ok) {
        const n = Object.keys(result.errors).length;
        set({ errors: result.errors, status: 'invalid', message: n === 1 ? '1 field needs attention' : `${n} fields need attention` });
        return;
      }
      set({ errors: {}, status: 'saving', message: null });
      try {
        const saved = await api.saveBrand(result.profile);
        // Typing during the save wins: only an untouched form takes the stored, normalised profile.
        if (get().form === form) set({ form: toForm(saved, locale), dirty: false });
        set({ status: 'saved', message: 'Saved' });
      } catch (err) {
        set({ status: 'failed', message: `Could not save: ${reason(err)}. Your changes are still here.` });
      }
    },
    async resetAll() {
      set({ form: toForm(DEFAULT_BRAND, get().locale), errors: {}, dirty: true });
      await get().io.save();
    },
  },
});
