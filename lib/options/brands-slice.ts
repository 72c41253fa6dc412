import type { StateCreator } from 'zustand';
import { created, opened, type BrandsState } from './brand-switch';
import type { OptionsState } from './store';
import type { OptionsTab } from './tabs';

export interface BrandsSlice extends Omit<BrandsState, 'form' | 'dirty'> {
  tab: OptionsTab;
  nav: {
    /** Puts another brand on screen; the edited one waits as a draft. */
    open(id: string): void;
    /** Starts a new, unnamed brand on the Brand tab. */
    create(): void;
    showTab(tab: OptionsTab): void;
  };
}

/** A fresh screen for another brand: no stale errors or "Saved" from the last one. */
const settled = { errors: {}, status: 'ready', message: null } as const;

export const createBrandsSlice = (locale: string, random?: () => number): StateCreator<OptionsState, [], [], BrandsSlice> => (set, get) => ({
  brands: [],
  drafts: {},
  newIds: [],
  tab: 'brand',
  nav: {
    open(id) {
      const next = opened(get(), id, locale);
      if (next && next.form !== get().form) set({ ...next, ...settled });
    },
    create() {
      set({ ...created(get(), locale, random), ...settled, tab: 'brand' });
    },
    showTab(tab) {
      set({ tab });
    },
  },
});
