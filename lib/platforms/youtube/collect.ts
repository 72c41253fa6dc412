import { findShapes, type ShapeMatch } from '../../parse/json-walk';
import { YT_SHAPES, type YtKind } from './shapes';
import type { Doc } from './watch';

/** One JSON document of the page with everything the reader recognised in it, walked once. */
export interface DocShapes {
  doc: Doc;
  matches: ShapeMatch<YtKind>[];
}

export function shapesOf(docs: readonly Doc[]): DocShapes[] {
  return docs.map((doc) => ({ doc, matches: findShapes([{ body: doc.data, source: doc.source }], YT_SHAPES) }));
}

export function ofKind(shapes: readonly DocShapes[] | DocShapes, kind: YtKind): ShapeMatch<YtKind>[] {
  const list: readonly DocShapes[] = 'matches' in shapes ? [shapes] : shapes;
  return list.flatMap((s) => s.matches.filter((m) => m.kind === kind));
}

/** Where a value came from, for sources[field]: `payload: /youtubei/v1/browse @ header.pageHeaderRenderer…`. */
export function origin(m: ShapeMatch<YtKind>): string {
  return m.path ? `${m.source} @ ${m.path}` : m.source;
}
