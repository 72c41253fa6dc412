import type { FieldErrors } from './form';

export type OptionsTab = 'brand' | 'checklist' | 'advanced';

/** The options page's tabs, in order: who the brand is, what it values, and the fine print. */
export const TABS: readonly { id: OptionsTab; label: string }[] = [
  { id: 'brand', label: 'Brand' },
  { id: 'checklist', label: 'Checklist' },
  { id: 'advanced', label: 'Advanced' },
];

const TAB_OF_SECTION: Record<string, OptionsTab> = {
  checklist: 'checklist',
  thresholds: 'advanced',
  benchmarkOverrides: 'advanced',
  rateCard: 'advanced',
};

/** The tab that holds a field ("rateCard.tiktok.micro.low" → advanced); brand fields and competitors are on Brand. */
export function tabOfPath(path: string): OptionsTab {
  return TAB_OF_SECTION[path.split('.')[0] ?? ''] ?? 'brand';
}

/** How many fields at fault each tab holds, so a tab can say "2 problems" in words. */
export function problemsByTab(errors: FieldErrors): Record<OptionsTab, number> {
  const counts: Record<OptionsTab, number> = { brand: 0, checklist: 0, advanced: 0 };
  for (const path of Object.keys(errors)) counts[tabOfPath(path)]++;
  return counts;
}

/** After a refused save, the tab to show: this one if it has a problem, else the first that does. */
export function tabToShow(current: OptionsTab, errors: FieldErrors): OptionsTab {
  const counts = problemsByTab(errors);
  if (counts[current] > 0) return current;
  return TABS.find((t) => counts[t.id] > 0)?.id ?? current;
}
