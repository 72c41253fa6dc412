import { useState } from 'react';
import { BulkBar } from '@/components/dashboard/BulkBar';
import { CampaignsSection } from '@/components/dashboard/CampaignsSection';
import { CompareDialog } from '@/components/dashboard/CompareDialog';
import { CreatorDetail } from '@/components/dashboard/CreatorDetail';
import { EntriesTable } from '@/components/dashboard/EntriesTable';
import { ExchangeBar } from '@/components/dashboard/ExchangeBar';
import { FilterBar } from '@/components/dashboard/FilterBar';
import { ImportDialog } from '@/components/dashboard/ImportDialog';
import { RestoreDialog } from '@/components/dashboard/RestoreDialog';
import { useDashboard } from '@/lib/state/dashboard-context';

export function ShortlistsPage() {
  const rows = useDashboard((s) => s.rows);
  const message = useDashboard((s) => s.message);
  const error = useDashboard((s) => s.error);
  const canUndo = useDashboard((s) => s.undoStack.length > 0);
  const [restoring, setRestoring] = useState<{ name: string; text: string } | null>(null);
  return (
    <main className="dash">
      <h1>Shortlists</h1>
      <ExchangeBar onRestoreFile={(name, text) => setRestoring({ name, text })} />
      <p className="visually-hidden" role="status" aria-live="polite" data-testid="message">{message}</p>
      {error && <p className="notice risk" role="alert" data-testid="error">{error}</p>}
      <CampaignsSection />
      {rows === null ? <p role="status">Loading…</p>
        : rows.length === 0 ? (
          <>
            <p className="muted" data-testid="empty">No creators shortlisted yet. Score a profile and add it from the side panel, or import a CSV.</p>
            {canUndo && <BulkBar />}
          </>
        )
        : (
          <>
            <FilterBar />
            <BulkBar />
            <EntriesTable />
          </>
        )}
      <CreatorDetail />
      <CompareDialog />
      <ImportDialog />
      {restoring && <RestoreDialog file={restoring} onClose={() => setRestoring(null)} />}
    </main>
  );
}
