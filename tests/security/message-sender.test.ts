import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { scoreMessage } from '@/lib/background/panel-handlers';
import { misfitFor } from '@/lib/background/tab-fit';
import { makeSnapshot } from '../helpers/snapshots';
import { senderMayAsk } from '@/lib/messaging/client';
import { ScoreBrief } from '@/lib/messaging/protocol';

// Findings under "Messages" of the review (issue 13).
describe('who may send what', () => {
  it('refuses a sender that names no address (it used to pass as one of our own pages)', () => {
    for (const type of ['save-brand', 'score', 'answer-item', 'save-entry'] as const) expect(senderMayAsk({}, type)).toBe(false);
  });

  it('refuses a message from another extension, whatever it claims to be', () => {
    expect(senderMayAsk({ id: 'another-extension', url: browser.runtime.getURL('/sidepanel.html') }, 'save-brand')).toBe(false);
  });

  it('lets our own pages send everything, in a tab or not', () => {
    const ownPage = browser.runtime.getURL('/dashboard.html');
    expect(senderMayAsk({ id: browser.runtime.id, url: ownPage, tab: { id: 3 } }, 'save-brand')).toBe(true);
    expect(senderMayAsk({ url: ownPage }, 'answer-item')).toBe(true);
  });

  it('lets a content script send only its own page read, and only from a tab', () => {
    const page = { url: 'https://www.instagram.com/someone/', tab: { id: 7, url: 'https://www.instagram.com/someone/' } };
    expect(senderMayAsk(page, 'score')).toBe(true);
    expect(senderMayAsk({ url: page.url }, 'score')).toBe(false);
    for (const type of ['save-brand', 'answer-item', 'save-entry', 'shortlist-state', 'scored', 'read-page'] as const) expect(senderMayAsk(page, type)).toBe(false);
  });
});

describe('a content script\'s snapshot must be its own tab\'s', () => {
  it('refuses another platform\'s snapshot, or another creator than the profile the tab shows', () => {
    expect(misfitFor({ platform: 'tiktok', handle: 'someone' }, 'https://www.instagram.com/someone/')).toMatch(/cannot come from/);
    expect(misfitFor({ platform: 'instagram', handle: 'victim' }, 'https://www.instagram.com/someone/')).toMatch(/sent @victim, but this tab shows someone/);
  });

  it('accepts the tab\'s own creator, and a post page\'s owner (named only in the page\'s data)', () => {
    expect(misfitFor({ platform: 'instagram', handle: 'someone' }, 'https://www.instagram.com/SomeOne/')).toBeNull();
    expect(misfitFor({ platform: 'instagram', handle: 'owner.of.post' }, 'https://www.instagram.com/p/DdRhkOFtrua/')).toBeNull();
  });
});

describe('the on-page button\'s answer', () => {
  it('carries no overall score or verdict to the content script', () => {
    const brief = ScoreBrief.parse({ name: 'Wren', tier: 'micro', engagementRate: 0.03, engagementApproximate: false, overall: 72, verdict: 'Strong fit' });
    expect(Object.keys(brief).sort()).toEqual(['engagementApproximate', 'engagementRate', 'name', 'tier']);
  });
});

describe('the background answers every score request', () => {
  const refusal = { ok: false as const, error: { reason: 'not-a-profile' as const, missing: [], message: 'nothing here' } };

  it('takes the tab the panel names, even when the panel itself is open in a tab', async () => {
    const sent = vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue(undefined);
    const panelInTab = { id: browser.runtime.id, url: browser.runtime.getURL('/sidepanel.html?tabId=5'), tab: { id: 9, url: browser.runtime.getURL('/sidepanel.html?tabId=5') } };
    await scoreMessage({ outcome: refusal, store: false, campaign: 'Spring', requestId: 'r1', tabId: 5 }, panelInTab);
    expect(sent).toHaveBeenCalledWith({ type: 'scored', payload: { tabId: 5, requestId: 'r1', result: refusal } });
    vi.restoreAllMocks();
  });

  it('broadcasts a refusal too, so the asker never waits out its timeout', async () => {
    const sent = vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue(undefined);
    const page = { url: 'https://www.instagram.com/someone/', tab: { id: 7, url: 'https://www.instagram.com/someone/' } };
    const forged = makeSnapshot({ handle: 'victim', profileUrl: 'https://www.instagram.com/victim/' });
    const reply = await scoreMessage({ outcome: { ok: true, value: forged }, store: true, campaign: null, requestId: 'r2' }, page);
    expect(reply.outcome.ok).toBe(false);
    expect(sent).toHaveBeenCalledWith(expect.objectContaining({ type: 'scored', payload: expect.objectContaining({ tabId: 7, requestId: 'r2', result: expect.objectContaining({ ok: false }) }) }));
    vi.restoreAllMocks();
  });
});
