import { create } from 'zustand';
import { createBrandsSlice, type BrandsSlice } from './brands-slice';
import { createFormSlice, type FormSlice } from './form-slice';
import { createIoSlice, type IoSlice, type OptionsApi } from './io-slice';

export type { OptionsApi } from './io-slice';
export type OptionsState = FormSlice & IoSlice & BrandsSlice;

/**
 * The options page's one store. UI state only: the background's stored brands are the truth.
 * `random` picks new brands' ids (tests pass their own).
 */
export function createOptionsStore(api: OptionsApi, locale: string, random?: () => number) {
  return create<OptionsState>()((...a) => ({
    ...createFormSlice(locale)(...a),
    ...createIoSlice(api)(...a),
    ...createBrandsSlice(locale, random)(...a),
  }));
}

export type OptionsStore = ReturnType<typeof createOptionsStore>;
