import { useMemo, useState } from 'react';
import type { ShortlistRow } from '@/lib/core/model/rows';
import type { BrandProfile } from '@/lib/core/model/brand';
import { briefOf } from '@/lib/core/model/campaign';
import { formatCompact } from '@/lib/core/format/number';
import { entriesWord } from '@/lib/core/format/words';
import { useDashboard } from '@/lib/dashboard/context';
import { CampaignDialog } from '../../../components/dashboard/CampaignDialog';
import { Dialog } from '../../../components/dashboard/Dialog';

function dates(l: ShortlistRow): string {
  if (!l.startsOn && !l.endsOn) return 'no dates';
  return `${l.startsOn ?? '…'} – ${l.endsOn ?? '…'}`;
}

/** "10k–100k followers · UK, DE · en · 30-day exclusivity · for Acme": the brief's targets, by name. */
export function targetsOf(l: ShortlistRow, brands: readonly BrandProfile[]): string {
  const b = briefOf(l);
  const brand = brands.find((x) => x.id === b.brandId) ?? brands[0];
  return [
    b.followerRange ? `${formatCompact(b.followerRange.low)}–${formatCompact(b.followerRange.high)} followers` : 'any size',
    b.markets.length ? b.markets.join(', ') : "the brand's markets",
    ...(b.languages.length ? [b.languages.join(', ')] : []),
    b.exclusivityDays === null ? "the brand's exclusivity" : `${b.exclusivityDays}-day exclusivity`,
    ...(brand ? [`for ${brand.name}`] : []),
  ].join(' · ');
}

/** Every campaign with its dates, brief, targets and size; edit or delete one (delete can be undone). Folded away by default, so the table starts near the top. */
export function CampaignsSection() {
  const lists = useDashboard((s) => s.lists);
  const rows = useDashboard((s) => s.rows);
  const brands = useDashboard((s) => s.brands);
  const saveCampaign = useDashboard((s) => s.saveCampaign);
  const removeCampaign = useDashboard((s) => s.removeCampaign);
  const [editing, setEditing] = useState<ShortlistRow | null>(null);
  const [deleting, setDeleting] = useState<ShortlistRow | null>(null);
  const [open, setOpen] = useState(false);
  const counts = useMemo(() => {
    const m = new Map<number, number>();
    for (const r of rows ?? []) m.set(r.entry.shortlistId, (m.get(r.entry.shortlistId) ?? 0) + 1);
    return m;
  }, [rows]);
  if (lists.length === 0) return null;
  return (
    <details className="dash-campaigns" data-testid="campaigns" open={open}>
      {/* Folded content is drawn only when open: a closed <details> still lays out its buttons in Chromium, out of Tab's reach. */}
      <summary onClick={(e) => { e.preventDefault(); setOpen(!open); }}>Campaigns ({lists.length}): briefs, dates and brands</summary>
      {open && <div className="dash-scroll">
        <table data-testid="campaigns-table">
          <caption className="visually-hidden">Campaigns with their dates, brief, targets and number of entries</caption>
          <thead><tr><th scope="col">Name</th><th scope="col">Dates</th><th scope="col">Brief</th><th scope="col" className="num">Entries</th><th scope="col"><span className="visually-hidden">Actions</span></th></tr></thead>
          <tbody>
            {lists.map((l) => (
              <tr key={l.id} data-campaign={l.name}>
                <th scope="row">{l.name}</th>
                <td>{dates(l)}</td>
                <td className="dash-brief">{l.brief || <span className="muted">no brief</span>}<br /><span className="muted" data-testid="campaign-targets">{targetsOf(l, brands)}</span></td>
                <td className="num">{counts.get(l.id!) ?? 0}</td>
                <td>
                  <div className="dash-inline">
                    <button type="button" className="secondary" onClick={() => setEditing(l)}>Edit<span className="visually-hidden"> campaign {l.name}</span></button>
                    <button type="button" className="danger" onClick={() => setDeleting(l)}>Delete<span className="visually-hidden"> campaign {l.name}</span></button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>}
      {editing && <CampaignDialog list={editing} brands={brands} onSave={(f) => saveCampaign(editing.id!, f)} onClose={() => setEditing(null)} />}
      {deleting && (
        <Dialog title={`Delete campaign "${deleting.name}"?`} onClose={() => setDeleting(null)} testId="campaign-delete-dialog">
          <p>Its {entriesWord(counts.get(deleting.id!) ?? 0)} (status, notes, tags, answers, quotes) go with it. The creators and their visit history stay, and so do their entries on other campaigns. Undo brings it all back.</p>
          <div className="dash-inline">
            <button type="button" className="danger" data-testid="campaign-delete-confirm" onClick={() => { const id = deleting.id!; setDeleting(null); void removeCampaign(id); }}>Delete campaign</button>
            <button type="button" className="secondary" onClick={() => setDeleting(null)}>Cancel</button>
          </div>
        </Dialog>
      )}
    </details>
  );
}
