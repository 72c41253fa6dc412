// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AudienceSection } from '@/components/AudienceSection';
import { Scorecard } from '@/components/Scorecard';
import type { Audience, Responsiveness } from '@/lib/core/model/audience';
import type { Scorecard as Card } from '@/lib/core/model/scorecard';
import { score } from '@/lib/core/scoring/score';
import { makeComment, makeSnapshot } from '../../helpers/snapshots';

afterEach(cleanup);

const HOSTILE = '<img src=x onerror=alert(1)>';
const GENERIC: Card['genericComments'] = { share: 0.25, generic: 20, total: 80, examples: [] };
const NO_COMMENTS: Card['genericComments'] = { share: null, generic: 0, total: 0, examples: [] };

function audience(over: Partial<Audience> = {}): Audience {
  return {
    languages: [{ lang: 'de', share: 0.62, comments: 25 }, { lang: 'en', share: 0.3, comments: 12 }, { lang: 'other', share: 0.08, comments: 4 }],
    usable: 41, visible: 80, source: 'detected', postsOpened: null, targets: ['de'], targetShare: 0.62,
    creatorLocation: { country: 'GB', posts: 10, of: 12 },
    hygiene: {
      defaultAvatar: 3, digitHandles: 2, duplicateTexts: 4, of: 78,
      examples: [
        { kind: 'default-avatar', author: 'anon.one', text: 'nice' },
        { kind: 'digit-handle', author: 'anna84736251', text: 'Love it' },
        { kind: 'duplicate-text', author: 'copy.cat', text: `Great content, keep going ${HOSTILE}` },
      ],
    },
    repeatCommenters: [
      { handle: 'loyal.lou', posts: 4, medianDelayMinutes: 12 },
      { handle: 'fast.fay', posts: 3, medianDelayMinutes: 180 },
      { handle: 'slow.sid', posts: 3, medianDelayMinutes: null },
    ],
    ...over,
  };
}

const REPLIES: Responsiveness = { replied: 3, threads: 6, liked: 1, comments: 20, pinned: 1 };
const text = (id: string) => screen.getByTestId(id).textContent;

describe('AudienceSection', () => {
  it('says each signal in plain words, with its evidence and its limits', () => {
    const { container } = render(<AudienceSection audience={audience()} responsiveness={REPLIES} generic={GENERIC} targets={['de']} />);
    expect(text('audience-gaps')).toBe('Audience country and fake-follower share are not visible on a public page.');
    expect(text('replied')).toBe('Replied in 3 of 6 visible threads (top comments only).');
    expect(text('liked')).toBe('1 of 20 visible comments hearted or liked by the creator.');
    expect(text('pinned')).toBe('1 pinned comment among the visible ones.');
    expect(container.textContent).toMatch(/never a rate over all of the creator's comments/);

    expect(text('audience-languages')).toBe('Comment languages (41 usable of 80): de 62%, en 30%, other 8%.');
    expect(screen.getByTestId('audience-languages').getAttribute('data-source')).toBe('detected');
    expect(text('campaign-languages')).toBe('Campaign languages: de — 62% of the usable comments are in them.');
    expect(screen.queryByTestId('languages-small')).toBeNull();
    expect(text('language-not-country')).toBe('Language is not country.');
    expect(container.textContent).toMatch(/local language identifier/);

    expect(text('generic-share')).toBe('25% of the visible comments are emoji-only, generic or bare mentions (20 of 80).');
    expect(text('default-avatar')).toBe('3 of 78 comments by accounts with the default picture.');
    expect(text('digit-handles')).toBe('2 of 78 comments by digit-heavy handles.');
    expect(text('duplicate-texts')).toBe('4 comments with the same text as another account\'s.');
    const examples = within(screen.getByTestId('hygiene-examples')).getAllByRole('listitem').map((li) => li.textContent);
    expect(examples).toEqual([
      'Default picture: @anon.one — “nice”',
      'Digit-heavy handle: @anna84736251 — “Love it”',
      `Same text as another account: @copy.cat — “Great content, keep going ${HOSTILE}”`,
    ]);
    expect(container.textContent).toMatch(/Commenters worth a look/);
    expect(container.textContent).toMatch(/never a verdict/);

    expect(text('audience-location')).toBe('Posts from GB (10 of 12) — the creator\'s location, not the audience\'s.');

    expect(text('audience-repeat')).toBe('3 accounts commented on ≥3 of the posts you opened.');
    const repeat = within(screen.getByTestId('repeat-list')).getAllByRole('listitem').map((li) => li.textContent);
    expect(repeat).toEqual(['@loyal.lou — 4 posts, median 12 min after posting', '@fast.fay — 3 posts, median 3 h after posting', '@slow.sid — 3 posts, delay unknown']);
    // Page text stays text; no verdict words.
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).not.toMatch(/\bpods?\b|fraud|fake followers|bots?\b/i);
  });

  it('names how many posts were opened when it knows, and asks for 3 when fewer were', () => {
    render(<AudienceSection audience={audience({ repeatCommenters: [{ handle: 'loyal.lou', posts: 3, medianDelayMinutes: 3 * 1440 }] })} responsiveness={REPLIES} generic={GENERIC} targets={['de']} postsOpened={5} />);
    expect(text('audience-repeat')).toBe('1 account commented on ≥3 of the 5 posts you opened.');
    expect(text('repeat-list')).toBe('@loyal.lou — 3 posts, median 3 days after posting');
    cleanup();
    render(<AudienceSection audience={audience({ repeatCommenters: [] })} responsiveness={REPLIES} generic={GENERIC} targets={['de']} postsOpened={2} />);
    expect(text('audience-repeat')).toBe('Open 3 or more of the creator\'s posts to see who comments on several.');
    cleanup();
    render(<AudienceSection audience={audience({ repeatCommenters: [] })} responsiveness={REPLIES} generic={GENERIC} targets={['de']} />);
    expect(text('audience-repeat')).toBe('No account commented on ≥3 of the posts you opened.');
    expect(screen.queryByTestId('repeat-list')).toBeNull();
  });

  it('says the page does not show what it does not show, never 0', () => {
    const unknown: Responsiveness = { replied: null, threads: 6, liked: null, comments: 20, pinned: null };
    const a = audience({ creatorLocation: null, hygiene: { defaultAvatar: null, digitHandles: 0, duplicateTexts: 0, of: 20, examples: [] } });
    render(<AudienceSection audience={a} responsiveness={unknown} generic={NO_COMMENTS} targets={['en']} />);
    expect(text('replied')).toBe('Replies not visible here: cannot tell whether the creator answers (6 top comments seen).');
    expect(text('liked')).toBe('Whether the creator hearts or likes comments: the page does not show it.');
    expect(text('pinned')).toBe('Pinned comments: the page does not show them.');
    expect(text('default-avatar')).toBe('Default pictures: the page does not show them.');
    expect(text('generic-share')).toBe('No comments to judge for generic text.');
    expect(text('audience-location')).toBe('Where the creator posts from is not shown.');
    expect(screen.queryByTestId('hygiene-examples')).toBeNull();
    cleanup();
    render(<AudienceSection audience={audience()} responsiveness={{ replied: null, threads: 0, liked: 0, comments: 0, pinned: 0 }} generic={NO_COMMENTS} targets={['en']} />);
    expect(text('replied')).toBe('No comments visible on this page.');
    expect(text('liked')).toBe('0 of 0 visible comments hearted or liked by the creator.');
    expect(text('pinned')).toBe('No visible comment is pinned.');
  });

  it('says the sample is too small below 20 usable comments, and compares nothing then', () => {
    const small = audience({ languages: [{ lang: 'sq', share: 0.8, comments: 8 }, { lang: 'en', share: 0.2, comments: 2 }], usable: 10, visible: 30, source: 'platform' });
    render(<AudienceSection audience={small} responsiveness={REPLIES} generic={GENERIC} targets={['de']} />);
    expect(text('audience-languages')).toBe('Comment languages (10 usable of 30): sq 80%, en 20% — too few comments to rely on.');
    expect(text('languages-small')).toBe('The sample is too small (under 20 usable comments) to weigh against the campaign\'s languages.');
    expect(text('campaign-languages')).toBe('Campaign languages: de.');
    expect(screen.getByTestId('audience').textContent).toMatch(/Tagged by the platform\./);
    expect(text('language-not-country')).toBe('Language is not country.');
  });

  it('shows "Reading comment languages…" while the panel reads them, and says so when it could not', () => {
    const unread = audience({ languages: [], source: null });
    const { rerender } = render(<AudienceSection audience={unread} responsiveness={REPLIES} generic={GENERIC} targets={['de']} languagesStatus="reading" />);
    expect(screen.getByRole('status').textContent).toBe('Reading comment languages…');
    expect(screen.queryByTestId('audience-languages')).toBeNull();
    rerender(<AudienceSection audience={unread} responsiveness={REPLIES} generic={GENERIC} targets={['de']} languagesStatus="failed" />);
    expect(text('audience-languages')).toBe('Comment languages not read yet (41 usable of 80).');
    expect(screen.getByTestId('audience').textContent).toMatch(/could not read the comment languages/);
    rerender(<AudienceSection audience={audience({ languages: [], usable: 0, visible: 3, source: null })} responsiveness={REPLIES} generic={GENERIC} targets={[]} />);
    expect(text('audience-languages')).toBe('No comment long enough to read its language.');
    expect(text('campaign-languages')).toBe('The campaign names no language.');
    expect(text('language-not-country')).toBe('Language is not country.');
  });

  it('asks for a new score on a scorecard made before the audience was read, and still states the gaps', () => {
    render(<AudienceSection audience={null} responsiveness={null} generic={NO_COMMENTS} targets={['en']} />);
    expect(text('audience-gaps')).toBe('Audience country and fake-follower share are not visible on a public page.');
    expect(text('audience-unread')).toMatch(/score again/);
    expect(screen.queryByTestId('replied')).toBeNull();
  });
});

describe('the Audience expander in the scorecard', () => {
  it('sits with the evidence, closed, against the brief\'s languages or else the markets\'', () => {
    const s = makeSnapshot({ comments: [makeComment('Das ist wirklich sehr schön'), makeComment('lovely colours on this one')] });
    const card = score(s, { detectLanguage: (t) => (/schön/.test(t) ? 'de' : 'en') });
    const { container, rerender } = render(<Scorecard snapshot={s} score={card} campaignLanguages={['de']} />);
    const details = container.querySelector('details#ev-audience') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')?.textContent).toBe('Audience');
    expect(text('campaign-languages')).toBe('Campaign languages: de.');
    expect(text('audience-languages')).toBe('Comment languages (2 usable of 2): de 50%, en 50% — too few comments to rely on.');
    // No brief languages: the brand's markets (the default brand sells in the UK) give English.
    rerender(<Scorecard snapshot={s} score={card} />);
    expect(text('campaign-languages')).toBe('Campaign languages: en.');
  });
});
