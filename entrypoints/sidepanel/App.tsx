import { useEffect } from 'react';
import { ErrorState } from '@/components/ErrorState';
import { Scorecard } from '@/components/Scorecard';
import { ShortlistEditor } from '@/components/ShortlistEditor';
import { useFollowTab, usePanel } from '@/lib/panel/wiring';

export function App() {
  const { status, result, error, left, reads, lists, saving, saveError, answer, chooseCampaign, saveEntry } = usePanel();
  const rescore = useFollowTab();
  useEffect(() => {
    document.title = result ? `Microscope · @${result.snapshot.handle}` : 'Microscope';
  }, [result]);
  return (
    <main aria-busy={status === 'loading'} data-status={status} data-reads={reads}>
      {status === 'loading' || status === 'idle' ? <p role="status">Reading the page…</p> : null}
      {left ? <p className="notice" role="status" data-testid="left-profile">This tab has left the profile. The scorecard below is the last one; open another profile and the panel follows.</p> : null}
      {status === 'failed' && error ? <ErrorState error={error} onRetry={rescore} /> : null}
      {result && status !== 'failed' ? (
        <>
          <div className="panel-bar">
            <button type="button" className="secondary" onClick={rescore} disabled={status === 'loading'} data-testid="score-again">{result.stored ? 'Score again' : 'Score'}</button>
            <a href="/dashboard.html" target="_blank" rel="noreferrer">Open dashboard</a>
          </div>
          {result.stored ? null : <p className="muted" role="note" data-testid="not-stored">Read as you browsed: not kept in your history until you press Score or add the creator to a campaign.</p>}
          <Scorecard
            snapshot={result.snapshot} score={result.score} history={result.history}
            onAnswer={(itemId, a) => void answer(itemId, a)}
            answersFor={{ campaign: result.campaign, campaigns: lists?.entries.map((e) => e.shortlist) ?? [], onChoose: (name) => void chooseCampaign(name) }}
          />
          <h2>Shortlist</h2>
          <ShortlistEditor lists={lists} saving={saving} error={saveError} currency={result.score.cost?.currency} onSave={(d) => void saveEntry(d)} />
        </>
      ) : null}
    </main>
  );
}
