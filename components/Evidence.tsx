import type { ReactNode } from 'react';
import type { Scorecard } from '@/lib/core/model/scorecard';
import type { ProfileSnapshot } from '@/lib/core/model/snapshot';
import { isFinding } from '@/lib/core/model/findings';
import { Competitors, Cost } from './CostAndCompetitors';
import { DisclosureSection } from './DisclosureSection';
import { EngagementChart } from './EngagementChart';
import { FlagList } from './FlagList';
import { FollowerHistoryChart } from './FollowerHistoryChart';
import { Measured } from './Measured';
import { PageNotices } from './PageNotices';
import { PostList } from './PostList';
import { ValueFitList } from './ValueFitList';
import { evidenceId } from './evidence-anchor';

interface Props {
  snapshot: ProfileSnapshot;
  score: Scorecard;
  history: ProfileSnapshot[];
  onAnswer?: (itemId: string, answer: 'yes' | 'no' | 'unsure') => void;
  /** The quote editor, when the creator is on the campaign: it sits with the cost. */
  quote?: ReactNode;
}

/** Everything below the first screen, each stated once, in expanders the decision's reasons open. */
export function Evidence({ snapshot, score, history, onAnswer, quote }: Props) {
  const findings = score.flags.filter((f) => isFinding(f.id)).length;
  const posts = snapshot.posts;
  return (
    <div className="evidence-list">
      <Expander anchor="flags" title={`Flags (${findings})`}><FlagList flags={score.flags} posts={posts} engagement={score.engagement} /></Expander>
      <Expander anchor="disclosure" title="Disclosure per post"><DisclosureSection disclosure={score.disclosure} posts={posts} /></Expander>
      <Expander anchor="value-fit" title="Value-fit checklist"><ValueFitList valueFit={score.valueFit} posts={posts} onAnswer={onAnswer} /></Expander>
      <Expander anchor="competitors" title={`Competitors (${score.competitors.length})`}><Competitors score={score} posts={posts} /></Expander>
      <Expander anchor="cost" title="Cost"><Cost score={score} />{quote}</Expander>
      <Expander anchor="engagement" title="Charts">
        <EngagementChart engagement={score.engagement} posts={posts} />
        <FollowerHistoryChart history={history} current={snapshot} />
      </Expander>
      <Expander anchor="followers" title="How the numbers were measured"><Measured snapshot={snapshot} score={score} /></Expander>
      <Expander anchor="account" title="Bio and account">
        <PageNotices snapshot={snapshot} score={score} />
        {snapshot.bio ? <p className="bio" data-testid="bio">{snapshot.bio}</p> : <p className="muted">No bio on this page.</p>}
      </Expander>
      <Expander anchor="posts" title={`Posts on the page (${posts.length})`}><PostList posts={posts.slice(0, 12)} /></Expander>
    </div>
  );
}

function Expander({ anchor, title, children }: { anchor: string; title: string; children: ReactNode }) {
  return (
    <details id={evidenceId(anchor)} className="expander">
      <summary>{title}</summary>
      <div className="expander-body">{children}</div>
    </details>
  );
}
