/** Seeded mutations of pages and payloads, the way layouts break in the wild. */
export type Rng = () => number;

export function rng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: Rng, xs: readonly T[]): T | undefined => xs[Math.floor(r() * xs.length)];

/** Text damage: truncation, a stray character, swapped digits, a sign flipped. */
export function mutateText(r: Rng, text: string): string {
  if (text.length === 0) return text;
  const at = Math.floor(r() * text.length);
  switch (Math.floor(r() * 4)) {
    case 0: return text.slice(0, at);
    case 1: return `${text.slice(0, at)}${pick(r, ['{', '"', ']', '\\', ',', '\u0000'])}${text.slice(at)}`;
    case 2: return text.replace(/\d/g, (d) => (r() < 0.3 ? String((Number(d) + 7) % 10) : d));
    default: return text.replace(/(":\s*)(\d)/, '$1-$2');
  }
}

const WEIRD: unknown[] = [null, '', -1, -0.5, 1e308, 'NaN', '12.3K', {}, [], true, '1,2 Mio.', 2 ** 60];

/** Structural damage to parsed JSON: a key removed, a value of the wrong type, an array cut short. */
export function mutateJson(r: Rng, value: unknown, depth = 0): unknown {
  if (Array.isArray(value)) {
    if (value.length === 0) return value;
    if (r() < 0.15) return value.slice(0, Math.floor(r() * value.length));
    const i = Math.floor(r() * value.length);
    const copy = [...value];
    copy[i] = mutateJson(r, copy[i], depth + 1);
    return copy;
  }
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value);
    const key = pick(r, keys);
    if (key === undefined) return value;
    const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
    const roll = r();
    if (roll < 0.2 || depth > 12) delete copy[key];
    else if (roll < 0.4) copy[key] = pick(r, WEIRD);
    else copy[key] = mutateJson(r, copy[key], depth + 1);
    return copy;
  }
  if (typeof value === 'number') return r() < 0.5 ? -value : Number(String(value).split('').reverse().join('')) || 0;
  if (typeof value === 'string') return mutateText(r, value);
  return pick(r, WEIRD);
}
