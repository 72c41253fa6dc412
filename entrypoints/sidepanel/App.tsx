import { useEffect } from 'react';
import { ActionBar } from '@/components/ActionBar';
import { ErrorState } from '@/components/ErrorState';
import { QuoteField } from '@/components/QuoteField';
import { Scorecard } from '@/components/Scorecard';
import { ScoredFor } from '@/components/ScoredFor';
import { copyText, openDashboard } from '@/lib/panel/actions';
import { panelView } from '@/lib/panel/view';
import { ReadWindowControl } from '@/lib/panel/read-window-view';
import { useFollowTab, usePanel } from '@/lib/panel/wiring';

export function App() {
  const { status, result, error, left, reads, lists, saving, saveError, answer, chooseCampaign, saveEntry, languages } = usePanel();
  const rescore = useFollowTab();
  useEffect(() => {
    document.title = result ? `Microscope · @${result.snapshot.handle}` : 'Microscope';
  }, [result]);
  const shown = result && status !== 'failed' ? result : null;
  const view = shown ? panelView(shown, lists) : null;
  return (
    <main className="panel" aria-busy={status === 'loading'} data-status={status} data-reads={reads}>
      {shown && view ? (
        <ActionBar target={view.target} campaigns={view.campaigns} entries={(lists ?? shown.lists).entries} saving={saving} error={saveError}
          summary={view.summary} onSave={(d) => void saveEntry(d)} onCopy={copyText} />
      ) : null}
      <div className="content">
        {status === 'loading' || status === 'idle' ? <p role="status">Reading the page…</p> : null}
        {left ? <p className="notice" role="status" data-testid="left-profile">This tab has left the profile. The scorecard below is the last one; open another profile and the panel follows.</p> : null}
        {status === 'failed' && error ? <ErrorState error={error} onRetry={rescore} /> : null}
        {shown && view ? (
          <>
            <div className="panel-bar">
              <ScoredFor brandName={shown.brandName} campaign={shown.campaign} campaigns={view.campaigns} onChoose={(name) => void chooseCampaign(name)} onEdit={openDashboard} />
              <button type="button" className="secondary small" onClick={rescore} disabled={status === 'loading'} data-testid="score-again">{shown.stored ? 'Score again' : 'Score'}</button>
            </div>
            {shown.stored ? null : <p className="muted small" role="note" data-testid="not-stored">Not kept in your history until you press Score or Add.</p>}
            <Scorecard
              snapshot={shown.snapshot} score={shown.score} history={shown.history} decision={view.decision} briefChip={view.briefChip} entry={view.entry}
              onAnswer={(itemId, a) => void answer(itemId, a)} onCopy={copyText} campaignLanguages={view.brief.languages} languagesStatus={languages}
              quote={view.entry ? <QuoteField key={view.entry.entryId} quote={view.entry.quotedRate} currency={shown.score.cost?.currency ?? 'GBP'} saving={saving} onSave={(q) => view.entry && void saveEntry({ shortlistName: view.entry.shortlist, quotedRate: q })} /> : null}
            />
            <ReadWindowControl />
          </>
        ) : null}
      </div>
    </main>
  );
}
