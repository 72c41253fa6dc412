import { useState } from 'react';

interface Props {
  /** The button's accessible name: what it copies. */
  label: string;
  text: string;
  onCopy(text: string): Promise<boolean>;
  /** Visible text; a small "Copy" when absent. */
  children?: string;
  testId?: string;
}

/** Copies `text` and says whether it worked, in words beside the button. */
export function CopyButton({ label, text, onCopy, children = 'Copy', testId }: Props) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = () => void onCopy(text).then((ok) => setState(ok ? 'copied' : 'failed'));
  return (
    <>
      <button type="button" className="secondary small" aria-label={label} onClick={copy} data-testid={testId}>{children}</button>
      <span role="status" className="copied">{state === 'copied' ? ' Copied ✓' : state === 'failed' ? ' Could not copy' : ''}</span>
    </>
  );
}
