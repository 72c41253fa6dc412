import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { senderMayAsk } from '@/lib/messaging/client';

describe('senderMayAsk', () => {
  const ownPage = browser.runtime.getURL('/sidepanel.html');

  it('lets the extension\'s own pages send every message', () => {
    for (const type of ['save-brand', 'score', 'answer-item', 'save-entry', 'read-page'] as const) {
      expect(senderMayAsk({ url: ownPage }, type)).toBe(true);
    }
  });

  it('lets a content script only send what it read of its own tab', () => {
    const page = { url: 'https://www.instagram.com/someone/', tab: { id: 7 } };
    expect(senderMayAsk(page, 'score')).toBe(true);
    for (const type of ['save-brand', 'read-page', 'answer-item', 'save-entry', 'shortlist-state', 'scored'] as const) {
      expect(senderMayAsk(page, type)).toBe(false);
    }
  });
});
