import type { Json } from '../../parse/json-path';
import { findShapes, type ShapeMatch, WALK_LIMITS } from '../../parse/json-walk';
import { kindOf, type YtKind } from './shapes';
import type { Doc } from './watch';

/** One JSON document of the page with everything the reader recognised in it, walked once. */
export interface DocShapes {
  doc: Doc;
  matches: ShapeMatch<YtKind>[];
}

/**
 * Walks each document once. One test per object (does any rule fit?): asking each kind's test in
 * turn cost three times the walk. The kind the test found is kept for the object it passed, so
 * no rule runs twice on a match.
 */
export function shapesOf(docs: readonly Doc[], warn?: (message: string) => void): DocShapes[] {
  return docs.map((doc) => {
    const kinds = new Map<object, YtKind>();
    const test = (o: Record<string, Json>) => {
      const kind = kindOf(o);
      if (kind) kinds.set(o, kind);
      return kind !== null;
    };
    const found = findShapes([{ body: doc.data, source: doc.source }], [['shape', test]], WALK_LIMITS, warn);
    const matches = found as unknown as ShapeMatch<YtKind>[];
    for (const m of matches) m.kind = kinds.get(m.value) as YtKind;
    return { doc, matches };
  });
}

export function ofKind(shapes: readonly DocShapes[] | DocShapes, kind: YtKind): ShapeMatch<YtKind>[] {
  const list: readonly DocShapes[] = 'matches' in shapes ? [shapes] : shapes;
  return list.flatMap((s) => s.matches.filter((m) => m.kind === kind));
}

/** Where a value came from, for sources[field]: `payload: /youtubei/v1/browse @ header.pageHeaderRenderer…`. */
export function origin(m: ShapeMatch<YtKind>): string {
  return m.path ? `${m.source} @ ${m.path}` : m.source;
}
