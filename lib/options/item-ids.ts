import { slugOf } from './fields';

/** The longest id a checklist item may have (BrandProfile's ChecklistItem). */
const MAX_ID = 60;

/** `base`, or `base-2`, `base-3`… : the first one not taken, cut to fit. */
export function uniqueId(base: string, isTaken: (id: string) => boolean): string {
  if (!isTaken(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${base.slice(0, MAX_ID - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!isTaken(candidate)) return candidate;
  }
}

/**
 * The internal id of each checklist item, in order. Answers in the panel are stored under it, so an
 * item that has one keeps it whatever its label becomes; an item without one (new since the last
 * save) gets its label's slug, made unique within the brand. A label with no Latin letters or digits
 * ("日本語") becomes "item". The scout never sees or types an id.
 */
export function itemIds(items: readonly { id: string | null; label: string }[]): string[] {
  const kept = new Set(items.flatMap((i) => (i.id === null ? [] : [i.id])));
  const given = new Set<string>();
  return items.map((item) => {
    // A repeated stored id (no form could make one) is repaired on the second item, not shared.
    const id = item.id !== null && !given.has(item.id)
      ? item.id
      : uniqueId(slugOf(item.label) || 'item', (c) => given.has(c) || kept.has(c));
    given.add(id);
    return id;
  });
}
