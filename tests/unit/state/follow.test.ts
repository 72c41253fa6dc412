import { afterEach, describe, expect, it, vi } from 'vitest';
import { debounced, followDecision, pageKey } from '@/lib/panel/follow';

const IG = 'https://www.instagram.com';

describe('followDecision: when the panel rescores as its tab moves', () => {
  const panel = { tabId: 7, url: `${IG}/wren.wears.again/` };

  it('rescores when the same tab moves to another creator page, in-page or by a full load', () => {
    expect(followDecision(panel, { tabId: 7, url: `${IG}/mossandmortar/` })).toBe('rescore');
    expect(followDecision(panel, { tabId: 7, url: 'https://www.tiktok.com/@kitchenwithmara' })).toBe('rescore');
    expect(followDecision(panel, { tabId: 7, url: 'https://www.youtube.com/@HarlowPeaks/videos' })).toBe('rescore');
  });

  it('ignores other tabs', () => {
    expect(followDecision(panel, { tabId: 8, url: `${IG}/mossandmortar/` })).toBe('ignore');
  });

  it('ignores changes that keep the page: hash, query, trailing slash, case', () => {
    for (const url of [`${IG}/wren.wears.again`, `${IG}/wren.wears.again/?igsh=abc`, `${IG}/wren.wears.again/#top`, `${IG}/Wren.Wears.Again/`]) {
      expect(followDecision(panel, { tabId: 7, url }), url).toBe('ignore');
    }
  });

  it('keeps YouTube videos apart by their ?v=', () => {
    const watching = { tabId: 1, url: 'https://www.youtube.com/watch?v=abcdefghijk' };
    expect(followDecision(watching, { tabId: 1, url: 'https://www.youtube.com/watch?v=abcdefghijk&t=30' })).toBe('ignore');
    expect(followDecision(watching, { tabId: 1, url: 'https://www.youtube.com/watch?v=zyxwvutsrqp' })).toBe('rescore');
  });

  it('says "left" for a page it cannot read, so the panel keeps the last card with a note', () => {
    expect(followDecision(panel, { tabId: 7, url: `${IG}/explore/` })).toBe('left');
    expect(followDecision(panel, { tabId: 7, url: 'https://example.org/' })).toBe('left');
  });

  it('rescores the first creator page after a panel that had nothing (opened on a feed)', () => {
    expect(followDecision({ tabId: 3, url: null }, { tabId: 3, url: `${IG}/wren.wears.again/` })).toBe('rescore');
    expect(followDecision({ tabId: null, url: null }, { tabId: 3, url: `${IG}/wren.wears.again/` })).toBe('ignore');
  });

  it('treats an unparsable address as nothing to do', () => {
    expect(pageKey('not a url')).toBeNull();
    expect(followDecision(panel, { tabId: 7, url: 'not a url' })).toBe('ignore');
  });
});

describe('debounced', () => {
  afterEach(() => vi.useRealTimers());

  it('runs once with the last value after a burst of changes', () => {
    vi.useFakeTimers();
    const run = vi.fn();
    const d = debounced(400, run);
    d.push(1);
    vi.advanceTimersByTime(200);
    d.push(2);
    vi.advanceTimersByTime(399);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledExactlyOnceWith(2);
  });

  it('cancel drops a pending run', () => {
    vi.useFakeTimers();
    const run = vi.fn();
    const d = debounced(100, run);
    d.push(1);
    d.cancel();
    vi.advanceTimersByTime(500);
    expect(run).not.toHaveBeenCalled();
  });
});
