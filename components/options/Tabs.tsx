import { useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface TabSpec<T extends string> {
  id: T;
  label: string;
  /** Words after the label, part of its name ("2 problems"): never a colour alone. */
  note?: string | undefined;
}

interface Props<T extends string> {
  /** What the tabs divide, for screen readers ("Settings for Patchwork"). */
  label: string;
  tabs: readonly TabSpec<T>[];
  selected: T;
  onSelect(tab: T): void;
  /** The selected tab's content; the others are not drawn. */
  children: ReactNode;
}

/** Where each key moves focus among n tabs; the list wraps round. */
const MOVES: Record<string, (i: number, n: number) => number> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_, n) => n - 1,
};

/**
 * WAI-ARIA tabs: one Tab stop, on the selected tab; the arrow keys, Home and End move to another
 * tab and select it at once (automatic activation: drawing a tab is cheap).
 */
export function Tabs<T extends string>({ label, tabs, selected, onSelect, children }: Props<T>) {
  const buttons = useRef(new Map<T, HTMLButtonElement>());
  const keyDown = (ev: KeyboardEvent, i: number) => {
    const move = MOVES[ev.key];
    if (!move) return;
    ev.preventDefault();
    const next = tabs[move(i, tabs.length)]!;
    onSelect(next.id);
    buttons.current.get(next.id)?.focus();
  };
  return (
    <div className="tabs">
      <div role="tablist" aria-label={label} className="tablist">
        {tabs.map((t, i) => (
          <button key={t.id} type="button" role="tab" id={`tab-${t.id}`} aria-selected={t.id === selected} aria-controls={`panel-${t.id}`}
            tabIndex={t.id === selected ? 0 : -1} onClick={() => onSelect(t.id)} onKeyDown={(ev) => keyDown(ev, i)}
            ref={(el) => { if (el) buttons.current.set(t.id, el); else buttons.current.delete(t.id); }}>
            {t.label}
            {t.note ? <> <span className="tab-note">{t.note}</span></> : null}
          </button>
        ))}
      </div>
      {tabs.map((t) => (
        // tabIndex 0: each panel opens with a heading and text, so Tab from the tab lands on the panel first (APG).
        <div key={t.id} role="tabpanel" id={`panel-${t.id}`} aria-labelledby={`tab-${t.id}`} hidden={t.id !== selected} tabIndex={0} className="tabpanel">
          {t.id === selected ? children : null}
        </div>
      ))}
    </div>
  );
}
