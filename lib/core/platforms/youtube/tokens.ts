/**
 * What a continuation token says it continues. YouTube's tokens are base64 protobuf that start
 * with the thing they page through: a comments token (`Eg0SC…`) with its video id, a browse token
 * (`4qmFsg…`) with the channel id. A response carries the tokens of its next pages (and its sort
 * menu), so they tie a comments page to its video and a grid page to its channel, where the
 * response itself names neither.
 */

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VIDEO_ID = /^[\w-]{11}$/;
const CHANNEL_ID = /^UC[\w-]{22}$/;

/** The first bytes of a (possibly percent-encoded, URL-safe) base64 token; only its head is decoded. */
function head(token: string, chars: number): number[] {
  const clean = token.slice(0, chars).replace(/%3D/gi, '=').replace(/-/g, '+').replace(/_/g, '/');
  const out: number[] = [];
  let bits = 0;
  let acc = 0;
  for (const ch of clean) {
    const v = B64.indexOf(ch);
    if (v < 0) break;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((acc >> bits) & 0xff);
    }
  }
  return out;
}

const ascii = (bytes: number[]) => String.fromCharCode(...bytes);

/** The video a comments (or replies) token pages through: field 2 { field 2: the 11-character video id }. */
export function videoInToken(token: string | null): string | null {
  if (!token?.startsWith('Eg0SC')) return null;
  const b = head(token, 20);
  if (b[0] !== 0x12 || b[2] !== 0x12 || b[3] !== 0x0b) return null;
  const id = ascii(b.slice(4, 15));
  return VIDEO_ID.test(id) ? id : null;
}

/** The channel a browse token pages through: its browseId (field 2, 24 bytes, "UC…") near the start. */
export function channelInToken(token: string | null): string | null {
  if (!token?.startsWith('4qmFsg')) return null;
  const b = head(token, 48);
  for (let i = 5; i + 26 <= b.length && i < 10; i++) {
    if (b[i] === 0x12 && b[i + 1] === 0x18) {
      const id = ascii(b.slice(i + 2, i + 26));
      return CHANNEL_ID.test(id) ? id : null;
    }
  }
  return null;
}
