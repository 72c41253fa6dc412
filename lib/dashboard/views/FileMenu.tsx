import { useRef, useState } from 'react';
import { downloadText } from '@/lib/dashboard/download';
import { useDashboard } from '@/lib/dashboard/context';
import { MenuButton } from '../../../components/dashboard/MenuButton';
import { Dialog } from '../../../components/dashboard/Dialog';

const today = () => new Date().toISOString().slice(0, 10);
const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'campaign';

/**
 * Export, import, backup and restore behind one "File" menu, so the table starts near the top.
 * Export takes the campaign the table is filtered to (or all); import asks which campaign.
 */
export function FileMenu() {
  const lists = useDashboard((s) => s.lists);
  const rows = useDashboard((s) => s.rows);
  const scopeId = useDashboard((s) => s.filter.shortlistId);
  const exportText = useDashboard((s) => s.exportText);
  const backupText = useDashboard((s) => s.backupText);
  const previewImport = useDashboard((s) => s.previewImport);
  const previewRestore = useDashboard((s) => s.previewRestore);
  const restoreInput = useRef<HTMLInputElement>(null);
  const [importing, setImporting] = useState(false);
  const [target, setTarget] = useState('');
  const scope = lists.find((l) => l.id === scopeId);
  const importTarget = target !== '' ? Number(target) : scope?.id ?? lists[0]?.id;
  const exportCsv = async () => downloadText(`microscope-campaign-${scope ? `${slug(scope.name)}-` : ''}${today()}.csv`, await exportText(scope?.id ?? null), 'text/csv;charset=utf-8');
  const backup = async () => downloadText(`microscope-backup-${today()}.json`, await backupText(), 'application/json');
  const onImportFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file || importTarget === undefined) return;
    setImporting(false);
    await previewImport(importTarget, file.name, await file.arrayBuffer());
  };
  const onRestore = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    // A file over the cap is refused by its size, without being read.
    if (file) await previewRestore(file.name, file.size, () => file.text());
  };
  return (
    <>
      <MenuButton label="File" testId="file-menu" items={[
        { label: scope ? `Export "${scope.name}" as CSV` : 'Export all campaigns as CSV', onSelect: () => void exportCsv(), disabled: !rows || rows.length === 0, testId: 'export-csv' },
        { label: 'Import a CSV into a campaign…', onSelect: () => setImporting(true), disabled: lists.length === 0, testId: 'import-csv' },
        { label: 'Download a backup', onSelect: () => void backup(), testId: 'backup' },
        { label: 'Restore from a backup…', onSelect: () => restoreInput.current?.click(), testId: 'restore' },
      ]} />
      <input ref={restoreInput} type="file" accept=".json,application/json" hidden aria-label="Backup file to restore" onChange={(e) => void onRestore(e.currentTarget)} data-testid="restore-file" />
      {importing && (
        <Dialog title="Import a CSV" onClose={() => setImporting(false)} testId="import-start">
          <p className="muted">Nothing is written until you have seen what the file would change.</p>
          <div className="dash-campaign-form">
            <label>
              Into campaign
              <select value={importTarget ?? ''} onChange={(e) => setTarget(e.target.value)} data-testid="import-target">
                {lists.map((l) => <option key={l.id} value={l.id}>{l.name}</option>)}
              </select>
            </label>
            <label>
              CSV file
              <input type="file" accept=".csv,text/csv" onChange={(e) => void onImportFile(e.currentTarget)} data-testid="import-file" />
            </label>
          </div>
        </Dialog>
      )}
    </>
  );
}
