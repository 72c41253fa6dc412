import type { Scorecard } from '@/lib/core/model/scorecard';
import type { ProfileSnapshot } from '@/lib/core/model/snapshot';
import { formatCount } from '@/lib/core/format/number';
import { safeHref } from '@/lib/core/model/https-url';
import { traitsOf } from '@/lib/core/platforms/traits';

interface Props {
  snapshot: ProfileSnapshot;
  score: Scorecard;
  /** The follower count against the campaign's brief, in words; `fits` only picks the chip's mark. */
  briefChip: { words: string; fits: boolean | null };
}

const MARK = { true: '✓ ', false: '✗ ', null: '' } as const;

/** Who this is, how big, and whether that size fits the brief. Page text is rendered as text only. */
export function CreatorHeader({ snapshot, score, briefChip }: Props) {
  const name = snapshot.displayName ?? snapshot.handle;
  const traits = traitsOf(snapshot.platform);
  const fits = String(briefChip.fits) as 'true' | 'false' | 'null';
  return (
    <header className="creator">
      <span className="avatar" aria-hidden="true">{[...name.trim()][0]?.toUpperCase() ?? '?'}</span>
      <div className="who">
        <h1 data-testid="display-name">{name}</h1>
        <p className="muted line">
          <a href={safeHref(snapshot.profileUrl)} target="_blank" rel="noreferrer">@{snapshot.handle}</a>
          {' · '}{traits.name}
          {snapshot.verified ? ' · verified' : ''}
          {snapshot.category ? ` · ${snapshot.category}` : ''}
        </p>
        <p className="line">
          <Followers snapshot={snapshot} score={score} /> {traits.followersWord.toLowerCase()}{' '}
          <span className={`chip fit-${fits}`} data-testid="brief-chip">
            {MARK[fits]}<span data-testid="tier">{score.tier ?? 'unknown'}</span> · {briefChip.words}
          </span>
        </p>
      </div>
    </header>
  );
}

/** Followers as the page showed them or, on a post page, from the scout's last visit, said as such. */
function Followers({ snapshot, score }: Pick<Props, 'snapshot' | 'score'>) {
  const from = score.followersFrom;
  if (snapshot.followers === null && from) {
    return <strong data-testid="followers" title={`From your visit on ${from.capturedAt.slice(0, 10)}`}>{formatCount(from.followers, from.approximate)} (your visit on {from.capturedAt.slice(0, 10)})</strong>;
  }
  return <strong data-testid="followers" title={snapshot.sources.followers ? `Source: ${snapshot.sources.followers}` : undefined}>{formatCount(snapshot.followers, snapshot.approximate.includes('followers'))}</strong>;
}
