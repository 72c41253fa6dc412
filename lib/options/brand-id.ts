/** A new brand's internal id ("brand-k3x9q2ab"): campaigns point at it, the scout never sees it. */
export function newBrandId(taken: ReadonlySet<string>, random: () => number = Math.random): string {
  for (;;) {
    const id = `brand-${random().toString(36).slice(2, 10)}`;
    // BrandProfile's id is ^[a-z0-9-]{1,40}$; a random of 0 gives "brand-" with nothing after it.
    if (/^brand-[a-z0-9]{4,}$/.test(id) && !taken.has(id)) return id;
  }
}
