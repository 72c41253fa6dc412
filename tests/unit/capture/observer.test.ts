import { describe, expect, it, vi } from 'vitest';
import { installObserver } from '@/lib/page/observer';

class FakeXhr {
  responseType = '';
  responseText = '';
  response: unknown = null;
  listeners: Record<string, (() => void)[]> = {};
  opened: unknown[] = [];
  open(...args: unknown[]) { this.opened = args; }
  addEventListener(type: string, fn: () => void) { (this.listeners[type] ??= []).push(fn); }
  fire(type: string) { for (const fn of this.listeners[type] ?? []) fn(); }
}

function fakeWindow(body = '{"data":{"user":{}}}') {
  const calls: unknown[][] = [];
  const fetchImpl = vi.fn((...args: unknown[]) => {
    calls.push(args);
    return Promise.resolve(new Response(body, { status: 200 }));
  });
  return { win: { fetch: fetchImpl as unknown as typeof fetch, XMLHttpRequest: FakeXhr as unknown as typeof XMLHttpRequest }, calls };
}

const isObserved = (url: string) => url.includes('/api/');
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('installObserver', () => {
  it('hands the page its own response untouched and calls fetch exactly once', async () => {
    const { win, calls } = fakeWindow('{"a":1}');
    const obs = installObserver(win, { isObserved });
    const init = { method: 'POST', body: 'x=1' };
    const res = await win.fetch('/api/v1/users/web_profile_info/?username=a', init);
    expect(calls).toEqual([['/api/v1/users/web_profile_info/?username=a', init]]);
    expect(await res.text()).toBe('{"a":1}');
    await flush();
    expect(obs.entries()).toEqual([{ url: '/api/v1/users/web_profile_info/?username=a', text: '{"a":1}' }]);
  });

  it('does not copy responses it does not need', async () => {
    const { win } = fakeWindow();
    const obs = installObserver(win, { isObserved });
    await win.fetch('/static/app.js');
    await flush();
    expect(obs.entries()).toEqual([]);
  });

  it('passes fetch failures through unchanged', async () => {
    const failing = { fetch: vi.fn(() => Promise.reject(new TypeError('offline'))) as unknown as typeof fetch, XMLHttpRequest: FakeXhr as unknown as typeof XMLHttpRequest };
    const obs = installObserver(failing, { isObserved });
    await expect(failing.fetch('/api/x')).rejects.toThrow('offline');
    expect(obs.entries()).toEqual([]);
  });

  it('keeps a bounded buffer, dropping the oldest', async () => {
    const { win } = fakeWindow('{"x":1}');
    const obs = installObserver(win, { isObserved, maxEntries: 3 });
    for (let i = 0; i < 5; i++) await win.fetch(`/api/${i}`);
    await flush();
    expect(obs.entries().map((e) => e.url)).toEqual(['/api/2', '/api/3', '/api/4']);
  });

  it('copies XHR text responses without changing open', () => {
    const { win } = fakeWindow();
    const obs = installObserver(win, { isObserved });
    const xhr = new win.XMLHttpRequest() as unknown as FakeXhr;
    xhr.open('GET', '/api/post/item_list/?count=35', true);
    expect(xhr.opened).toEqual(['GET', '/api/post/item_list/?count=35', true]);
    xhr.responseText = '{"itemList":[]}';
    xhr.fire('load');
    expect(obs.entries()).toEqual([{ url: '/api/post/item_list/?count=35', text: '{"itemList":[]}' }]);
  });

  it('records a reused XHR once per response, under the URL it last opened', () => {
    const { win } = fakeWindow();
    const obs = installObserver(win, { isObserved });
    const xhr = new win.XMLHttpRequest() as unknown as FakeXhr;
    xhr.open('GET', '/api/post/item_list/?cursor=0', true);
    xhr.responseText = '{"page":1}';
    xhr.fire('load');
    xhr.open('GET', '/api/post/item_list/?cursor=35', true);
    xhr.responseText = '{"page":2}';
    xhr.fire('load');
    xhr.open('GET', '/static/other.json', true);
    xhr.responseText = '{"not":"ours"}';
    xhr.fire('load');
    expect(obs.entries()).toEqual([
      { url: '/api/post/item_list/?cursor=0', text: '{"page":1}' },
      { url: '/api/post/item_list/?cursor=35', text: '{"page":2}' },
    ]);
  });

  it('survives a throwing matcher and restores the originals on uninstall', async () => {
    const { win } = fakeWindow();
    const original = win.fetch;
    const obs = installObserver(win, { isObserved: () => { throw new Error('bug'); } });
    await expect(win.fetch('/api/x')).resolves.toBeInstanceOf(Response);
    obs.uninstall();
    expect(win.fetch).toBe(original);
  });
});
