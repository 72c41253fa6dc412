import type { z } from 'zod';
import { formatNumber } from './numbers';

type Issue = z.core.$ZodIssue;

/** Fields typed as one comma-separated text: an issue on an entry belongs to the whole box. */
const LIST_FIELDS = new Set(['handles', 'keywords', 'lookFor', 'avoid']);

/** Stored as fractions, typed as percent: limits are shown as the scout typed them. */
function isPercent(path: readonly PropertyKey[]): boolean {
  const [head, , leaf] = path;
  return (head === 'thresholds' && path[1] === 'genericCommentsWarn') || (head === 'benchmarkOverrides' && (leaf === 'low' || leaf === 'high'));
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const p of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[p] : undefined;
  return v;
}

const sentence = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function plainMessage(issue: Issue, percent: boolean, locale: string): string {
  const limit = (n: number | bigint) => (percent ? `${formatNumber(Number(n) * 100, locale)}%` : formatNumber(Number(n), locale));
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'Required' : `At least ${issue.minimum} characters`;
      if (issue.origin === 'array') return Number(issue.minimum) <= 1 ? 'Pick at least one' : `At least ${issue.minimum} entries`;
      return `${issue.inclusive === false ? 'More than' : 'At least'} ${limit(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'string') return `At most ${issue.maximum} characters`;
      if (issue.origin === 'array') return `At most ${issue.maximum} entries`;
      return `${issue.inclusive === false ? 'Less than' : 'At most'} ${limit(issue.maximum)}`;
    case 'invalid_type':
      return issue.expected === 'int' ? 'Enter a whole number' : 'Enter a value';
    case 'invalid_value':
      return `Choose one of ${issue.values.join(', ')}`;
    default:
      return sentence(issue.message);
  }
}

/** A zod issue → the form field to show it beside, and a message a scout understands. */
export function messageOf(issue: Issue, input: unknown, locale: string): { path: string; message: string } {
  const path = [...issue.path];
  const message = plainMessage(issue, isPercent(path), locale);
  const last = path[path.length - 1];
  if (typeof last === 'number' && LIST_FIELDS.has(String(path[path.length - 2]))) {
    const value = valueAt(input, path);
    path.pop();
    return { path: path.join('.'), message: `“${String(value)}”: ${message.charAt(0).toLowerCase()}${message.slice(1)}` };
  }
  return { path: path.join('.'), message };
}
