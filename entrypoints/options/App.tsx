import { useEffect } from 'react';
import { sendToBackground } from '@/lib/messaging/client';
import { createOptionsStore } from '@/lib/options/store';
import { OptionsPage } from '../../lib/options/views/OptionsPage';

const useOptions = createOptionsStore(
  {
    loadBrand: async () => (await sendToBackground('load-brand', {})).brand,
    saveBrand: async (brand) => (await sendToBackground('save-brand', { brand })).brand,
  },
  navigator.language,
);

export function App() {
  const dirty = useOptions((s) => s.dirty);
  // Leaving with unsaved typing asks first.
  useEffect(() => {
    if (!dirty) return;
    const warn = (ev: BeforeUnloadEvent) => ev.preventDefault();
    addEventListener('beforeunload', warn);
    return () => removeEventListener('beforeunload', warn);
  }, [dirty]);
  return <OptionsPage useOptions={useOptions} />;
}
