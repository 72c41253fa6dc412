import { useEffect, useState } from 'react';
import { ShortlistTable } from '@/components/ShortlistTable';
import { downloadText } from '@/lib/csv/download';
import { rowOf, toCsv } from '@/lib/csv/export';
import { shortlistView, type ShortlistView } from '@/lib/db/queries';
import { db } from '@/lib/db/schema';

export function App() {
  const [rows, setRows] = useState<ShortlistView[] | null>(null);
  useEffect(() => void shortlistView(db()).then(setRows), []);
  const exportCsv = () => {
    if (!rows) return;
    downloadText(`microscope-shortlist-${new Date().toISOString().slice(0, 10)}.csv`, toCsv(rows.map(rowOf)), 'text/csv;charset=utf-8');
  };
  return (
    <main>
      <h1>Shortlists</h1>
      <div className="actions">
        <button type="button" data-testid="export-csv" onClick={exportCsv} disabled={!rows || rows.length === 0}>Export CSV</button>
      </div>
      {rows === null ? <p role="status">Loading…</p> : <ShortlistTable rows={rows} />}
    </main>
  );
}
