/**
 * Runs in the page's own world and copies the responses the page itself receives.
 * It must never alter, delay or repeat a request: the page gets the very promise
 * and the very XHR it asked for; we only read a clone afterwards, off the page's path.
 */
export interface ObservedEntry {
  url: string;
  text: string;
}

export interface ObserverOptions {
  isObserved(url: string): boolean;
  maxEntries?: number;
  maxBytes?: number;
}

export interface Observer {
  /** The copied responses, oldest first. */
  entries(): ObservedEntry[];
  uninstall(): void;
}

interface ObservableWindow {
  fetch: typeof fetch;
  XMLHttpRequest: typeof XMLHttpRequest;
}

/** What the observer keeps per tab at most; the bridge holds what it receives to the same caps. */
export const OBSERVER_CAPS = {
  entries: 40,
  // Counted in UTF-16 code units: 4M of them is about 8 MB held per tab at most.
  chars: 4 * 1024 * 1024,
} as const;

export function installObserver(win: ObservableWindow, options: ObserverOptions): Observer {
  const maxEntries = options.maxEntries ?? OBSERVER_CAPS.entries;
  const maxBytes = options.maxBytes ?? OBSERVER_CAPS.chars;
  const buffer: ObservedEntry[] = [];
  let bytes = 0;

  const record = (url: string, text: string) => {
    if (text.length > maxBytes) return;
    buffer.push({ url, text });
    bytes += text.length;
    // Bounded: drop the oldest copies, never grow with a long browsing session.
    while (buffer.length > maxEntries || bytes > maxBytes) bytes -= buffer.shift()?.text.length ?? 0;
  };
  const watch = (url: string): boolean => {
    try {
      return options.isObserved(url);
    } catch {
      return false;
    }
  };

  const originalFetch = win.fetch;
  const observedFetch = function (this: unknown, ...args: Parameters<typeof fetch>): Promise<Response> {
    const promise = originalFetch.apply(this, args);
    const input = args[0];
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : (input as Request).url;
    if (watch(url)) {
      promise.then((res) => res.clone().text()).then((text) => record(url, text), () => undefined);
    }
    return promise;
  };
  win.fetch = observedFetch as typeof fetch;

  const proto = win.XMLHttpRequest.prototype;
  const originalOpen = proto.open;
  const urls = new WeakMap<XMLHttpRequest, string>();
  proto.open = function (this: XMLHttpRequest, ...args: unknown[]) {
    const url = String(args[1]);
    // A page may reuse one XHR for many requests: one listener per object, reading the URL of its latest open.
    if (watch(url)) {
      if (!urls.has(this)) {
        this.addEventListener('load', () => {
          const current = urls.get(this);
          if (current === undefined) return;
          try {
            const type = this.responseType;
            if (type === '' || type === 'text') record(current, this.responseText);
            else if (type === 'json') record(current, JSON.stringify(this.response));
          } catch {
            // Reading a response must never throw into the page.
          }
        });
      }
      urls.set(this, url);
    } else {
      urls.delete(this);
    }
    return (originalOpen as (...a: unknown[]) => void).apply(this, args);
  } as typeof proto.open;

  return {
    entries: () => [...buffer],
    uninstall: () => {
      if (win.fetch === observedFetch) win.fetch = originalFetch;
      proto.open = originalOpen;
    },
  };
}
