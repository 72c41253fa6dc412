/**
 * Remembers the last read of each tab for a few seconds, so the on-page button's read and the
 * panel that opens because of it share one read (and one stored visit) instead of two.
 * In memory only: a service worker that restarts simply reads again.
 */
export interface ScoreCache<T> {
  /** The pending or recent read of this tab at this address, or a new one from `read`. */
  reuseOr(tabId: number, url: string, read: () => Promise<T>): Promise<T>;
  /** Reads afresh and remembers the result. */
  fresh(tabId: number, url: string, read: () => Promise<T>): Promise<T>;
  forget(tabId: number): void;
}

export function createScoreCache<T>(ttlMs: number, now: () => number): ScoreCache<T> {
  const entries = new Map<number, { url: string; at: number; value: Promise<T> }>();
  const fresh = (tabId: number, url: string, read: () => Promise<T>) => {
    const value = read();
    entries.set(tabId, { url, at: now(), value });
    // A failed read is never reused.
    value.catch(() => entries.delete(tabId));
    return value;
  };
  return {
    fresh,
    reuseOr(tabId, url, read) {
      const hit = entries.get(tabId);
      if (hit && hit.url === url && now() - hit.at <= ttlMs) return hit.value;
      return fresh(tabId, url, read);
    },
    forget: (tabId) => void entries.delete(tabId),
  };
}
