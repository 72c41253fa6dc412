import type { PageRead } from '../core/platforms/shared/page-read';
import { traitsOf } from '../core/platforms/traits';

const PROFILE_FIELDS = [
  'handle', 'displayName', 'followers', 'following', 'postsCount', 'totalLikes', 'verified', 'isPrivate',
  'bio', 'category', 'channelId', 'externalLinks',
] as const;


/**
 * `npm run score -- --explain`: field → value → source → path, one line each, so a layout change is
 * diagnosed in one command: the field that went missing, and where it used to come from.
 */
export function explain(url: string, read: PageRead, refusal: string | null): string {
  const rows: string[][] = [['field', 'value', 'source', 'path']];
  const add = (field: string, value: string, from: string | undefined) => {
    const [source, path] = splitSource(from);
    rows.push([field, value, source, path]);
  };
  for (const field of PROFILE_FIELDS) {
    const value = read[field];
    const shown = value === null ? 'unknown' : Array.isArray(value) ? (value.length ? value.join(' ') : 'none') : String(value);
    const approx = read.approximate.includes(field) ? '≈' : '';
    add(field, approx + clip(shown), read.sources[field]);
  }
  add('posts', `${read.posts.length} post(s)`, read.sources.posts);
  add('comments', `${read.comments.length} comment(s)`, read.sources.comments);
  const widths = rows[0]!.map((_, i) => Math.min(48, Math.max(...rows.map((r) => r[i]!.length))));
  const lines = [
    `${traitsOf(read.platform).name} page ${url} (read as: ${read.hints.pageKind})`,
    ...rows.map((r) => r.map((c, i) => (i < r.length - 1 ? c.padEnd(widths[i]!) : c)).join('  ').trimEnd()),
  ];
  if (read.disagreements.length) {
    lines.push('', 'disagreements (the exact value was kept):');
    for (const d of read.disagreements) lines.push(`  ${d.field}: ${d.kept.value} from ${d.kept.source}; ${d.other.value} from ${d.other.source}`);
  }
  if (read.warnings.length) lines.push('', 'warnings:', ...read.warnings.map((w) => `  ${w}`));
  lines.push('', refusal ? `refused: ${refusal}` : 'result: a snapshot (run without --explain for the JSON)');
  return `${lines.join('\n')}\n`;
}

/** Sources read "<where> @ <JSON path>"; older ones have no path. */
function splitSource(from: string | undefined): [string, string] {
  if (!from) return ['—', ''];
  const at = from.indexOf(' @ ');
  return at < 0 ? [from, ''] : [from.slice(0, at), from.slice(at + 3)];
}

function clip(s: string): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
}
