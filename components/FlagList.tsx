import { isFinding, type Flag, type Severity } from '@/lib/core/model/findings';
import type { Post } from '@/lib/core/model/snapshot';
import { safeHref } from '@/lib/core/model/https-url';

const ORDER: Severity[] = ['risk', 'warn', 'info'];
const HEADINGS: Record<Severity, string> = { risk: 'Risks', warn: 'Worth a look', info: 'For information' };

/**
 * Flags grouped by severity; each shows its evidence and links to the posts behind it. Notes on
 * rounded numbers are not findings: they follow, apart, and never stand in for "no flags".
 */
export function FlagList({ flags: all, posts }: { flags: Flag[]; posts: Post[] }) {
  const flags = all.filter((f) => isFinding(f.id));
  const notes = all.filter((f) => !isFinding(f.id));
  const noteList = notes.length > 0 && (
    <section aria-label="Notes on the numbers" data-testid="number-notes">
      <h3>Notes on the numbers</h3>
      <ul className="muted">
        {notes.map((f) => <li key={f.id} data-flag={f.id}>{f.message} <span>({f.id})</span></li>)}
      </ul>
    </section>
  );
  if (flags.length === 0) return <><p className="muted" data-testid="no-flags">No flags: nothing unusual found on this page.</p>{noteList}</>;
  const urlOf = new Map(posts.map((p) => [p.id, safeHref(p.url)]));
  return (
    <div data-testid="flags">
      {ORDER.filter((s) => flags.some((f) => f.severity === s)).map((severity) => (
        <section key={severity} aria-label={HEADINGS[severity]}>
          <h3>{HEADINGS[severity]}</h3>
          <ul className="flags">
            {flags.filter((f) => f.severity === severity).map((f, i) => (
              <li key={`${f.id}-${i}`} className={`flag ${severity}`} data-flag={f.id}>
                <strong>{f.message}</strong>
                <span className="muted"> ({f.id})</span>
                <div className="evidence">
                  {Object.entries(f.evidence.numbers).map(([k, v]) => <span key={k}>{k}: {String(v)} </span>)}
                  {f.evidence.postIds.slice(0, 8).map((id) => {
                    const url = urlOf.get(id);
                    return url ? <a key={id} href={url} target="_blank" rel="noreferrer">{id} </a> : <span key={id}>{id} </span>;
                  })}
                </div>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {noteList}
    </div>
  );
}
