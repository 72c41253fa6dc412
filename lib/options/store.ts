import { create } from 'zustand';
import { createFormSlice, type FormSlice } from './form-slice';
import { createIoSlice, type IoSlice, type OptionsApi } from './io-slice';

export type { OptionsApi } from './io-slice';
export type OptionsState = FormSlice & IoSlice;

/** The options page's one store. UI state only: the background's stored profile is the truth. */
export function createOptionsStore(api: OptionsApi, locale: string) {
  return create<OptionsState>()((...a) => ({ ...createFormSlice(locale)(...a), ...createIoSlice(api)(...a) }));
}

export type OptionsStore = ReturnType<typeof createOptionsStore>;
