import type { Audience, Responsiveness } from '@/lib/core/model/audience';
import type { Scorecard } from '@/lib/core/model/scorecard';
import { locationSentence } from '@/lib/core/scoring/audience/creator-location';
import { languagesSentence, MIN_USABLE } from '@/lib/core/scoring/audience/languages';
import { REPEAT_FROM } from '@/lib/core/scoring/audience/repeat-commenters';
import { repliedSentence } from '@/lib/core/scoring/audience/responsiveness';
import type { LanguagesStatus } from '@/lib/panel/languages';

interface Props {
  audience: Audience | null;
  responsiveness: Responsiveness | null;
  generic: Scorecard['genericComments'];
  /** The campaign's target languages (its brief's, else those of its markets). */
  targets: readonly string[];
  /** The panel's own reading of the comment languages, which arrives after the scorecard. */
  languagesStatus?: LanguagesStatus;
  /** How many distinct posts the scout opened with comments, when known: the "of 5" in repeat commenters. */
  postsOpened?: number | null;
}

export const GAPS = 'Audience country and fake-follower share are not visible on a public page.';

const pct = (share: number) => `${Math.round(share * 100)}%`;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * What the visible comments and posts say about who engages, each with where it comes from and
 * what limits it; what a public page cannot tell (audience country, fake followers) is said as
 * such. Commenters' names and texts are page text: rendered as text only.
 */
export function AudienceSection({ audience, responsiveness, generic, targets, languagesStatus = 'idle', postsOpened = null }: Props) {
  return (
    <div className="audience" data-testid="audience">
      <p className="notice" role="note" data-testid="audience-gaps">{GAPS}</p>
      <Replies r={responsiveness} />
      {audience ? (
        <>
          <Languages a={audience} targets={targets} status={languagesStatus} />
          <Hygiene h={audience.hygiene} generic={generic} />
          <h3>Where the creator posts from</h3>
          <p data-testid="audience-location">{locationSentence(audience.creatorLocation)}</p>
          <RepeatCommenters list={audience.repeatCommenters} postsOpened={postsOpened} />
        </>
      ) : (
        <p className="muted" data-testid="audience-unread">This scorecard was made before Microscope read the comments&apos; audience: score again to see it.</p>
      )}
    </div>
  );
}

function Replies({ r }: { r: Responsiveness | null }) {
  if (!r) return null;
  return (
    <>
      <h3>How the creator answers</h3>
      <ul data-testid="audience-replies">
        <li data-testid="replied">{repliedSentence(r)}</li>
        <li data-testid="liked">{r.liked === null
          ? 'Whether the creator hearts or likes comments: the page does not show it.'
          : `${r.liked} of ${plural(r.comments, 'visible comment')} hearted or liked by the creator.`}</li>
        <li data-testid="pinned">{r.pinned === null
          ? 'Pinned comments: the page does not show them.'
          : r.pinned === 0 ? 'No visible comment is pinned.' : `${plural(r.pinned, 'pinned comment')} among the visible ones.`}</li>
      </ul>
      <p className="muted small">Counted among the comments the page loaded, never a rate over all of the creator&apos;s comments.</p>
    </>
  );
}

function Languages({ a, targets, status }: { a: Audience; targets: readonly string[]; status: LanguagesStatus }) {
  const reading = status === 'reading' && a.source === null;
  const share = a.usable >= MIN_USABLE ? a.targetShare : null;
  return (
    <>
      <h3>Comment languages</h3>
      {reading
        ? <p role="status" data-testid="languages-reading">Reading comment languages…</p>
        : <p data-testid="audience-languages" data-source={a.source ?? 'none'}>{languagesSentence(a)}</p>}
      {status === 'failed' && a.source === null ? <p className="notice" role="note">Microscope could not read the comment languages here.</p> : null}
      <p className="muted small" data-testid="campaign-languages">
        {targets.length ? `Campaign languages: ${targets.join(', ')}` : 'The campaign names no language'}
        {share !== null ? ` — ${pct(share)} of the usable comments are in them.` : '.'}
      </p>
      {a.source !== null && a.usable < MIN_USABLE
        ? <p className="muted small" data-testid="languages-small">The sample is too small (under {MIN_USABLE} usable comments) to weigh against the campaign&apos;s languages.</p>
        : null}
      <p className="muted small">
        {a.source === 'platform' ? 'Tagged by the platform. ' : a.source === 'detected' ? 'Read in this panel by a local language identifier (right on about 94% of comments of 3+ words). ' : ''}
        Only comments of 3 or more words count, once emoji, mentions, links and hashtags are removed.
        {' '}<strong data-testid="language-not-country">Language is not country.</strong>
      </p>
    </>
  );
}

const KIND_WORDS = { 'default-avatar': 'Default picture', 'digit-handle': 'Digit-heavy handle', 'duplicate-text': 'Same text as another account' } as const;

function Hygiene({ h, generic }: { h: Audience['hygiene']; generic: Scorecard['genericComments'] }) {
  return (
    <>
      <h3>Commenters worth a look</h3>
      <ul data-testid="audience-hygiene">
        <li data-testid="generic-share">{generic.share === null
          ? 'No comments to judge for generic text.'
          : `${pct(generic.share)} of the visible comments are emoji-only, generic or bare mentions (${generic.generic} of ${generic.total}).`}</li>
        <li data-testid="default-avatar">{h.defaultAvatar === null
          ? 'Default pictures: the page does not show them.'
          : `${h.defaultAvatar} of ${plural(h.of, 'comment')} by accounts with the default picture.`}</li>
        <li data-testid="digit-handles">{`${h.digitHandles} of ${plural(h.of, 'comment')} by digit-heavy handles.`}</li>
        <li data-testid="duplicate-texts">{`${plural(h.duplicateTexts, 'comment')} with the same text as another account's.`}</li>
      </ul>
      {h.examples.length ? (
        <ul className="evidence" data-testid="hygiene-examples">
          {h.examples.map((e, i) => (
            <li key={`${e.kind}-${i}`} data-kind={e.kind}>{KIND_WORDS[e.kind]}: @{e.author.replace(/^@/, '')} — “{e.text}”</li>
          ))}
        </ul>
      ) : null}
      <p className="muted small">Worth a look, never a verdict: new and private people keep the default picture, and names carry birth years. The creator&apos;s own comments are left out.</p>
    </>
  );
}

/** "12 min", "5 h", "3 days" after posting. */
function delayWords(minutes: number | null): string {
  if (minutes === null) return 'delay unknown';
  if (minutes < 60) return `median ${Math.round(minutes)} min after posting`;
  if (minutes < 48 * 60) return `median ${Math.round(minutes / 60)} h after posting`;
  return `median ${Math.round(minutes / 1440)} days after posting`;
}

function RepeatCommenters({ list, postsOpened }: { list: Audience['repeatCommenters']; postsOpened: number | null }) {
  const of = postsOpened !== null ? `of the ${plural(postsOpened, 'post')} you opened` : 'of the posts you opened';
  return (
    <>
      <h3>Repeat commenters</h3>
      {list.length === 0 ? (
        <p data-testid="audience-repeat">
          {postsOpened !== null && postsOpened < REPEAT_FROM
            ? `Open ${REPEAT_FROM} or more of the creator's posts to see who comments on several.`
            : `No account commented on ≥${REPEAT_FROM} ${of}.`}
        </p>
      ) : (
        <>
          <p data-testid="audience-repeat">{`${plural(list.length, 'account')} commented on ≥${REPEAT_FROM} ${of}.`}</p>
          <ul className="evidence" data-testid="repeat-list">
            {list.slice(0, 10).map((r) => <li key={r.handle}>@{r.handle} — {plural(r.posts, 'post')}, {delayWords(r.medianDelayMinutes)}</li>)}
          </ul>
        </>
      )}
      <p className="muted small">Descriptive only: loyal fans do this, and so do groups that comment for each other; nothing here says which.</p>
    </>
  );
}
