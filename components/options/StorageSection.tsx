import { formatBytes } from './format-bytes';

export interface StorageUsage {
  /** Bytes this extension's storage uses, and the most the browser allows it; null when the browser does not say. */
  used: number | null;
  quota: number | null;
  /** True when the browser promised not to clear it under storage pressure. */
  persisted: boolean | null;
}

/** How much room the scout's campaigns take, and whether the browser may clear them. */
export function StorageSection({ usage }: { usage: StorageUsage | null }) {
  return (
    <section aria-labelledby="storage-title" data-testid="storage">
      <h2 id="storage-title">Storage</h2>
      {usage === null ? <p className="muted">Measuring…</p> : (
        <>
          <p data-testid="storage-usage">
            {usage.used === null ? 'This browser does not say how much room Microscope uses.'
              : `Microscope uses ${formatBytes(usage.used)}${usage.quota === null ? '' : ` of about ${formatBytes(usage.quota)} this browser allows`}.`}
          </p>
          <p className="muted" data-testid="storage-persisted">
            {usage.persisted ? 'Kept until you delete it: the browser will not clear it when the disk runs low.'
              : 'The browser may clear it when the disk runs low: export a backup from the dashboard now and then.'}
          </p>
          <p className="muted">When storage is full, Microscope says so: export your campaigns, then delete old campaigns or visits.</p>
        </>
      )}
    </section>
  );
}
