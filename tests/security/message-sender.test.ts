import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { misfitFor } from '@/lib/background/tab-fit';
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
