import { describe, expect, it } from 'vitest';
import { findShapes, WALK_LIMITS } from '@/lib/core/parse/json-walk';

const tests = [
  ['user', (o: Record<string, unknown>) => typeof o.username === 'string' && 'follower_count' in o],
  ['media', (o: Record<string, unknown>) => typeof o.code === 'string'],
] as const;

describe('findShapes', () => {
  it('finds objects by shape wherever they sit, with their path and enclosing match, in document order', () => {
    const body = { data: { xig: { username: 'a', follower_count: 3, timeline: { edges: [{ node: { code: 'x' } }, { node: { code: 'y' } }] } } } };
    const found = findShapes([{ body, source: 'json: test' }], tests);
    expect(found.map((m) => [m.kind, m.path, m.parent?.kind ?? null, m.source])).toEqual([
      ['user', 'data.xig', null, 'json: test'],
      ['media', 'data.xig.timeline.edges[0].node', 'user', 'json: test'],
      ['media', 'data.xig.timeline.edges[1].node', 'user', 'json: test'],
    ]);
  });

  it('gives each body its own budget, so a huge earlier response cannot crowd out the creator', () => {
    const decoys = { items: Array.from({ length: WALK_LIMITS.matches + 10 }, (_, i) => ({ code: `d${i}` })) };
    const warnings: string[] = [];
    const found = findShapes([{ body: decoys, source: 'payload: old' }, { body: { user: { username: 'me', follower_count: 1 } }, source: 'payload: new' }], tests, WALK_LIMITS, (w) => warnings.push(w));
    expect(found.filter((m) => m.kind === 'user').map((m) => m.value.username)).toEqual(['me']);
    expect(warnings).toEqual([`Part of payload: old was not read: it is larger than Microscope reads (over ${WALK_LIMITS.matches} items).`]);
  });

  it('reads a huge list up to its cap, and says so', () => {
    const warnings: string[] = [];
    const body = { list: Array.from({ length: WALK_LIMITS.arrayItems + 5 }, () => 1), user: { username: 'me', follower_count: 1 } };
    expect(findShapes([{ body, source: 's' }], tests, WALK_LIMITS, (w) => warnings.push(w))).toHaveLength(1);
    expect(warnings[0]).toMatch(/a list of over 20000 items/);
  });

  it('survives nesting far past its depth cap, and a shape test that throws, without losing the rest', () => {
    let deep: Record<string, unknown> = { username: 'deep', follower_count: 1 };
    for (let i = 0; i < 100_000; i++) deep = { d: deep };
    const throwing = [['user', (o: Record<string, unknown>) => {
      if ('explode' in o) throw new RangeError('too deep');
      return typeof o.username === 'string';
    }]] as const;
    const body = { a: deep, b: { explode: true, username: 'x' }, c: { username: 'me' } };
    const found = findShapes([{ body, source: 's' }], throwing);
    expect(found.map((m) => m.value.username)).toEqual(['me']);
  });
});
