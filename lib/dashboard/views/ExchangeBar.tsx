import { useState } from 'react';
import { downloadText } from '@/lib/dashboard/download';
import { useDashboard } from '@/lib/dashboard/context';

const today = () => new Date().toISOString().slice(0, 10);
const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'list';

/** Export (one list or all), import into a list, new list, backup and restore. */
export function ExchangeBar() {
  const lists = useDashboard((s) => s.lists);
  const rows = useDashboard((s) => s.rows);
  const exportText = useDashboard((s) => s.exportText);
  const backupText = useDashboard((s) => s.backupText);
  const previewImport = useDashboard((s) => s.previewImport);
  const createList = useDashboard((s) => s.createList);
  const previewRestore = useDashboard((s) => s.previewRestore);
  const [scope, setScope] = useState('');
  const [target, setTarget] = useState('');
  const [newName, setNewName] = useState('');
  const importTarget = target !== '' ? Number(target) : lists[0]?.id;
  const exportCsv = async () => {
    const list = lists.find((l) => String(l.id) === scope);
    downloadText(`microscope-shortlist-${list ? `${slug(list.name)}-` : ''}${today()}.csv`, await exportText(list?.id ?? null), 'text/csv;charset=utf-8');
  };
  const backup = async () => downloadText(`microscope-backup-${today()}.json`, await backupText(), 'application/json');
  const onImportFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file || importTarget === undefined) return;
    await previewImport(importTarget, file.name, await file.arrayBuffer());
    input.value = '';
  };
  const onRestore = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    input.value = '';
    // A file over the cap is refused by its size, without being read.
    await previewRestore(file.name, file.size, () => file.text());
  };
  return (
    <section className="dash-exchange" aria-label="Export, import and backup">
      <div className="dash-inline">
        <label>
          Export
          <select value={scope} onChange={(e) => setScope(e.target.value)} data-testid="export-scope">
            <option value="">all shortlists</option>
            {lists.map((l) => <option key={l.id} value={l.id}>{l.name}</option>)}
          </select>
        </label>
        <button type="button" data-testid="export-csv" onClick={() => void exportCsv()} disabled={!rows || rows.length === 0}>Export CSV</button>
      </div>
      <div className="dash-inline">
        <label>
          Import into
          <select value={importTarget ?? ''} onChange={(e) => setTarget(e.target.value)} disabled={lists.length === 0} data-testid="import-target">
            {lists.length === 0 && <option value="">create a shortlist first</option>}
            {lists.map((l) => <option key={l.id} value={l.id}>{l.name}</option>)}
          </select>
        </label>
        <label className="dash-file">
          CSV file
          <input type="file" accept=".csv,text/csv" disabled={importTarget === undefined} onChange={(e) => void onImportFile(e.currentTarget)} data-testid="import-file" />
        </label>
      </div>
      <form className="dash-inline" onSubmit={(e) => { e.preventDefault(); void createList(newName).then((id) => { if (id !== null) setNewName(''); }); }}>
        <label>
          New shortlist
          <input value={newName} onChange={(e) => setNewName(e.target.value)} data-testid="new-list-name" />
        </label>
        <button type="submit" className="secondary" disabled={!newName.trim()}>Create</button>
      </form>
      <div className="dash-inline">
        <button type="button" className="secondary" onClick={() => void backup()} data-testid="backup">Download backup</button>
        <label className="dash-file">
          Restore from backup
          <input type="file" accept=".json,application/json" onChange={(e) => void onRestore(e.currentTarget)} data-testid="restore-file" />
        </label>
      </div>
    </section>
  );
}
