import { refused, type Checked } from './problems';

/** Checked before anything is read: a 10,000-row export is about 3 MB, so 20 MB is plenty and 50 MB of junk never gets parsed. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/**
 * The file's bytes as text, or why they are not UTF-8. The bytes are decoded here, not
 * by the browser, because File.text() silently replaces bad bytes with U+FFFD and a
 * Latin-1 or UTF-16 file would then merge as garbled names.
 */
export function decodeCsvBytes(input: ArrayBuffer | Uint8Array): Checked<string> {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    return refused([{ row: null, message: `The file is ${(bytes.byteLength / 1048576).toFixed(1)} MB; a campaign CSV is at most ${MAX_IMPORT_BYTES / 1048576} MB. Is it the right file?` }]);
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return refused([{ row: null, message: 'The file is UTF-16 (the spreadsheet saved it as "Unicode text"); save it as "CSV UTF-8" and import it again.' }]);
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return refused([{ row: lineAt(bytes, nul), message: 'The file holds NUL bytes: it is UTF-16 without a byte-order mark, or not a text file. Save it as "CSV UTF-8".' }]);
  }
  try {
    // ignoreBOM false: the byte-order mark our export writes is dropped here.
    return { ok: true, value: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return refused([{ row: firstBadLine(bytes), message: 'This line is not valid UTF-8 (probably Latin-1 or Windows-1252, as older spreadsheets save); save the file as "CSV UTF-8".' }]);
  }
}

/** 1-based line of a byte offset; close to the spreadsheet row unless a cell spans lines. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Only on failure: decodes line by line to name the first line with a bad byte. */
function firstBadLine(bytes: Uint8Array): number | null {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  let line = 1;
  while (start <= bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    try {
      decoder.decode(bytes.subarray(start, end));
    } catch {
      return line;
    }
    start = end + 1;
    line++;
  }
  return null;
}
