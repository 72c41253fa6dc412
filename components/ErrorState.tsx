import type { ExtractErrorInfo } from '@/lib/core/model/errors';

/** Each failure names what happened and what the scout can do about it. */
const TITLES: Record<ExtractErrorInfo['reason'], (missing: string[]) => string> = {
  'not-a-profile': () => 'Not a profile page',
  'private-account': () => 'Private account',
  'logged-out': () => 'Logged out',
  'layout-changed': (missing) => (missing.length ? `Couldn’t read ${missing.join(' and ')}` : 'Couldn’t read this page'),
  'unsupported-site': () => 'Not a supported site',
  'reload-needed': () => 'Reload needed',
  unavailable: () => 'Account unavailable',
  'age-gated': () => 'Age-restricted video',
  'no-creator': () => 'No creator on this page',
  'still-loading': () => 'Still loading this profile',
  'storage-full': () => 'Storage full',
};

const NEXT_STEP: Record<ExtractErrorInfo['reason'], string> = {
  'not-a-profile': 'Open a creator’s profile on Instagram, TikTok or YouTube; the panel follows you there.',
  'private-account': 'Only the profile counts are visible. Follow the account if that is appropriate, then score again.',
  'logged-out': 'Log in to the site in this tab, reload the profile, then press Try again.',
  'layout-changed': 'The page layout may have changed. Wait for the page to finish loading and press Try again; if it keeps failing, the site changed and Microscope needs an update.',
  'unsupported-site': 'Microscope reads Instagram, TikTok and YouTube profiles only.',
  'reload-needed': 'Reload the page (it was open before Microscope was installed or updated), then press Try again.',
  unavailable: 'The platform says this account is banned or deleted. There is nothing to vet; move on to the next creator.',
  'age-gated': 'Sign in to the site in this tab, or open the creator’s channel page, then press Try again.',
  'no-creator': 'Open the creator’s profile, or the post itself, then press Try again.',
  'still-loading': 'Wait for the page to show this creator’s profile, then press Try again.',
  'storage-full': 'Open the dashboard, export your campaigns (CSV or a backup), delete old campaigns or visits, then press Try again.',
};

/** Refusals that are themselves the answer: nothing on the account can be vetted, so the scout moves on. */
const SKIP_BECAUSE: Partial<Record<ExtractErrorInfo['reason'], string>> = {
  unavailable: 'the account is banned or deleted, so there is no one to vet',
};

export function ErrorState({ error, onRetry }: { error: ExtractErrorInfo; onRetry?: () => void }) {
  const skip = SKIP_BECAUSE[error.reason];
  return (
    <section className="notice risk" role="alert" data-testid="error" data-reason={error.reason}>
      <h1>{TITLES[error.reason](error.missing)}</h1>
      {skip ? <p className="decision skip" data-testid="decision" data-kind="skip"><strong>Skip</strong> <span aria-hidden="true">✗</span> — {skip}.</p> : null}
      <p>{error.message}</p>
      {error.missing.length > 0 ? <p>Missing: {error.missing.join(', ')}</p> : null}
      <p><strong>What to do:</strong> {NEXT_STEP[error.reason]}</p>
      {onRetry ? <button type="button" onClick={onRetry}>Try again</button> : null}
    </section>
  );
}
