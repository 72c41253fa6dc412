import type { Scorecard as Card } from '@/lib/core/model/scorecard';
import type { ProfileSnapshot } from '@/lib/core/model/snapshot';
import { formatCount, formatRate } from '@/lib/core/format/number';
import { traitsOf } from '@/lib/core/platforms/traits';
import { safeHref } from '@/lib/core/model/https-url';
import { CostAndCompetitors } from './CostAndCompetitors';
import { DisclosureSection } from './DisclosureSection';
import { EngagementChart } from './EngagementChart';
import { FlagList } from './FlagList';
import { FollowerHistoryChart } from './FollowerHistoryChart';
import { PageNotices } from './PageNotices';
import { PostList } from './PostList';
import { SummaryBar } from './SummaryBar';
import { ValueFitList, type AnswersFor } from './ValueFitList';

interface Props {
  snapshot: ProfileSnapshot;
  score: Card;
  /** Earlier visits of this creator, oldest first, for the follower chart. */
  history?: ProfileSnapshot[];
  onAnswer?: (itemId: string, answer: 'yes' | 'no' | 'unsure') => void;
  answersFor?: AnswersFor;
}


/** Field ids in words; a field not listed here shows its id, so a new source is never hidden. */
const FIELD_NAMES: Record<string, string> = {
  handle: 'Handle', displayName: 'Name', followers: 'Followers', following: 'Following', postsCount: 'Post count',
  verified: 'Verified', isPrivate: 'Private', bio: 'Bio', category: 'Category', totalLikes: 'Total likes',
  channelId: 'Channel id', externalLinks: 'Links', posts: 'Posts', comments: 'Comments',
};

/** Every string from the page is rendered as text: captions and bios are hostile input. */
export function Scorecard({ snapshot, score, history = [], onAnswer, answersFor }: Props) {
  const approx = (field: string) => snapshot.approximate.includes(field);
  const followersLabel = traitsOf(snapshot.platform).followersWord;
  return (
    <article aria-label="Scorecard">
      <header>
        <h1 data-testid="display-name">{snapshot.displayName ?? snapshot.handle}</h1>
        <p className="muted">
          <a href={safeHref(snapshot.profileUrl)} target="_blank" rel="noreferrer">@{snapshot.handle}</a>
          {' · '}{traitsOf(snapshot.platform).name}
          {snapshot.verified ? ' · verified' : ''}
          {snapshot.isPrivate ? ' · private account' : ''}
        </p>
      </header>
      <PageNotices snapshot={snapshot} score={score} />
      <SummaryBar summary={score.summary} />
      <dl className="stats">
        <Stat label="Tier" value={score.tier ?? 'unknown'} testId="tier" title={score.tierBand ?? undefined} />
        <FollowersStat label={followersLabel} snapshot={snapshot} score={score} />
        <Stat label="Engagement" value={formatRate(score.engagementRate, score.engagement.approximate)} testId="engagement" title={`Median of ${score.engagementFormula}, over ${score.postsUsed} post(s)`} />
        <Stat label="Posts" value={formatCount(snapshot.postsCount, approx('postsCount'))} testId="posts-count" title={snapshot.sources.postsCount} />
      </dl>
      <EngagementVsBand score={score} />
      <details className="how">
        <summary>How these numbers were measured</summary>
        <p className="muted" data-testid="formula">
          Engagement = median of {score.engagementFormula}, over {score.postsUsed} post(s)
          {score.engagement.benchmark ? `; typical for this tier: ${formatRate(score.engagement.benchmark.low)}–${formatRate(score.engagement.benchmark.high)} (${score.engagement.benchmark.source})` : ''}
          {score.engagement.verdict ? ` → ${score.engagement.verdict.replace('-', ' ')}` : ''}.
        </p>
        <ul className="muted">
          {Object.entries(snapshot.sources).map(([field, source]) => (
            <li key={field} data-testid="source" data-field={field}>{FIELD_NAMES[field] ?? field}: {source}</li>
          ))}
          {score.followersFrom ? <li data-testid="source" data-field="followers">{followersLabel}: from your visit on {score.followersFrom.capturedAt.slice(0, 10)}</li> : null}
          {score.engagement.secondary ? <li>Also: {score.engagement.secondary.formula}, median {formatRate(score.engagement.secondary.median)}</li> : null}
        </ul>
      </details>
      {[...score.notes, ...snapshot.warnings].map((w) => <p key={w} className="notice" role="note">{w}</p>)}
      <h2>Charts</h2>
      <EngagementChart engagement={score.engagement} posts={snapshot.posts} />
      <FollowerHistoryChart history={history} current={snapshot} />
      <h2>Flags</h2>
      <FlagList flags={score.flags} posts={snapshot.posts} />
      <h2>Disclosure</h2>
      <DisclosureSection disclosure={score.disclosure} />
      <h2>Value fit</h2>
      <ValueFitList valueFit={score.valueFit} onAnswer={onAnswer} answersFor={answersFor} />
      <h2>Competitors and cost</h2>
      <CostAndCompetitors score={score} />
      {snapshot.bio ? <><h2>Bio</h2><p className="bio" data-testid="bio">{snapshot.bio}</p></> : null}
      <h2>Posts on the page ({snapshot.posts.length})</h2>
      <PostList posts={snapshot.posts.slice(0, 12)} />
    </article>
  );
}

/** The headline rate against its band, in words and colour, so the number never stands alone. */
function EngagementVsBand({ score }: { score: Card }) {
  const { benchmark, verdict } = score.engagement;
  if (score.engagementRate === null) return null;
  const words = { low: 'below', typical: 'within', high: 'above', 'suspiciously-high': 'far above' } as const;
  return (
    <p className={`band ${verdict ?? ''}`} data-testid="engagement-band">
      {formatRate(score.engagementRate, score.engagement.approximate)} {verdict && benchmark ? `is ${words[verdict]} the typical band of ${formatRate(benchmark.low)}–${formatRate(benchmark.high)}` : 'has no benchmark band for this platform and tier'}
      {verdict === 'suspiciously-high' ? ' — worth a look' : ''}.
    </p>
  );
}

/** Followers as the page showed them or, on a post page, from the scout's last visit, said as such. */
function FollowersStat({ label, snapshot, score }: { label: string; snapshot: ProfileSnapshot; score: Card }) {
  const from = score.followersFrom;
  if (snapshot.followers === null && from) {
    const date = from.capturedAt.slice(0, 10);
    return <Stat label={label} value={`${formatCount(from.followers, from.approximate)} (your visit on ${date})`} testId="followers" title={`your visit on ${date}`} />;
  }
  return <Stat label={label} value={formatCount(snapshot.followers, snapshot.approximate.includes('followers'))} testId="followers" title={snapshot.sources.followers} />;
}

function Stat({ label, value, testId, title }: { label: string; value: string; testId: string; title?: string }) {
  return (
    <div className="stat" title={title ? `Source: ${title}` : undefined}>
      <dt>{label}</dt>
      <dd data-testid={testId}>{value}</dd>
    </div>
  );
}
