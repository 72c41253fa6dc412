import { BulkBar } from '@/lib/dashboard/views/BulkBar';
import { CampaignsSection } from '@/lib/dashboard/views/CampaignsSection';
import { CompareDialog } from '@/lib/dashboard/views/CompareDialog';
import { CreatorDrawer } from '@/lib/dashboard/views/CreatorDrawer';
import { EntriesTable } from '@/lib/dashboard/views/EntriesTable';
import { FileMenu } from '@/lib/dashboard/views/FileMenu';
import { FilterBar } from '@/lib/dashboard/views/FilterBar';
import { ImportDialog } from '@/lib/dashboard/views/ImportDialog';
import { NewCampaign } from '@/lib/dashboard/views/NewCampaign';
import { RestoreDialog } from '@/lib/dashboard/views/RestoreDialog';
import { useDashboard } from '@/lib/dashboard/context';
import { EmptyState } from '../../../components/dashboard/EmptyState';

/** The team table: one header line of tools, the filters, then the rows; files live in one menu. */
export function DashboardPage() {
  const rows = useDashboard((s) => s.rows);
  const message = useDashboard((s) => s.message);
  const error = useDashboard((s) => s.error);
  const undoStack = useDashboard((s) => s.undoStack);
  const undo = useDashboard((s) => s.undo);
  const last = undoStack[undoStack.length - 1];
  return (
    <main className="dash">
      <header className="dash-head">
        <h1>Campaigns</h1>
        <div className="dash-inline">
          <button type="button" className="secondary" disabled={!last} onClick={() => void undo()} data-testid="undo">{last ? `Undo: ${last.label}` : 'Undo'}</button>
          <NewCampaign />
          <FileMenu />
        </div>
      </header>
      <p className="visually-hidden" role="status" aria-live="polite" data-testid="message">{message}</p>
      {error && <p className="notice risk" role="alert" data-testid="error">{error}</p>}
      <CampaignsSection />
      {rows === null ? <p role="status">Loading…</p>
        : rows.length === 0 ? <EmptyState />
        : (
          <>
            <FilterBar />
            <BulkBar />
            <EntriesTable />
          </>
        )}
      <CreatorDrawer />
      <CompareDialog />
      <ImportDialog />
      <RestoreDialog />
    </main>
  );
}
