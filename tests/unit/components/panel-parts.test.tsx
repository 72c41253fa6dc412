// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EngagementChart } from '@/components/EngagementChart';
import { ErrorState } from '@/components/ErrorState';
import { FlagList } from '@/components/FlagList';
import { FollowerHistoryChart } from '@/components/FollowerHistoryChart';
import { ShortlistEditor } from '@/components/ShortlistEditor';
import { ValueFitList } from '@/components/ValueFitList';
import type { Scorecard } from '@/lib/core/model/scorecard';
import { score } from '@/lib/core/scoring/score';
import { describe as describeReply } from '@/lib/page/score-button';
import { makePost, makeSnapshot } from '../../helpers/snapshots';

afterEach(cleanup);

describe('ShortlistEditor', () => {
  it('starts a first list named “My shortlist” with the chosen status, tags and notes', () => {
    const onSave = vi.fn();
    render(<ShortlistEditor lists={{ names: [], entries: [], campaigns: [], lastUsed: null }} saving={false} error={null} onSave={onSave} />);
    expect(screen.queryByTestId('shortlisted')).toBeNull();
    expect((screen.getByTestId('new-shortlist') as HTMLInputElement).value).toBe('My shortlist');
    fireEvent.change(screen.getByTestId('entry-status'), { target: { value: 'contacted' } });
    fireEvent.change(screen.getByTestId('entry-tags'), { target: { value: 'diy, outdoor, diy, ' } });
    fireEvent.change(screen.getByTestId('entry-notes'), { target: { value: '<b>hi</b>' } });
    fireEvent.click(screen.getByTestId('add-to-shortlist'));
    expect(onSave).toHaveBeenCalledWith({ shortlistName: 'My shortlist', status: 'contacted', tags: ['diy', 'outdoor'], notes: '<b>hi</b>', quotedRate: null });
  });

  it('offers the lists the creator is not on, or a new one', () => {
    const onSave = vi.fn();
    render(<ShortlistEditor lists={{ names: ['Alpha', 'Beta'], entries: [{ entryId: 1, shortlist: 'Alpha', status: 'agreed', tags: [], notes: '', quotedRate: null }], campaigns: [], lastUsed: null }} saving={false} error={null} onSave={onSave} />);
    const pick = screen.getByTestId('pick-shortlist') as HTMLSelectElement;
    expect([...pick.options].map((o) => o.textContent)).toEqual(['Beta', 'New shortlist…']);
    fireEvent.change(pick, { target: { value: pick.options[1]!.value } });
    fireEvent.change(screen.getByTestId('new-shortlist'), { target: { value: '  Spring  ' } });
    fireEvent.click(screen.getByTestId('add-to-shortlist'));
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ shortlistName: 'Spring', status: 'prospect' }));
  });

  it('says when the creator is already shortlisted and lets the scout edit that entry', () => {
    const onSave = vi.fn();
    const entry = { entryId: 4, shortlist: 'Alpha', status: 'negotiating' as const, tags: ['diy'], notes: 'rate asked', quotedRate: { amount: 400, currency: 'USD' as const } };
    render(<ShortlistEditor lists={{ names: ['Alpha'], entries: [entry], campaigns: [], lastUsed: null }} saving={false} error={null} onSave={onSave} />);
    expect(screen.getByTestId('shortlisted').textContent).toBe('Already shortlisted in: Alpha');
    const form = within(screen.getByTestId('entry'));
    expect((form.getByTestId('entry-status') as HTMLSelectElement).value).toBe('negotiating');
    expect((form.getByTestId('entry-tags') as HTMLInputElement).value).toBe('diy');
    expect((form.getByTestId('entry-quote') as HTMLInputElement).value).toBe('400');
    expect((form.getByTestId('entry-currency') as HTMLSelectElement).value).toBe('USD');
    fireEvent.change(form.getByTestId('entry-status'), { target: { value: 'agreed' } });
    fireEvent.change(form.getByTestId('entry-quote'), { target: { value: '350.5' } });
    fireEvent.click(form.getByTestId('save-entry'));
    expect(onSave).toHaveBeenCalledWith({ shortlistName: 'Alpha', status: 'agreed', tags: ['diy'], notes: 'rate asked', quotedRate: { amount: 350.5, currency: 'USD' } });
    // Clearing the quote means "not known", which is saved as no quote rather than 0.
    fireEvent.change(form.getByTestId('entry-quote'), { target: { value: '' } });
    fireEvent.click(form.getByTestId('save-entry'));
    expect(onSave).toHaveBeenLastCalledWith(expect.objectContaining({ quotedRate: null }));
  });

  it('starts a new quote in the cost estimate’s currency', () => {
    const onSave = vi.fn();
    render(<ShortlistEditor lists={{ names: [], entries: [], campaigns: [], lastUsed: null }} saving={false} error={null} currency="EUR" onSave={onSave} />);
    fireEvent.change(screen.getByTestId('entry-quote'), { target: { value: '120' } });
    fireEvent.click(screen.getByTestId('add-to-shortlist'));
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ quotedRate: { amount: 120, currency: 'EUR' } }));
  });

  it('labels every field, so each is reachable and named for the keyboard and screen readers', () => {
    render(<ShortlistEditor lists={{ names: [], entries: [], campaigns: [], lastUsed: null }} saving={false} error="Not saved: boom" onSave={() => undefined} />);
    for (const name of ['Status', /Tags/, 'Notes', /Quoted rate/, 'Currency', 'New shortlist name']) expect(screen.getByLabelText(name)).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe('Not saved: boom');
  });
});

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

  it('explains that history needs a second visit', () => {
    render(<FollowerHistoryChart history={[]} current={snapshot} />);
    expect(screen.getByTestId('follower-chart-empty').textContent).toMatch(/1 visit/);
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

  const manual: Scorecard['valueFit'] = { score: null, items: [{ id: 'content-style', label: 'Content style fits', kind: 'manual', status: 'unanswered', matches: [] }] };

  it('says whose answers are shown: the creator’s own before any list, then the campaign’s', () => {
    const { rerender } = render(<ValueFitList valueFit={manual} onAnswer={vi.fn()} answersFor={{ campaign: null, campaigns: [], onChoose: vi.fn() }} />);
    expect(screen.getByTestId('answers-for').textContent).toMatch(/copied to each shortlist/);
    rerender(<ValueFitList valueFit={manual} onAnswer={vi.fn()} answersFor={{ campaign: 'Spring', campaigns: ['Spring'], onChoose: vi.fn() }} />);
    expect(screen.getByTestId('answers-for').textContent).toBe('Your answers for “Spring”.');
  });

  it('lets the scout switch campaign when the creator is on several lists', () => {
    const onChoose = vi.fn();
    render(<ValueFitList valueFit={manual} onAnswer={vi.fn()} answersFor={{ campaign: 'Spring', campaigns: ['Autumn', 'Spring'], onChoose }} />);
    const pick = screen.getByLabelText('Answers for the campaign') as HTMLSelectElement;
    expect(pick.value).toBe('Spring');
    fireEvent.change(pick, { target: { value: 'Autumn' } });
    expect(onChoose).toHaveBeenCalledWith('Autumn');
  });
});

describe('failure states name what to do', () => {
  it.each([
    ['not-a-profile', [], /Not a profile page/, /Open a creator’s profile/],
    ['private-account', [], /Private account/, /Follow the account/],
    ['logged-out', ['followers'], /Logged out/, /Log in/],
    ['layout-changed', ['followers'], /Couldn’t read followers/, /layout may have changed/],
    ['reload-needed', [], /Reload needed/, /Reload the page/],
  ] as const)('%s', (reason, missing, title, next) => {
    render(<ErrorState error={{ reason, missing: [...missing], message: 'm' }} onRetry={() => undefined} />);
    expect(screen.getByRole('heading').textContent).toMatch(title);
    expect(screen.getByRole('alert').textContent).toMatch(next);
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
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
