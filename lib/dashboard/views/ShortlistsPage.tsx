import { BulkBar } from '@/lib/dashboard/views/BulkBar';
import { CampaignsSection } from '@/lib/dashboard/views/CampaignsSection';
import { CompareDialog } from '@/lib/dashboard/views/CompareDialog';
import { CreatorDetail } from '@/lib/dashboard/views/CreatorDetail';
import { EntriesTable } from '@/lib/dashboard/views/EntriesTable';
import { ExchangeBar } from '@/lib/dashboard/views/ExchangeBar';
import { FilterBar } from '@/lib/dashboard/views/FilterBar';
import { ImportDialog } from '@/lib/dashboard/views/ImportDialog';
import { RestoreDialog } from '@/lib/dashboard/views/RestoreDialog';
import { useDashboard } from '@/lib/dashboard/context';

export function ShortlistsPage() {
  const rows = useDashboard((s) => s.rows);
  const message = useDashboard((s) => s.message);
  const error = useDashboard((s) => s.error);
  const canUndo = useDashboard((s) => s.undoStack.length > 0);
  return (
    <main className="dash">
      <h1>Shortlists</h1>
      <ExchangeBar />
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
      <RestoreDialog />
    </main>
  );
}
