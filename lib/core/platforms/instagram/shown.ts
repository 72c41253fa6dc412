import { str } from '../../parse/json-path';
import type { ShapeMatch } from '../../parse/json-walk';
import { SIDE_LISTS, type IgKind } from './shapes';

/** The handles the document itself prints: the rendered header, the meta tag's "(@handle)", the title's. */
export interface ShownHandles {
  header: string | null;
  meta: string | null;
  title: string | null;
}

/**
 * Another creator the page proves it still shows, for a page that proves nothing about `claimed`:
 * the document's own handles first (what the scout sees), then a user with counts the document
 * embeds, then the latest response's. The refusal then says "still loading", not "layout changed".
 */
export function otherShown(claimed: string | null, shown: ShownHandles, matches: readonly ShapeMatch<IgKind>[]): string | null {
  if (!claimed) return null;
  const dom = [shown.header, shown.meta, shown.title].find((h) => h && h !== claimed);
  if (dom) return dom;
  let embedded: string | null = null;
  let latest: string | null = null;
  for (const m of matches) {
    if (m.kind !== 'user' || SIDE_LISTS.some((k) => m.path.includes(k))) continue;
    const name = str(m.value.username)?.toLowerCase();
    if (!name || name === claimed) continue;
    if (m.source.startsWith('json:')) embedded ??= name;
    else latest = name;
  }
  return embedded ?? latest;
}
