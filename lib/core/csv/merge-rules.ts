/** The merge's small rules, one function each, shared by the preview and the commit. */

/** Tags united, ours first, each once. */
export function unitedTags(ours: string[], theirs: string[]): string[] {
  return [...new Set([...ours, ...theirs])];
}

/**
 * Notes united line by line: ours as written, then their lines we do not have yet.
 * A teammate's file that repeats our notes (it started from our export) adds nothing.
 */
export function unitedNotes(ours: string, theirs: string): string {
  if (!theirs.trim() || ours.includes(theirs)) return ours;
  if (!ours.trim() || theirs.includes(ours)) return theirs;
  const have = new Set(ours.split(/\r?\n/).map((l) => l.trim()));
  const added = theirs.split(/\r?\n/).filter((l) => l.trim() && !have.has(l.trim()));
  return added.length ? `${ours}\n${added.join('\n')}` : ours;
}

/** The scout's own columns: a filled cell in the file wins, an empty one keeps ours. */
export function unitedExtra(ours: Record<string, string>, theirs: Record<string, string>): Record<string, string> {
  // Own properties, defined rather than assigned: a column named "__proto__" is a column, not the prototype.
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(ours)) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  for (const [k, v] of Object.entries(theirs)) {
    if (v !== '' || !Object.hasOwn(out, k)) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** True when their score is strictly newer than ours (times compared as instants, not text). */
export function isNewer(theirs: string | null, ours: string | null | undefined): boolean {
  if (theirs === null) return false;
  if (!ours) return true;
  return Date.parse(theirs) > Date.parse(ours);
}
