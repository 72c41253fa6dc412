import { isFinding, type Flag, type Severity } from '@/lib/core/model/findings';
import type { Scorecard } from '@/lib/core/model/scorecard';
import type { Post } from '@/lib/core/model/snapshot';
import { formatRate } from '@/lib/core/format/number';
import { safeHref } from '@/lib/core/model/https-url';
import { evidenceLines } from './flag-evidence';
import { postLabel } from './post-words';

const ORDER: Severity[] = ['risk', 'warn', 'info'];
const HEADINGS: Record<Severity, string> = { risk: 'Risks', warn: 'Worth a look', info: 'For information' };
const MARK: Record<Severity, string> = { risk: '✗', warn: '!', info: 'i' };

interface Props {
  flags: Flag[];
  posts: Post[];
  /** Per-post rates, so a post that stands out says how far: "7 Oct post: 13.4% vs usual 3.8%". */
  engagement?: Scorecard['engagement'];
}

/**
 * Flags as plain sentences, grouped by severity, each with its evidence in words and its posts
 * linked by date. Ids stay in data attributes. Notes on rounded numbers follow, apart.
 */
export function FlagList({ flags: all, posts, engagement }: Props) {
  const flags = all.filter((f) => isFinding(f.id));
  const notes = all.filter((f) => !isFinding(f.id));
  const noteList = notes.length > 0 && (
    <section aria-label="Notes on the numbers" data-testid="number-notes">
      <h3>Notes on the numbers</h3>
      <ul className="muted">{notes.map((f) => <li key={f.id} data-flag={f.id}>{f.message}</li>)}</ul>
    </section>
  );
  if (flags.length === 0) return <><p className="muted" data-testid="no-flags">No flags: nothing unusual found on this page.</p>{noteList}</>;
  return (
    <div data-testid="flags">
      {ORDER.filter((s) => flags.some((f) => f.severity === s)).map((severity) => (
        <section key={severity} aria-label={HEADINGS[severity]}>
          <h3>{HEADINGS[severity]}</h3>
          <ul className="flags">
            {flags.filter((f) => f.severity === severity).map((f, i) => (
              <li key={`${f.id}-${i}`} className={`flag ${severity}`} data-flag={f.id}>
                <span aria-hidden="true" className="flag-mark">{MARK[severity]} </span>{f.message}
                <FlagEvidence flag={f} posts={posts} engagement={engagement} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      {noteList}
    </div>
  );
}

function FlagEvidence({ flag, posts, engagement }: { flag: Flag; posts: Post[]; engagement?: Scorecard['engagement'] }) {
  const lines = evidenceLines(flag);
  const rateOf = new Map(engagement?.perPost.map((p) => [p.postId, p.rate]) ?? []);
  const usual = flag.id === 'engagement-outlier' ? engagement?.median ?? null : null;
  const ids = flag.evidence.postIds.slice(0, 8);
  return (
    <div className="evidence">
      {lines.length ? <p>{lines.join(' · ')}</p> : null}
      {ids.length ? (
        <ul className="post-links">
          {ids.map((id) => {
            const url = safeHref(posts.find((p) => p.id === id)?.url);
            const label = postLabel(posts, id);
            const rate = usual !== null && rateOf.has(id) ? `: ${formatRate(rateOf.get(id) ?? null)} vs usual ${formatRate(usual)}` : '';
            return <li key={id}>{url ? <a href={url} target="_blank" rel="noreferrer">{label}</a> : label}{rate}</li>;
          })}
          {flag.evidence.postIds.length > ids.length ? <li>and {flag.evidence.postIds.length - ids.length} more</li> : null}
        </ul>
      ) : null}
    </div>
  );
}
