import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

export interface MenuItem {
  label: string;
  onSelect(): void;
  disabled?: boolean;
  testId?: string;
}

const itemsIn = (menu: HTMLElement | null) => [...(menu?.querySelectorAll<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])') ?? [])];

/**
 * A button that opens a menu (the WAI-ARIA menu button pattern): Enter, Space or ↓ open it on the
 * first item, ↑ on the last; ↑ ↓ Home End move, Enter or Space choose, Escape or Tab close it
 * and focus goes back to the button.
 */
export function MenuButton({ label, items, testId }: { label: string; items: MenuItem[]; testId?: string }) {
  const [open, setOpen] = useState<null | 'first' | 'last'>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const id = useId();
  const entries = () => itemsIn(menu.current);
  useEffect(() => {
    if (!open) return;
    const all = itemsIn(menu.current);
    (open === 'first' ? all[0] : all[all.length - 1])?.focus();
    const outside = (e: MouseEvent) => { if (!menu.current?.contains(e.target as Node) && !button.current?.contains(e.target as Node)) setOpen(null); };
    document.addEventListener('mousedown', outside);
    return () => document.removeEventListener('mousedown', outside);
  }, [open]);
  const close = (focus: boolean) => { setOpen(null); if (focus) button.current?.focus(); };
  const onButtonKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') { e.preventDefault(); setOpen(e.key === 'ArrowDown' ? 'first' : 'last'); }
  };
  const onMenuKey = (e: KeyboardEvent) => {
    const all = entries();
    const at = all.indexOf(document.activeElement as HTMLElement);
    const go = (i: number) => { e.preventDefault(); all[(i + all.length) % all.length]?.focus(); };
    if (e.key === 'ArrowDown') go(at + 1);
    else if (e.key === 'ArrowUp') go(at - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(all.length - 1);
    else if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); close(true); }
    else if (e.key === 'Tab') close(false);
  };
  const choose = (item: MenuItem) => { if (item.disabled) return; close(true); item.onSelect(); };
  return (
    <div className="dash-menu">
      <button ref={button} type="button" className="secondary" aria-haspopup="menu" aria-expanded={open !== null} aria-controls={open ? id : undefined}
        onClick={() => setOpen(open ? null : 'first')} onKeyDown={onButtonKey} data-testid={testId}>
        {label} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <ul ref={menu} id={id} role="menu" aria-label={label} className="dash-menu-list" onKeyDown={onMenuKey}>
          {items.map((item) => (
            <li key={item.label} role="menuitem" tabIndex={-1} aria-disabled={item.disabled || undefined} data-testid={item.testId}
              onClick={() => choose(item)} onKeyDown={(e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); choose(item); } }}>
              {item.label}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
