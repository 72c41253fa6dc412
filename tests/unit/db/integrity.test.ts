import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { FULL_SNAPSHOTS_PER_CREATOR } from '@/lib/store/compact';
import { commitImport, exportCsv, previewCsvImport } from '@/lib/store/exchange';
import { shortlistView } from '@/lib/store/queries';
import { saveSnapshot, scoreAndStoreVisit } from '@/lib/store/visits';
import { MicroscopeDb } from '@/lib/store/schema';
import { score } from '@/lib/core/scoring/score';
import { makeSnapshot } from '../../helpers/snapshots';
import { bytesOf, closeAll, dumpDb, freshDb, listId, seedCreator } from './seed';

afterEach(closeAll);

describe('integrity', () => {
  it('two tabs saving the same creator at once end with one creator', async () => {
    const name = `tabs-${process.pid}`;
    const [tabA, tabB] = [freshDb(name), new MicroscopeDb(name)];
    const a = makeSnapshot({ capturedAt: '2026-11-20T12:00:00.000Z' });
    const b = makeSnapshot({ handle: 'Sample.Creator', capturedAt: '2026-11-20T12:00:01.000Z' });
    await Promise.all([saveSnapshot(tabA, a, score(a)), saveSnapshot(tabB, b, score(b))]);
    expect(await tabA.creators.count()).toBe(1);
    // A second apart is one visit (see saveSnapshot), so the racing writes leave one snapshot, not zero or two.
    expect(await tabA.snapshots.count()).toBe(1);
    tabB.close();
  });

  it('two tabs scoring the same creator at once: the later one is scored against the earlier visit', async () => {
    const name = `score-tabs-${process.pid}`;
    const [tabA, tabB] = [freshDb(name), new MicroscopeDb(name)];
    const a = makeSnapshot({ followers: 20_000, capturedAt: '2026-11-20T12:00:00.000Z' });
    const b = makeSnapshot({ followers: 20_500, capturedAt: '2026-11-20T13:00:00.000Z' });
    const seen: number[] = [];
    const scoreWith = (s: typeof a) => (history: typeof a[], answers: Record<string, 'yes' | 'no' | 'unsure'>) => {
      seen.push(history.length);
      return score(s, { history, answers });
    };
    const visits = await Promise.all([scoreAndStoreVisit(tabA, a, null, scoreWith(a)), scoreAndStoreVisit(tabB, b, null, scoreWith(b))]);
    // One read-score-write at a time: never both scored against an empty history.
    expect(seen.sort()).toEqual([0, 1]);
    expect(visits.map((v) => v.creatorId)).toEqual(['instagram:sample.creator', 'instagram:sample.creator']);
    expect(await tabA.creators.count()).toBe(1);
    expect((await tabA.snapshots.toArray()).map((r) => r.snapshot.followers).sort()).toEqual([20_000, 20_500]);
    tabB.close();
  });

  it('keeps every visit\'s counts but posts only on the newest visits', async () => {
    const db = freshDb();
    for (let day = 1; day <= 6; day++) {
      const s = makeSnapshot({ followers: 20_000 + day, capturedAt: `2026-11-0${day}T10:00:00.000Z` });
      await saveSnapshot(db, s, score(s));
    }
    const rows = await db.snapshots.toArray();
    expect(rows.map((r) => r.snapshot.followers)).toEqual([20_001, 20_002, 20_003, 20_004, 20_005, 20_006]);
    expect(rows.map((r) => r.snapshot.posts.length > 0)).toEqual([false, false, false, ...Array(FULL_SNAPSHOTS_PER_CREATOR).fill(true)]);
  });

  it('a failed import commit leaves no half-state', async () => {
    const db = freshDb();
    await seedCreator(db, 'ann');
    const list = await listId(db);
    const csv = (await exportCsv(db, list)).replace(/\r\n$/, '');
    const extra = csv.split('\r\n')[1]!.replace(',ann,', ',zed,').replace('/ann/', '/zed/');
    const preview = await previewCsvImport(db, list, bytesOf(`${csv}\r\n${extra}\r\n`));
    if (!preview.ok) throw new Error('preview refused');
    const before = await dumpDb(db);
    // A creator row that breaks the unique [platform+handle] index fails the write half-way.
    const clash = { ...preview.value.added[0]!, key: 'instagram:ann2', creator: { ...preview.value.added[0]!.creator!, id: 'instagram:ann2', handle: 'ann' } };
    await expect(commitImport(db, list, { ...preview.value, added: [preview.value.added[0]!, clash] }, {})).rejects.toThrow();
    expect(await dumpDb(db)).toEqual(before);
  });

  it('a refused file leaves the database unchanged', async () => {
    const db = freshDb();
    await seedCreator(db, 'ann');
    const list = await listId(db);
    const before = await dumpDb(db);
    const r = await previewCsvImport(db, list, bytesOf('platform,handle\r\ninstagram,"broken\r\n'));
    expect(r.ok).toBe(false);
    expect(await dumpDb(db)).toEqual(before);
  });

  it('refuses every kind of malformed file whole, good rows included, naming the rows at fault', async () => {
    const db = freshDb();
    await seedCreator(db, 'ann');
    const list = await listId(db);
    const csv = (await exportCsv(db, list)).replace(/\r\n$/, '');
    const [header, good] = csv.slice(1).split('\r\n') as [string, string];
    // Good rows for new creators: on their own they would be added.
    const fresh = Array.from({ length: 5 }, (_, i) => good.replace(/,ann,/, `,new${i},`).replace('/ann/', `/new${i}/`));
    const text = (...lines: string[]) => bytesOf(`\uFEFF${lines.join('\r\n')}\r\n`);
    const latin1 = (t: string) => Uint8Array.from(t, (c) => c.charCodeAt(0) & 0xff);
    const cases: Array<[string, Uint8Array, RegExp]> = [
      ['missing columns', text(header.replace(',followers', ''), ...fresh.map((l) => l.replace(/^([^,]*,[^,]*,[^,]*,[^,]*),[^,]*/, '$1'))), /row 1: missing columns: followers/],
      ['wrong columns', text('name,email,phone', 'Ann,ann@example.com,1'), /not a Microscope campaign CSV/],
      ['broken quoting', text(header, ...fresh, good.replace(',prospect,', ',"prospect,')), /row 7: a quoted cell is never closed/],
      ['a wrong encoding', latin1(`${header}\r\n${fresh.join('\r\n')}\r\n${good.replace('Name of ann', 'Ren\u00e9e')}\r\n`), /row 7: .*not valid UTF-8/],
      ['50 MB of junk', new Uint8Array(50 * 1024 * 1024).fill(0x2c), /50\.0 MB/],
      ['a handle that is not valid', text(header, ...fresh, good.replace(',ann,', ',ann!!,')), /row 7: handle: "ann!!" is not a instagram handle/],
    ];
    const before = await dumpDb(db);
    for (const [kind, bytes, reason] of cases) {
      const r = await previewCsvImport(db, list, bytes);
      expect(r.ok, kind).toBe(false);
      if (!r.ok) expect(r.problems.map((p) => `row ${p.row}: ${p.message}`).join('\n'), kind).toMatch(reason);
      expect(await dumpDb(db), kind).toEqual(before);
    }
    // The good rows alone do merge: the refusals above were about the file, not these rows.
    const ok = await previewCsvImport(db, list, text(header, ...fresh));
    expect(ok.ok && ok.value.added).toHaveLength(5);
  });

  it('repairs rows on load: missing fields get defaults, a row beyond repair is left out', async () => {
    const db = freshDb();
    await seedCreator(db, 'ann');
    await seedCreator(db, 'bob');
    const [ann, bob] = await db.entries.toArray();
    await db.entries.put({ ...ann!, tags: undefined as never, status: 'ghosted' as never });
    await db.creators.update(bob!.creatorId, { lastScore: null as never });
    const view = await shortlistView(db);
    expect(view.map((v) => [v.creator.handle, v.entry.status, v.entry.tags])).toEqual([['ann', 'prospect', []]]);
  });
});
