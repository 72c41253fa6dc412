import type { DeletedCampaign } from '../store/campaigns';
import type { DeletedCreator } from '../store/creators';
import type { EntryChange } from '../store/dashboard-queries';
import type { EntryRow } from '../core/model/rows';

/**
 * One bulk action and what it did: per changed entry, only the fields it wrote (before and
 * after), so undo leaves alone what was edited elsewhere since; the entries it removed, whole;
 * a deleted campaign comes back with its list row too.
 */
export interface UndoStep {
  label: string;
  changes: EntryChange[];
  removed: EntryRow[];
  campaign?: DeletedCampaign;
  /** A creator deleted with everything kept about it: undo puts it all back. */
  creator?: DeletedCreator;
}

export const UNDO_LIMIT = 20;

/** A new stack with the step on top; the oldest steps fall off beyond the limit. */
export function pushed(stack: readonly UndoStep[], step: UndoStep, limit = UNDO_LIMIT): UndoStep[] {
  if (step.changes.length === 0 && step.removed.length === 0 && !step.campaign && !step.creator) return [...stack];
  return [...stack, step].slice(-limit);
}

/** The top step and the stack without it; null when there is nothing to undo. */
export function popped(stack: readonly UndoStep[]): { step: UndoStep; rest: UndoStep[] } | null {
  if (stack.length === 0) return null;
  return { step: stack[stack.length - 1]!, rest: stack.slice(0, -1) };
}

/** Tags with one added or removed, trimmed, without duplicates (case-insensitive). */
export function tagsWith(tags: readonly string[], tag: string, mode: 'add' | 'remove'): string[] {
  const t = tag.trim();
  if (!t) return [...tags];
  const same = (x: string) => x.toLowerCase() === t.toLowerCase();
  if (mode === 'remove') return tags.filter((x) => !same(x));
  return tags.some(same) ? [...tags] : [...tags, t];
}
