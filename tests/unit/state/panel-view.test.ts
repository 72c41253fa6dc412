import { describe, expect, it } from 'vitest';
import { contactOf } from '@/lib/core/format/contact';
import { disclosureMarks, summaryText, valueFitWords } from '@/lib/core/format/summary-text';
import { NO_BRIEF } from '@/lib/core/model/campaign';
import { decide } from '@/lib/core/scoring/decision';
import { decisionInputOfCard } from '@/lib/core/scoring/decision-input';
import { score } from '@/lib/core/scoring/score';
import type { ScoredCreator } from '@/lib/messaging/protocol';
import { briefChip, FIRST_CAMPAIGN, panelView } from '@/lib/panel/view';
import { makeSnapshot } from '../../helpers/snapshots';

const brief = (low: number, high: number) => ({ ...NO_BRIEF, followerRange: { low, high } });
const entry = (shortlist: string) => ({ entryId: 1, shortlist, status: 'prospect' as const, tags: [], notes: '', quotedRate: null });

function scored(over: Partial<ScoredCreator> = {}): ScoredCreator {
  const snapshot = makeSnapshot({ followers: 20_000 });
  return { creatorId: 'instagram:a', snapshot, score: score(snapshot), history: [], campaign: null, brandName: 'Patchwork', stored: false, lists: { names: [], entries: [], campaigns: [], lastUsed: null }, ...over };
}

describe('panelView: where "Add to" goes and what the header chip says', () => {
  it('offers a first campaign by name when none exists', () => {
    expect(panelView(scored(), null)).toMatchObject({ target: FIRST_CAMPAIGN, entry: null, briefChip: { words: 'no campaign brief yet', fits: null } });
  });

  it('adds to the campaign the score is for, so Add, the chip and the decision speak of one campaign; else the last used', () => {
    const lists = { names: ['Autumn', 'Spring'], entries: [], campaigns: [], lastUsed: 'Autumn' };
    // The creator is scored for Spring (on it, or picked): Add goes there, not to the last-used Autumn.
    expect(panelView(scored({ campaign: 'Spring', lists }), null).target).toBe('Spring');
    expect(panelView(scored({ campaign: null, lists }), null).target).toBe('Autumn');
    // A last-used campaign deleted since is not offered again.
    expect(panelView(scored({ campaign: null, lists: { ...lists, lastUsed: 'Gone' } }), null).target).toBe('Autumn');
    expect(panelView(scored({ campaign: null, lists: { names: [], entries: [], campaigns: [], lastUsed: null } }), null).target).toBe('My campaign');
  });

  it('finds the creator\'s entry on the target, so the editor collapses', () => {
    const lists = { names: ['Spring'], entries: [entry('Spring')], campaigns: [], lastUsed: 'Spring' };
    expect(panelView(scored({ campaign: 'Spring', lists }), null).entry?.shortlist).toBe('Spring');
  });

  it('decides against the brief of the campaign the score is for', () => {
    const lists = { names: ['Big'], entries: [], campaigns: [{ name: 'Big', brief: brief(100_000, 1_000_000), brandName: 'Patchwork' }], lastUsed: null };
    const view = panelView(scored({ campaign: 'Big', lists }), null);
    expect(view.decision.word).toBe('Skip');
    expect(view.decision.reasons[0]?.text).toMatch(/outside your 100k–1M brief/);
    expect(view.briefChip).toEqual({ words: 'outside your 100k–1M brief', fits: false });
  });

  it('words the chip for a count inside, a rounded count, no range and an unknown count', () => {
    expect(briefChip(20_000, false, 'S', brief(10_000, 100_000))).toEqual({ words: 'in your 10k–100k brief', fits: true });
    expect(briefChip(20_000, true, 'S', brief(10_000, 100_000)).words).toBe('in your 10k–100k brief (count rounded)');
    expect(briefChip(20_000, false, 'S', NO_BRIEF)).toEqual({ words: '“S” sets no follower range', fits: null });
    expect(briefChip(null, false, 'S', brief(10_000, 100_000))).toEqual({ words: 'followers unknown against your 10k–100k brief', fits: null });
  });
});

describe('summaryText: the plain text a scout pastes to a teammate', () => {
  it('names the creator and link, the decision and its reasons, the key numbers, and each flag on a line', () => {
    const snapshot = makeSnapshot({ displayName: 'Wren <b>', followers: 20_000 });
    const card = score(snapshot);
    const decision = decide(decisionInputOfCard(card, snapshot), NO_BRIEF);
    const text = summaryText({ snapshot, score: card, decision, campaign: 'Spring', brandName: 'Patchwork' });
    const lines = text.split('\n');
    expect(lines[0]).toBe('Wren <b> (@sample.creator, Instagram)');
    expect(lines[1]).toBe('https://www.instagram.com/sample.creator/');
    expect(lines[2]).toBe(`${decision.word} (scored for Patchwork · Spring)`);
    expect(lines).toContain(`- ${decision.reasons[0]!.text}`);
    expect(lines).toContain('Followers: 20,000 (micro)');
    expect(text).toMatch(/^Engagement: \d+\.\d\d% \(typical .*\) · 2 posts · low$/m);
    for (const f of card.flags) expect(lines).toContain(`- ${f.message}`);
  });

  it('says "Flags: none" and leaves out what is unknown rather than writing 0', () => {
    const snapshot = makeSnapshot({ posts: [], followers: null });
    const card = score(snapshot);
    const text = summaryText({ snapshot, score: card, decision: decide(decisionInputOfCard(card, snapshot), NO_BRIEF), campaign: null, brandName: '' });
    expect(text).toContain('Followers: unknown');
    expect(text).toContain('Engagement: unknown');
    expect(text).not.toMatch(/scored for/);
  });

  it('counts value fit by what was answered, and marks disclosure per market', () => {
    const item = (status: 'pass' | 'fail' | 'unanswered') => ({ id: status, label: status, kind: 'manual' as const, status, matches: [] });
    expect(valueFitWords({ score: 1, items: [item('pass'), item('unanswered'), item('unanswered')] })).toBe('1 of 3 answered: 1 passes');
    expect(valueFitWords({ score: 0.5, items: [item('pass'), item('fail'), item('unanswered')] })).toBe('2 of 3 answered: 1 passes');
    expect(valueFitWords({ score: null, items: [item('unanswered')] })).toBe('0 of 1 answered');
    const market = (m: 'UK' | 'US', commercial: number, good: number) => ({ market: m, rule: 'r', commercialPosts: commercial, adequatelyDisclosed: good, share: commercial ? good / commercial : null, postsAtFault: [] });
    expect(disclosureMarks([market('UK', 2, 2), market('US', 2, 1)]).map((m) => m.text)).toEqual(['UK ✓ 2/2', 'US ✗ 1/2']);
    expect(disclosureMarks([market('UK', 0, 0)])[0]).toEqual({ market: 'UK', ok: null, text: 'UK – no ads seen' });
  });
});

describe('contactOf: only what the page shows', () => {
  const profileUrl = 'https://www.instagram.com/wren/';

  it('finds business emails in the bio, plain or written to dodge scrapers', () => {
    const c = contactOf({ profileUrl, externalLinks: [], bio: 'Collabs 📩 Hello@Wren.Studio\nor wren [at] mail [dot] example.co.uk. DM for rates' });
    expect(c.emails).toEqual(['hello@wren.studio', 'wren@mail.example.co.uk']);
  });

  it('keeps the link in bio, puts the same person\'s other platforms apart, and drops what is not https', () => {
    const c = contactOf({
      profileUrl, bio: 'YouTube: https://www.youtube.com/@WrenMakes.',
      externalLinks: ['https://wren.example/capsule', 'http://insecure.example', 'javascript:alert(1)', 'https://www.tiktok.com/@wren', profileUrl],
    });
    expect(c.links).toEqual(['https://wren.example/capsule']);
    expect(c.accounts).toEqual([{ platform: 'TikTok', url: 'https://www.tiktok.com/@wren' }, { platform: 'YouTube', url: 'https://www.youtube.com/@WrenMakes' }]);
  });

  it('invents nothing: no bio and no links give nothing', () => {
    expect(contactOf({ profileUrl, bio: null, externalLinks: [] })).toEqual({ emails: [], links: [], accounts: [] });
    expect(contactOf({ profileUrl, bio: 'email me at the address on my site, @wren on tiktok', externalLinks: [] })).toEqual({ emails: [], links: [], accounts: [] });
  });
});
