// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EngagementChart } from '@/components/EngagementChart';
import { ErrorState } from '@/components/ErrorState';
import { FlagList } from '@/components/FlagList';
import { FollowerHistoryChart } from '@/components/FollowerHistoryChart';
import { ValueFitList } from '@/components/ValueFitList';
import type { Scorecard } from '@/lib/core/model/scorecard';
import { score } from '@/lib/core/scoring/score';
import { describe as describeReply } from '@/lib/page/score-button';
import { makePost, makeSnapshot } from '../../helpers/snapshots';

afterEach(cleanup);

describe('charts', () => {
  const snapshot = makeSnapshot({ posts: [makePost({ likes: 400, comments: 20 }), makePost({ likes: 900, comments: 30 }), makePost({ likes: 100, comments: 2 })] });
  const card: Scorecard = score(snapshot, { now: new Date('2026-11-20T12:00:00.000Z') });

  it('gives the engagement chart a text alternative: a labelled canvas, a summary with the band, and the numbers', () => {
    render(<EngagementChart engagement={card.engagement} posts={snapshot.posts} />);
    const canvas = screen.getByRole('img');
    expect(canvas.getAttribute('aria-label')).toMatch(/^Engagement per post/);
    const summary = document.getElementById(canvas.getAttribute('aria-describedby')!)!;
    expect(summary.textContent).toMatch(/3 post\(s\), from .*%.* median .*%/);
    expect(summary.textContent).toMatch(/typical band of .*–.*\(shaded\)/);
    expect(screen.getAllByRole('row')).toHaveLength(1 + card.engagement.perPost.length);
  });

  it('says there is nothing to chart rather than drawing an empty chart', () => {
    const empty = makeSnapshot({ posts: [] });
    render(<EngagementChart engagement={score(empty).engagement} posts={[]} />);
    expect(screen.getByTestId('engagement-chart-empty')).toBeTruthy();
  });

  it('charts followers across visits, oldest first, with the change in its summary', () => {
    const earlier = makeSnapshot({ followers: 18_000, capturedAt: '2026-10-01T12:00:00.000Z' });
    render(<FollowerHistoryChart history={[earlier]} current={snapshot} />);
    expect(screen.getByTestId('follower-chart-summary').textContent).toMatch(/2 visits: 18,000 on .*, 20,000 on .*\(\+11\.1%\)/);
    const cells = screen.getAllByRole('row').slice(1).map((r) => r.lastElementChild?.textContent);
    expect(cells).toEqual(['18,000', '20,000']);
  });

  it('shows no follower history from a single visit', () => {
    const { container } = render(<FollowerHistoryChart history={[]} current={snapshot} />);
    expect(container.textContent).toBe('');
  });

  it('reads the engagement chart oldest to newest, whatever order the page listed the posts in', () => {
    const posts = [makePost({ publishedAt: '2026-10-07T12:00:00.000Z', likes: 900 }), makePost({ publishedAt: '2026-09-01T12:00:00.000Z', likes: 100 })];
    const s = makeSnapshot({ posts });
    render(<EngagementChart engagement={score(s).engagement} posts={posts} />);
    const labels = screen.getAllByRole('row').slice(1).map((r) => r.firstElementChild?.textContent ?? '');
    expect(labels.map((l) => new Date(`${l} 2026`).getMonth())).toEqual([8, 9]);
    // Post ids are data, not words on screen.
    expect(labels.join(' ')).not.toMatch(/P\d+/);
  });
});

describe('ValueFitList answers', () => {
  it('sends yes, no or unsure for manual items and marks the current answer as pressed', () => {
    const onAnswer = vi.fn();
    const valueFit: Scorecard['valueFit'] = { score: 1, items: [
      { id: 'content-style', label: 'Content style fits', kind: 'manual', status: 'pass', matches: [] },
      { id: 'auto-item', label: 'Auto', kind: 'auto', status: 'fail', matches: [] },
    ] };
    render(<ValueFitList valueFit={valueFit} onAnswer={onAnswer} />);
    const group = screen.getByRole('group', { name: 'Answer: Content style fits' });
    const yes = within(group).getByRole('button', { name: 'yes' });
    expect(yes.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(within(group).getByRole('button', { name: 'unsure' }));
    expect(onAnswer).toHaveBeenCalledWith('content-style', 'unsure');
    expect(screen.getAllByRole('group')).toHaveLength(1);
  });

  it('says how many items were answered, not a share of the answered ones', () => {
    const valueFit: Scorecard['valueFit'] = { score: 1, items: [
      { id: 'a', label: 'A', kind: 'auto', status: 'pass', matches: [] },
      { id: 'b', label: 'B', kind: 'manual', status: 'unanswered', matches: [] },
      { id: 'c', label: 'C', kind: 'manual', status: 'unanswered', matches: [] },
    ] };
    render(<ValueFitList valueFit={valueFit} />);
    expect(screen.getByTestId('value-fit').textContent).toContain('Value fit: 1 of 3 answered: 1 passes');
    expect(screen.getByTestId('value-fit').textContent).not.toMatch(/100%/);
  });
});

describe('failure states name what to do', () => {
  it.each([
    ['not-a-profile', [], /Not a profile page/, /Open a creator’s profile/],
    ['private-account', [], /Private account/, /Follow the account/],
    ['logged-out', ['followers'], /Logged out/, /Log in/],
    ['layout-changed', ['followers'], /Couldn’t read followers/, /layout may have changed/],
    ['reload-needed', [], /Reload needed/, /Reload the page/],
    ['unavailable', [], /Account unavailable/, /banned or deleted/],
  ] as const)('%s', (reason, missing, title, next) => {
    render(<ErrorState error={{ reason, missing: [...missing], message: 'm' }} onRetry={() => undefined} />);
    expect(screen.getByRole('heading').textContent).toMatch(title);
    expect(screen.getByRole('alert').textContent).toMatch(next);
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('reads an unavailable account as a Skip, in words', () => {
    render(<ErrorState error={{ reason: 'unavailable', missing: [], message: 'Gone.' }} />);
    expect(screen.getByTestId('decision').textContent).toMatch(/^Skip ✗ — the account is banned or deleted/);
    cleanup();
    render(<ErrorState error={{ reason: 'logged-out', missing: [], message: 'Log in.' }} />);
    expect(screen.queryByTestId('decision')).toBeNull();
  });
});

describe('FlagList', () => {
  const note = { id: 'rounded-followers' as const, severity: 'info' as const, message: 'The page shows the follower count rounded, so 24,100 is a lower bound.', evidence: { postIds: [], numbers: { followers: 24_100 } } };
  const finding = { id: 'posting-gap' as const, severity: 'warn' as const, message: 'No post for 45 days.', evidence: { postIds: [], numbers: { days: 45 } } };

  it('says "no flags" when only notes on rounded numbers remain, and still shows the notes', () => {
    render(<FlagList flags={[note]} posts={[]} />);
    expect(screen.getByTestId('no-flags').textContent).toMatch(/No flags/);
    expect(screen.getByTestId('number-notes').textContent).toMatch(/24,100 is a lower bound/);
    expect(screen.queryByTestId('flags')).toBeNull();
  });

  it('speaks plain words: no flag ids or evidence keys on screen, posts linked by date with their rate against the usual', () => {
    const post = makePost({ id: 'C7xYz', publishedAt: '2026-10-07T12:00:00.000Z' });
    const outlier = { id: 'engagement-outlier' as const, severity: 'info' as const, message: '1 post(s) stand far from the creator\'s usual engagement.', evidence: { postIds: ['C7xYz'], numbers: { median: '3.80%', mad: '1.19%', outlierRates: '13.40%' } } };
    const competitor = { id: 'competitor-mention' as const, severity: 'risk' as const, message: 'Mentioned Rival within your 3650-day exclusivity window.', evidence: { postIds: [], numbers: { competitors: 'Rival', posts: 1, exclusivityDays: 3650 } } };
    const engagement = { ...score(makeSnapshot()).engagement, median: 0.038, perPost: [{ postId: 'C7xYz', rate: 0.134 }] };
    render(<FlagList flags={[outlier, competitor]} posts={[post]} engagement={engagement} />);
    const text = screen.getByTestId('flags').textContent ?? '';
    for (const dev of ['engagement-outlier', 'competitor-mention', 'mad:', 'outlierRates', 'exclusivityDays', 'C7xYz']) expect(text).not.toContain(dev);
    const link = screen.getByRole('link');
    expect(link.getAttribute('href')).toBe(post.url);
    expect(link.textContent).toMatch(/^(7 Oct|Oct 7) post$/);
    expect(link.parentElement?.textContent).toMatch(/: 13\.40% vs usual 3\.80%$/);
    expect(text).toContain('exclusivity window (days): 3,650');
  });

  it('lists findings by severity and keeps notes apart from them', () => {
    render(<FlagList flags={[note, finding]} posts={[]} />);
    const flags = screen.getByTestId('flags');
    expect(within(flags).getByRole('region', { name: 'Worth a look' }).textContent).toMatch(/No post for 45 days/);
    expect(within(flags).queryByRole('region', { name: 'For information' })).toBeNull();
    expect(within(flags).getByTestId('number-notes').textContent).toMatch(/lower bound/);
  });
});

describe('on-page button result line', () => {
  it('reads as one line and points to the toolbar when the panel could not open', () => {
    const line = describeReply({ panelOpened: false, outcome: { ok: true, value: { name: 'Wren', tier: 'micro', engagementRate: 0.0345, engagementApproximate: false } } });
    expect(line).toMatch(/^Wren: micro · 3\.45% engagement\. Open Microscope from the toolbar/);
    // A rate from rounded counts keeps its "≈" on the page too.
    expect(describeReply({ panelOpened: true, outcome: { ok: true, value: { name: 'Byte', tier: 'micro', engagementRate: 0.3112, engagementApproximate: true } } })).toBe('Byte: micro · ≈31.12% engagement.');
    // The page can read this line: the brand-specific overall score must not be in it.
    expect(line).not.toMatch(/72|overall/);
    expect(describeReply({ panelOpened: true, outcome: { ok: false, error: { reason: 'logged-out', missing: [], message: 'Log in.' } } })).toBe('Log in.');
  });
});
