import { useEffect } from 'react';
import { sendToBackground } from '@/lib/messaging/client';
import { createOptionsStore } from '@/lib/options/store';
import { OptionsPage } from '../../lib/options/views/OptionsPage';

const useOptions = createOptionsStore(
  {
    loadBrands: async () => (await sendToBackground('load-brand', {})).brands,
    saveBrand: (brand) => sendToBackground('save-brand', { brand }),
    deleteBrand: async (id) => (await sendToBackground('delete-brand', { id })).brands,
  },
  navigator.language,
);

export function App() {
  // Unsaved typing on the brand on screen or on another brand's draft.
  const unsaved = useOptions((s) => s.dirty || Object.keys(s.drafts).length > 0);
  // Leaving with unsaved typing asks first.
  useEffect(() => {
    if (!unsaved) return;
    const warn = (ev: BeforeUnloadEvent) => ev.preventDefault();
    addEventListener('beforeunload', warn);
    return () => removeEventListener('beforeunload', warn);
  }, [unsaved]);
  return <OptionsPage useOptions={useOptions} />;
}
