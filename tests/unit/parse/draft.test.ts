import { describe, expect, it } from 'vitest';
import { SnapshotDraft } from '@/lib/core/platforms/shared/draft';

describe('SnapshotDraft.pick', () => {
  it('keeps the exact count and records a disagreement beyond rounding', () => {
    const d = new SnapshotDraft();
    const v = d.pick('followers', [{ value: 9_999_999, source: 'payload: evil', exact: true }, { value: 38_200, source: 'meta: description', exact: false }]);
    expect(v).toBe(9_999_999);
    expect(d.disagreements).toEqual([{ field: 'followers', kept: { value: '9999999', source: 'payload: evil' }, other: { value: '38200', source: 'meta: description' } }]);
  });

  it('does not call rounding a disagreement', () => {
    const d = new SnapshotDraft();
    d.pick('followers', [{ value: 38_217, source: 'json' }, { value: 38_200, source: 'meta: description', exact: false }]);
    d.pick('totalLikes', [{ value: 162_986_107, source: 'statsV2' }, { value: 163_000_000, source: 'stats', exact: false }]);
    expect(d.disagreements).toEqual([]);
    expect(d.sources.followers).toBe('json (also: meta: description showed 38200)');
  });

  it('calls two different exact counts a disagreement', () => {
    const d = new SnapshotDraft();
    d.pick('following', [{ value: 512, source: 'json' }, { value: 513, source: 'payload' }]);
    expect(d.disagreements).toHaveLength(1);
  });
});
