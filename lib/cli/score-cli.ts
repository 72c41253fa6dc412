import { parseArgs } from 'node:util';
import { ExtractError } from '../core/model/errors';
import { extract, readPage } from '../core/platforms';
import { explain } from './explain';
import { score } from '../core/scoring/score';
import { captureFromFiles } from './capture-from-files';
import { scoreOptionsFrom } from './score-options';
import { loadDetector } from '../core/scoring/audience/eld-detector';

const USAGE = 'usage: npm run score -- --url <page URL> [--explain] [--now <ISO time>] [--brand <brand.json>] [--history <snapshots.json>] [--languages de,en] <file> [<file>…]';

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { url: { type: 'string' }, explain: { type: 'boolean' }, now: { type: 'string' }, brand: { type: 'string' }, history: { type: 'string' }, languages: { type: 'string' } },
    });
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${USAGE}\n`);
    return 64;
  }
  const { url, explain: explaining, ...rest } = parsed.values;
  if (!url || parsed.positionals.length === 0) {
    process.stderr.write(`${USAGE}\n`);
    return 64;
  }
  let options;
  try {
    options = scoreOptionsFrom(rest);
  } catch (err) {
    process.stderr.write(`${(err as Error).message.replace(/\s+/g, ' ')}\n`);
    return 64;
  }
  try {
    const capture = captureFromFiles(url, parsed.positionals, options.now.toISOString());
    if (explaining) return explainCapture(url, capture);
    const snapshot = extract(capture);
    const detectLanguage = snapshot.comments.length ? await loadDetector() : undefined;
    process.stdout.write(`${JSON.stringify({ snapshot, score: score(snapshot, { ...options, ...(detectLanguage ? { detectLanguage } : {}) }) }, null, 2)}\n`);
    return 0;
  } catch (err) {
    const reason = err instanceof ExtractError ? err.message : `cannot read the capture: ${(err as Error).message}`;
    process.stderr.write(`${reason.replace(/\s+/g, ' ')}\n`);
    return 2;
  }
}

/** Prints what was read and from where, even when the page is refused: that is when it matters most. */
function explainCapture(url: string, capture: ReturnType<typeof captureFromFiles>): number {
  const read = readPage(capture);
  let refusal: string | null = null;
  try {
    extract(capture);
  } catch (err) {
    if (!(err instanceof ExtractError)) throw err;
    refusal = err.message;
  }
  if (!read) {
    process.stderr.write(`${refusal ?? 'Microscope reads Instagram, TikTok and YouTube only.'}\n`);
    return 2;
  }
  process.stdout.write(explain(url, read, refusal));
  return refusal ? 2 : 0;
}

void main().then((code) => {
  process.exitCode = code;
});
