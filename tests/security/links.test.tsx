// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FlagList } from '@/components/FlagList';
import { PostList } from '@/components/PostList';
import { parseImport } from '@/lib/core/csv/import';
import { CSV_COLUMNS } from '@/lib/core/csv/columns';
import { ProfileSnapshot } from '@/lib/core/model/snapshot';
import { CreatorRowSchema } from '@/lib/core/model/rows';
import { score } from '@/lib/core/scoring/score';
import { summaryOf } from '@/lib/core/scoring/summary-of';
import { makePost, makeSnapshot } from '../helpers/snapshots';

// Finding under "Links" of the review (issue 13): z.string().url() let javascript:, data: and file:
// addresses into snapshots, backups and CSV imports, and the panel rendered post links raw.
const HOSTILE = ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', 'http://plain.example/'];

describe('https only, in the schema', () => {
  it.each(HOSTILE)('refuses %s as a post or profile address', (url) => {
    const good = makeSnapshot();
    expect(ProfileSnapshot.safeParse({ ...good, profileUrl: url }).success).toBe(false);
    expect(ProfileSnapshot.safeParse({ ...good, posts: [{ ...good.posts[0], url }] }).success).toBe(false);
  });

  it('rebuilds an older creator row\'s http:// profile address as https from its handle, and still refuses a script address', () => {
    const row = { id: 'instagram:ann', platform: 'instagram', handle: 'ann', lastScoredAt: '2026-11-01T10:00:00.000Z', lastScore: summaryOf(score(makeSnapshot())) };
    const old = CreatorRowSchema.safeParse({ ...row, profileUrl: 'http://www.instagram.com/ann/' });
    expect(old.success && old.data.profileUrl).toBe('https://www.instagram.com/ann/');
    expect(CreatorRowSchema.safeParse({ ...row, profileUrl: 'javascript:alert(1)' }).success).toBe(false);
  });

  it('refuses a CSV row whose profile_url is not https, naming the row', () => {
    const header = CSV_COLUMNS.join(',');
    const cells = CSV_COLUMNS.map((c) => (c === 'platform' ? 'instagram' : c === 'handle' ? 'someone' : c === 'profile_url' ? 'javascript:alert(1)' : c === 'last_scored_at' ? '2026-11-01T10:00:00.000Z' : ''));
    const result = parseImport(new TextEncoder().encode(`${header}\r\n${cells.join(',')}\r\n`));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((p) => p.row)).toContain(2);
  });
});

describe('https only, at every link', () => {
  it('renders a post or evidence address that is not https as text, never as a link', () => {
    // Past the schema (an old row, a bug): the components still refuse to link it.
    const posts = HOSTILE.map((url, i) => ({ ...makePost({ id: `p${i}` }), url }));
    const { container } = render(<><PostList posts={posts} /><FlagList flags={[{ id: 'engagement-outlier', severity: 'warn', message: 'x', evidence: { postIds: posts.map((p) => p.id), numbers: {} } }]} posts={posts} /></>);
    const hrefs = Array.from(container.querySelectorAll('a')).map((a) => a.getAttribute('href'));
    expect(hrefs.filter((h) => h !== null && !/^https:/.test(h))).toEqual([]);
  });
});
