import type { CreatorDetail } from '@/lib/store/dashboard-queries';
import { FlagList } from '@/components/FlagList';
import { DisclosureSection } from '@/components/DisclosureSection';
import { ValueFitList } from '@/components/ValueFitList';
import { CostAndCompetitors } from '@/components/CostAndCompetitors';

const fmt = () => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The creator's full scorecard from the last visit in this browser, read only: flags with evidence, disclosure, value fit, competitors and cost. */
export function DrawerScorecard({ detail }: { detail: CreatorDetail }) {
  const row = detail.scorecard;
  if (!row) return <p className="muted" data-testid="no-scorecard">No visit in this browser, so no evidence to show: score the profile to see it.</p>;
  const card = row.scorecard;
  const posts = [...detail.snapshots].sort((a, b) => a.capturedAt.localeCompare(b.capturedAt)).at(-1)?.snapshot.posts ?? [];
  return (
    <div data-testid="drawer-scorecard">
      {row.scoredAt !== detail.creator.lastScoredAt ? <p className="notice" role="note">From your visit of {fmt().format(new Date(row.scoredAt))}; the newer score came from an imported CSV, which carries no evidence.</p> : null}
      <h3>Flags</h3>
      <FlagList flags={card.flags} posts={posts} engagement={card.engagement} />
      <h3>Disclosure per market</h3>
      <DisclosureSection disclosure={card.disclosure} posts={posts} />
      <h3>Value fit</h3>
      <ValueFitList valueFit={card.valueFit} posts={posts} />
      <h3>Competitors and cost</h3>
      <CostAndCompetitors score={card} posts={posts} />
    </div>
  );
}
