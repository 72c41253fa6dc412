import { useEffect, type FocusEvent, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { displayName } from '@/components/options/BrandPicker';
import { Tabs } from '@/components/options/Tabs';
import { describePath } from '@/lib/options/fields';
import type { OptionsStore } from '@/lib/options/store';
import { problemsByTab, tabOfPath, TABS, type OptionsTab } from '@/lib/options/tabs';
import { AdvancedTab } from './AdvancedTab';
import { BrandsBar } from './BrandsBar';
import { BrandTab } from './BrandTab';
import { ChecklistTab } from './ChecklistTab';
import { SaveBar } from './SaveBar';

const TAB_VIEWS: Record<OptionsTab, typeof BrandTab> = { brand: BrandTab, checklist: ChecklistTab, advanced: AdvancedTab };

/** The brand profiles editor: the brand picker, then the brand on screen in three tabs; the store (and through it the background) is injected. */
export function OptionsPage({ useOptions }: { useOptions: OptionsStore }) {
  const name = useOptions((s) => (s.form ? displayName(s.form) : ''));
  const loaded = useOptions((s) => s.form !== null);
  const errors = useOptions((s) => s.errors);
  const dirty = useOptions((s) => s.dirty);
  const status = useOptions((s) => s.status);
  const message = useOptions((s) => s.message);
  const tab = useOptions((s) => s.tab);
  const edit = useOptions((s) => s.edit);
  const nav = useOptions((s) => s.nav);
  const io = useOptions((s) => s.io);
  useEffect(() => void io.load(), [io]);

  if (!loaded) {
    return (
      <main aria-busy={status === 'loading'}>
        <h1>Microscope settings</h1>
        {status === 'failed' ? (
          <><p className="notice risk" role="alert">{message}</p><button type="button" onClick={() => void io.load()}>Try again</button></>
        ) : <p role="status">Loading your brand profiles…</p>}
      </main>
    );
  }
  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    void io.save();
  };
  // Leaving a box shows its problems; leaving a button (say, "Add competitor") does not nag about the new empty row.
  const leave = (ev: FocusEvent) => {
    if (ev.target.matches('input, textarea, select')) edit.validate();
  };
  // A link in the error summary brings its tab forward, then puts the cursor in the box.
  const jump = (path: string) => {
    flushSync(() => nav.showTab(tabOfPath(path)));
    document.getElementById(describePath(path).target)?.focus();
  };
  const problems = problemsByTab(errors);
  const tabs = TABS.map((t) => ({ ...t, note: problems[t.id] === 0 ? undefined : problems[t.id] === 1 ? '1 problem' : `${problems[t.id]} problems` }));
  const View = TAB_VIEWS[tab];
  return (
    <main className="options">
      <h1>Microscope settings</h1>
      <p className="muted">Your brand profiles: every creator is scored against the brand of the campaign. Nothing leaves this browser.</p>
      <BrandsBar useOptions={useOptions} />
      <form noValidate onSubmit={submit} onBlur={leave} aria-label={`Settings for ${name}`}>
        <Tabs label={`Settings for ${name}`} tabs={tabs} selected={tab} onSelect={nav.showTab}>
          <View useOptions={useOptions} />
        </Tabs>
        <SaveBar status={status} message={message} errors={errors} dirty={dirty} onResetAll={() => void io.resetAll()} onJump={jump} />
      </form>
    </main>
  );
}
