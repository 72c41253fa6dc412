/**
 * Draws Microscope's icon and writes public/icon/<size>.png (16, 32, 48, 96, 128), offline:
 * the SVG below is rendered by the local Chromium (playwright-core), one screenshot per size.
 *
 *   npx tsx tests/tools/icons.ts            # writes the PNGs
 *   npx tsx tests/tools/icons.ts --preview  # also writes /tmp/microscope-icons.png, each size enlarged to 256 px (whole pixels)
 *
 * The PNGs are committed; this is run by hand only when the drawing changes (not by `npm test`).
 * Three drawings of one microscope: the full one from 48 px up; at 32 px thicker parts and no slide;
 * at 16 px every straight edge on a whole pixel and the tube at 45°, since the 128 px drawing
 * scaled down blurs into grey there.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const OUT = new URL('../../public/icon/', import.meta.url);
const SIZES = [16, 32, 48, 96, 128] as const;

// The panel's accent (components/theme.css --accent), lighter at the top so the tile reads on dark toolbars too.
const TILE = `<defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1">
  <stop offset="0" stop-color="#3a6fe6"/><stop offset="1" stop-color="#1d46a8"/></linearGradient></defs>`;

/** The full drawing on a 128 grid: tube leaning towards the viewer, arm behind, stage with a slide, base. */
function large(): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">${TILE}
  <rect x="6" y="6" width="116" height="116" rx="26" fill="url(#g)"/>
  <g fill="#fff">
    <path d="M58 43 C86 36 98 62 84 92" fill="none" stroke="#fff" stroke-width="11" stroke-linecap="round"/>
    <rect x="30" y="96" width="66" height="13" rx="5"/>
    <rect x="76" y="84" width="14" height="14"/>
    <rect x="34" y="76" width="52" height="8" rx="3"/>
    <g transform="rotate(-30 50 44)">
      <rect x="42" y="20" width="16" height="44" rx="3"/>
      <rect x="38" y="12" width="24" height="10" rx="3"/>
      <rect x="45" y="62" width="10" height="9" rx="2"/>
    </g>
  </g>
  <rect x="40" y="72" width="24" height="4" rx="1.5" fill="#9fe0b2"/>
</svg>`;
}

/** 32 px (and 16 px, scaled): thicker parts on a 32 grid, no slide, whole-pixel edges where they can be. */
function small(): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">${TILE}
  <rect x="0" y="0" width="32" height="32" rx="6" fill="url(#g)"/>
  <g fill="#fff">
    <path d="M14 11 C21 9 25 16 21.5 23" fill="none" stroke="#fff" stroke-width="3.5"/>
    <rect x="6" y="24" width="20" height="4" rx="1"/>
    <rect x="19" y="21" width="4" height="4"/>
    <rect x="8" y="19" width="14" height="3"/>
    <g transform="rotate(-35 12 11)">
      <rect x="9" y="4" width="6" height="13"/>
      <rect x="8" y="2" width="8" height="3"/>
    </g>
  </g>
</svg>`;
}

/** 16 px: its own drawing on the 16 grid; every straight edge on a whole pixel, the tube at 45° (the cleanest diagonal). */
function tiny(): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16">${TILE}
  <rect x="0" y="0" width="16" height="16" rx="3" fill="url(#g)"/>
  <g fill="#fff">
    <path d="M7 4 H10 A2 2 0 0 1 12 6 V12 H10 V6 H7 Z"/>
    <rect x="3" y="12" width="10" height="2"/>
    <rect x="4" y="9" width="6" height="2"/>
    <g transform="rotate(-45 6 5.5)">
      <rect x="4.5" y="1.5" width="3" height="8"/>
      <rect x="4" y="0.5" width="4" height="1.5"/>
    </g>
  </g>
</svg>`;
}

/** Each size shown about 256 px wide, by whole multiples so pixels stay square. */
const zoom = (size: number) => size * Math.max(1, Math.round(256 / size));

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  const shots: { size: number; file: URL }[] = [];
  for (const size of SIZES) {
    const svg = size === 16 ? tiny() : size === 32 ? small() : large();
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
    const file = new URL(`${size}.png`, OUT);
    writeFileSync(file, await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }));
    shots.push({ size, file });
  }
  if (process.argv.includes('--preview')) {
    const imgs = shots.map(({ size, file }) => `<img src="data:image/png;base64,${readFileSync(file).toString('base64')}" style="width:${zoom(size)}px;height:${zoom(size)}px;image-rendering:pixelated">`);
    const strip = (bg: string) => `<div style="background:${bg};display:flex;gap:16px;align-items:flex-end;padding:16px">${imgs.join('')}</div>`;
    await page.setViewportSize({ width: 1400, height: 600 });
    await page.setContent(`<body style="margin:0">${strip('#fff')}${strip('#202124')}</body>`);
    writeFileSync('/tmp/microscope-icons.png', await page.screenshot({ clip: { x: 0, y: 0, width: 1400, height: 576 } }));
  }
  await browser.close();
  console.log(`wrote ${shots.map((s) => `${s.size}.png`).join(', ')} to public/icon/`);
}

void main();
