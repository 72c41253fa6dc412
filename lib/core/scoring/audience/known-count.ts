/**
 * How many items have a flag set, when the page said for every one of them; null when it left
 * any unsaid. "2 of 25 hearted" must not count a comment whose heart the page did not show as
 * unhearted: with one unknown, the honest count is unknown.
 */
export function countIfAllKnown<T>(items: readonly T[], flag: (item: T) => boolean | null): number | null {
  let count = 0;
  for (const item of items) {
    const v = flag(item);
    if (v === null) return null;
    if (v) count++;
  }
  return count;
}
