import { useEffect, useMemo } from 'react';
import { ErrorState } from '@/components/ErrorState';
import { Scorecard } from '@/components/Scorecard';
import { sendToBackground } from '@/lib/messaging/client';
import { createPanelStore } from '@/lib/state/panel-store';
import { DEFAULT_SHORTLIST, resolveTabId } from '@/lib/state/panel-tab';

const usePanel = createPanelStore({
  scoreTab: (tabId) => sendToBackground('score-tab', { tabId }),
  addToShortlist: (creatorId, shortlistName) => sendToBackground('add-to-shortlist', { creatorId, shortlistName }),
  answerItem: (creatorId, itemId, answer) => sendToBackground('answer-item', { creatorId, itemId, answer }),
});

export function App() {
  const { status, result, error, adding, score, addToShortlist, answer } = usePanel();
  const tabIdPromise = useMemo(() => resolveTabId(location.search), []);
  const rescore = () => void tabIdPromise.then((id) => (id === null ? undefined : score(id)));
  useEffect(rescore, [tabIdPromise, score]);
  const listed = result?.shortlistedIn.includes(DEFAULT_SHORTLIST) ?? false;
  return (
    <main aria-busy={status === 'loading'}>
      {status === 'loading' || status === 'idle' ? <p role="status">Reading the page…</p> : null}
      {status === 'failed' && error ? <ErrorState error={error} onRetry={rescore} /> : null}
      {status === 'ready' && result ? (
        <>
          <Scorecard snapshot={result.snapshot} score={result.score} onAnswer={(itemId, a) => void tabIdPromise.then((id) => (id === null ? undefined : answer(id, itemId, a)))} />
          <div className="actions">
            <button type="button" data-testid="add-to-shortlist" disabled={adding || listed} onClick={() => void addToShortlist(DEFAULT_SHORTLIST)}>
              {listed ? `On “${DEFAULT_SHORTLIST}”` : 'Add to shortlist'}
            </button>
            <button type="button" className="secondary" onClick={rescore}>Score again</button>
            <a href="/dashboard.html" target="_blank" rel="noreferrer">Open dashboard</a>
          </div>
          {result.shortlistedIn.length > 0 ? <p role="status" data-testid="shortlisted">Shortlisted in: {result.shortlistedIn.join(', ')}</p> : null}
        </>
      ) : null}
    </main>
  );
}
