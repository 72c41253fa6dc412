/**
 * What JSON.parse lets through silently, found by one pass over text it has already accepted:
 * a key repeated within one object (JSON.parse keeps the last, so a backup could hide a second
 * "rows" or "tableName" behind the first), and nesting deep enough to overflow a recursive
 * reader later (structured clone, zod). Iterative, so deep input cannot overflow the scan itself.
 * Returns what is wrong, in words, or null.
 */
export function jsonShapeProblem(text: string, maxDepth: number): string | null {
  /** A Set of the keys seen, per open object; null for an open array. */
  const open: Array<Set<string> | null> = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x22) {
      const end = closingQuote(text, i);
      const top = open[open.length - 1];
      if (top) {
        let j = end + 1;
        while (isSpace(text.charCodeAt(j))) j++;
        if (text.charCodeAt(j) === 0x3a) {
          const raw = text.slice(i, end + 1);
          const key = raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
          if (top.has(key)) return `the key "${key.slice(0, 60)}" appears twice in one object`;
          top.add(key);
        }
      }
      i = end;
    } else if (ch === 0x7b || ch === 0x5b) {
      open.push(ch === 0x7b ? new Set() : null);
      if (open.length > maxDepth) return `it is nested more than ${maxDepth} levels deep`;
    } else if (ch === 0x7d || ch === 0x5d) {
      open.pop();
    }
  }
  return null;
}

/** The index of the quote that closes the string opening at `start` (the text is valid JSON). */
function closingQuote(text: string, start: number): number {
  let from = start + 1;
  for (;;) {
    const q = text.indexOf('"', from);
    if (q < 0) return text.length;
    let slashes = 0;
    while (text.charCodeAt(q - 1 - slashes) === 0x5c) slashes++;
    if (slashes % 2 === 0) return q;
    from = q + 1;
  }
}

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
