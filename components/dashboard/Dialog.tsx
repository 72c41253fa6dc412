import { useEffect, useId, useRef, type ReactNode } from 'react';

const FOCUSABLE = 'button:not([disabled]), a[href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

interface Props {
  title: string;
  onClose(): void;
  children: ReactNode;
  testId?: string;
  wide?: boolean;
  /** A side drawer at the right edge, full height, instead of a centred box. */
  drawer?: boolean;
}

/**
 * A modal dialog: labelled by its title, Escape closes it, Tab stays inside,
 * and focus goes back to where it was when it closes.
 */
export function Dialog({ title, onClose, children, testId, wide, drawer }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    const first = ref.current?.querySelector<HTMLElement>(FOCUSABLE);
    (first ?? ref.current)?.focus();
    return () => opener?.focus?.();
  }, []);
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onClose();
      return;
    }
    if (e.key !== 'Tab' || !ref.current) return;
    const items = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    if (items.length === 0) return;
    const [first, last] = [items[0]!, items[items.length - 1]!];
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };
  return (
    <div className={`dash-backdrop${drawer ? ' drawer' : ''}`} onMouseDown={(e) => { if (drawer && e.target === e.currentTarget) onClose(); }}>
      <div ref={ref} className={`dash-dialog${wide ? ' wide' : ''}${drawer ? ' drawer' : ''}`} role="dialog" aria-modal="true" aria-labelledby={titleId} tabIndex={-1} onKeyDown={onKeyDown} data-testid={testId}>
        <div className="dash-dialog-head">
          <h2 id={titleId}>{title}</h2>
          <button type="button" className="secondary" onClick={onClose} aria-label={`Close ${title}`}>Close</button>
        </div>
        {children}
      </div>
    </div>
  );
}
