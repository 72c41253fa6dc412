import type { ExtractErrorInfo } from '@/lib/model/errors';

const TITLES: Record<ExtractErrorInfo['reason'], string> = {
  'not-a-profile': 'Not a profile page',
  'private-account': 'Private account',
  'logged-out': 'Logged out',
  'layout-changed': 'Couldn’t read this page',
  'unsupported-site': 'Not a supported site',
  'reload-needed': 'Reload needed',
};

export function ErrorState({ error, onRetry }: { error: ExtractErrorInfo; onRetry?: () => void }) {
  return (
    <section className="notice risk" role="alert" data-testid="error" data-reason={error.reason}>
      <h1>{TITLES[error.reason]}</h1>
      <p>{error.message}</p>
      {error.missing.length > 0 ? <p>Missing: {error.missing.join(', ')}</p> : null}
      {onRetry ? <button type="button" onClick={onRetry}>Try again</button> : null}
    </section>
  );
}
