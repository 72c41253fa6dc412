import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProfileSnapshot } from '@/lib/core/model/snapshot';
import { Scorecard } from '@/lib/core/model/scorecard';
import { loadSamples, samplePath } from '../e2e/samples';

function runCli(args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'lib/cli/score-cli.ts', ...args], { encoding: 'utf8', cwd: process.cwd() });
}

describe('npm run score', () => {
  it('prints {snapshot, score} for a sample page and its payloads', () => {
    const sample = loadSamples().find((s) => !s.expect.error && s.payloads.length > 0)!;
    const r = runCli(['--url', sample.url, '--now', '2026-11-20T12:00:00Z', samplePath(sample.html), ...sample.payloads.map((p) => samplePath(p.file))]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { snapshot: unknown; score: unknown };
    expect(ProfileSnapshot.parse(out.snapshot).handle).toBe(sample.expect.handle);
    expect(Scorecard.parse(out.score)).toBeTruthy();
  });

  it('exits 2 with a one-line reason when the page cannot be read', () => {
    const broken = loadSamples().find((s) => s.expect.error)!;
    const r = runCli(['--url', broken.url, samplePath(broken.html)]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/followers/);
  });

  it('exits 2 when a file is neither HTML nor JSON', () => {
    const notes = join(mkdtempSync(join(tmpdir(), 'cli-')), 'notes.txt');
    writeFileSync(notes, 'just some notes, not a capture');
    const r = runCli(['--url', 'https://www.instagram.com/x/', notes]);
    expect(r.stderr).toMatch(/notes\.txt is neither HTML nor valid JSON/);
    expect(r.status).toBe(2);
  });

  it('--explain prints each field with its value, source and path, refused pages included', () => {
    const sample = loadSamples().find((s) => s.id === 'ig-current')!;
    const r = runCli(['--explain', '--url', sample.url, '--now', '2026-11-20T12:00:00Z', samplePath(sample.html), ...sample.payloads.map((p) => samplePath(p.file))]);
    expect(r.status).toBe(0);
    const followers = r.stdout.split('\n').find((l) => l.startsWith('followers'));
    // The exact count, and the payload it came from: the line a scout or a developer reads first.
    expect(followers).toMatch(/^followers\s+38217\s+payload: \S*web_profile_info/);
    expect(r.stdout).toMatch(/^posts\s+12 post\(s\)\s+payload: /m);
    const broken = loadSamples().find((s) => s.expect.error)!;
    const refused = runCli(['--explain', '--url', broken.url, samplePath(broken.html)]);
    expect(refused.status).toBe(2);
    expect(refused.stdout).toMatch(/^followers\s+unknown\s+—/m);
    expect(refused.stdout).toMatch(/^refused: /m);
  });
});
