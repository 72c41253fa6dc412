import { describe, expect, it, vi } from 'vitest';

// Counts how often the shape rules are asked, to prove each object is named once.
const calls = vi.hoisted(() => ({ n: 0 }));
vi.mock('@/lib/core/platforms/youtube/shapes', async (original) => {
  const real = await original<typeof import('@/lib/core/platforms/youtube/shapes')>();
  return { ...real, kindOf: (o: Parameters<typeof real.kindOf>[0]) => { calls.n++; return real.kindOf(o); } };
});

const { shapesOf } = await import('@/lib/core/platforms/youtube/collect');

describe('YouTube documents are walked once', () => {
  it('names each object\'s kind once, a match included', () => {
    calls.n = 0;
    const [s] = shapesOf([{ data: { a: { commentKey: 'k1' }, b: [{ x: 1 }] }, source: 'test' }]);
    expect(s!.matches.map((m) => [m.kind, m.path])).toEqual([['commentViewModel', 'a']]);
    // The root, `a` and `b[0]`: three objects, three questions.
    expect(calls.n).toBe(3);
  });

  it('says when part of a body was not read', () => {
    const warnings: string[] = [];
    shapesOf([{ data: { list: Array.from({ length: 20_001 }, () => ({})) }, source: 'payload: /youtubei/v1/browse' }], (m) => warnings.push(m));
    expect(warnings).toEqual(['Part of payload: /youtubei/v1/browse was not read: it is larger than Microscope reads (a list of over 20000 items).']);
  });
});
