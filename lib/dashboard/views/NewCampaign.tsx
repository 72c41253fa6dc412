import { useState } from 'react';
import { useDashboard } from '@/lib/dashboard/context';
import { Dialog } from '../../../components/dashboard/Dialog';

/** "New campaign": a name first; the brief, dates and brand are set with Edit under Campaigns. */
export function NewCampaign() {
  const createList = useDashboard((s) => s.createList);
  const error = useDashboard((s) => s.error);
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [tried, setTried] = useState(false);
  const close = () => { setOpen(false); setName(''); setTried(false); };
  return (
    <>
      <button type="button" className="secondary" onClick={() => setOpen(true)} data-testid="new-campaign">New campaign</button>
      {open && (
        <Dialog title="New campaign" onClose={close} testId="new-campaign-dialog">
          <form className="dash-campaign-form" onSubmit={(e) => { e.preventDefault(); setTried(true); void createList(name).then((id) => { if (id !== null) close(); }); }}>
            <label>Name<input value={name} onChange={(e) => setName(e.target.value)} data-testid="new-list-name" /></label>
            {tried && error && <p className="notice risk" role="alert">{error}</p>}
            <div className="dash-inline">
              <button type="submit" disabled={!name.trim()}>Create</button>
              <button type="button" className="secondary" onClick={close}>Cancel</button>
            </div>
          </form>
        </Dialog>
      )}
    </>
  );
}
