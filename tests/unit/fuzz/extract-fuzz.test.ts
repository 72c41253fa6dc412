import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { captureFromFiles } from '@/lib/cli/capture-from-files';
import type { PageCapture } from '@/lib/core/model/capture';
import { ExtractError } from '@/lib/core/model/errors';
import { ProfileSnapshot } from '@/lib/core/model/snapshot';
import { readPage } from '@/lib/core/platforms';
import { finalize } from '@/lib/core/platforms/shared/finalize';
import { loadSamples, samplePath } from '../../e2e/samples';
import { mutateJson, mutateText, rng, type Rng } from './mutate';

const RUNS = 600;

/** A reader must never throw; the result is a schema-valid snapshot or a typed error. */
function expectSnapshotOrTypedError(capture: PageCapture): 'snapshot' | 'error' {
  const read = readPage(capture);
  expect(read).not.toBeNull();
  try {
    const snapshot = finalize(read!, capture.capturedAt);
    expect(ProfileSnapshot.safeParse(snapshot).success).toBe(true);
    return 'snapshot';
  } catch (err) {
    if (!(err instanceof ExtractError)) throw err;
    expect(err.message.length).toBeGreaterThan(10);
    return 'error';
  }
}

/** Damages the live document in place and returns how to undo it, so one parse serves every run. */
function damageDocument(r: Rng, doc: Document): () => void {
  const elements = Array.from(doc.querySelectorAll('body *, head script, head meta'));
  const el = elements[Math.floor(r() * elements.length)];
  if (!el) return () => undefined;
  if (el.tagName === 'SCRIPT' || r() < 0.3) {
    const attr = el.tagName === 'META' ? 'content' : null;
    const before = attr ? el.getAttribute(attr) ?? '' : el.textContent ?? '';
    const after = mutateText(r, before);
    if (attr) el.setAttribute(attr, after);
    else el.textContent = after;
    return () => (attr ? el.setAttribute(attr, before) : (el.textContent = before));
  }
  const parent = el.parentNode;
  const next = el.nextSibling;
  el.remove();
  return () => parent?.insertBefore(el, next);
}

describe.each(loadSamples().map((s) => [s.id, s] as const))('fuzzing sample %s', (_id, sample) => {
  const base = captureFromFiles(sample.url, [samplePath(sample.html), ...sample.payloads.map((p) => samplePath(p.file))], '2026-11-20T12:00:00.000Z');

  it(`survives ${RUNS} damaged pages: removed nodes, garbled or truncated JSON, swapped digits`, () => {
    const outcomes = { snapshot: 0, error: 0 };
    fc.assert(fc.property(fc.integer(), (seed) => {
      const undo = damageDocument(rng(seed), base.doc);
      try {
        outcomes[expectSnapshotOrTypedError(base)]++;
      } finally {
        undo();
      }
    }), { numRuns: RUNS, seed: 20261125 });
    // Most damage leaves a readable page readable; none of it may crash the reader.
    if (!sample.expect.error) expect(outcomes.snapshot).toBeGreaterThan(RUNS / 2);
    expect(outcomes.snapshot + outcomes.error).toBe(RUNS);
  });

  if (sample.payloads.length > 0) {
    it(`survives ${RUNS} damaged payloads`, () => {
      fc.assert(fc.property(fc.integer(), fc.integer({ min: 1, max: 4 }), (seed, times) => {
        const r = rng(seed);
        const payloads = base.payloads.map((p) => {
          let body = p.body;
          for (let i = 0; i < times; i++) body = mutateJson(r, body);
          return { ...p, body };
        });
        expectSnapshotOrTypedError({ ...base, payloads });
      }), { numRuns: RUNS, seed: 20261125 });
    });
  }
});
