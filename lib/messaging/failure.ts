/** Why a request failed in the background, in words the scout can act on; typed so the UI can tell. */
export interface Failure {
  kind: 'storage-full' | 'failed';
  message: string;
}

export const STORAGE_FULL_MESSAGE = 'Microscope’s storage in this browser is full. Export your campaigns (CSV, or a backup from the dashboard), then delete old campaigns or visits, and try again.';

/** Dexie wraps the browser's QuotaExceededError; either name means the disk or the quota is full. */
export function isStorageFull(err: unknown): boolean {
  const names = [err, (err as { inner?: unknown } | null)?.inner].map((e) => (e as { name?: unknown } | null)?.name);
  return names.some((n) => n === 'QuotaExceededError');
}

export function failureOf(err: unknown): Failure {
  if (isStorageFull(err)) return { kind: 'storage-full', message: STORAGE_FULL_MESSAGE };
  return { kind: 'failed', message: err instanceof Error ? err.message : String(err) };
}

/** Raised on the asking side with the background's reason, instead of a zod error about an empty answer. */
export class RequestFailed extends Error {
  constructor(readonly failure: Failure) {
    super(failure.message);
    this.name = failure.kind === 'storage-full' ? 'StorageFull' : 'RequestFailed';
  }
}
