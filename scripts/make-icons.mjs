// Draws the app's icons from one SVG and renders the PNGs with Debian's Chromium (no download):
//   node scripts/make-icons.mjs
// Writes public/icons/icon.svg, icon-192.png, icon-512.png and icon-maskable-512.png.
import { writeFileSync } from 'node:fs';
import { URL } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROME_FLAGS, CHROME_PATH } from './chromium.mjs';

const NAVY = '#172554'; // the page header's colour (Tailwind blue-950)

// Two interlocked rings (the two organizations) over a timeline of four dots (the four plans).
const artwork = `
  <g fill="none" stroke-width="34">
    <circle cx="206" cy="214" r="104" stroke="#7dd3fc"/>
    <circle cx="306" cy="214" r="104" stroke="#fbbf24"/>
    <path d="M279.5 287.5A104 104 0 0 1 224.1 316.4" stroke="#7dd3fc"/>
  </g>
  <line x1="132" y1="392" x2="380" y2="392" stroke="#e2e8f0" stroke-width="10" stroke-linecap="round"/>
  <g fill="#ffffff">
    <circle cx="140" cy="392" r="20"/>
    <circle cx="217" cy="392" r="20"/>
    <circle cx="294" cy="392" r="20"/>
  </g>
  <circle cx="372" cy="392" r="24" fill="#fbbf24"/>`;

/** An icon with rounded corners on a transparent ground (purpose "any"). */
const roundedSvg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">
  <rect width="512" height="512" rx="104" fill="${NAVY}"/>${artwork}
</svg>
`;

/** A full-bleed icon whose drawing stays inside the central safe circle (purpose "maskable"). */
const maskableSvg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">
  <rect width="512" height="512" fill="${NAVY}"/>
  <g transform="translate(256 256) scale(0.78) translate(-256 -256)">${artwork}</g>
</svg>
`;

const outDir = new URL('../public/icons/', import.meta.url);
writeFileSync(new URL('icon.svg', outDir), roundedSvg);

const browser = await chromium.launch({
  executablePath: CHROME_PATH,
  args: CHROME_FLAGS,
});
try {
  for (const [name, svg, size] of [
    ['icon-192.png', roundedSvg, 192],
    ['icon-512.png', roundedSvg, 512],
    ['icon-maskable-512.png', maskableSvg, 512],
  ]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${sized}</body></html>`,
    );
    await page
      .locator('svg')
      .screenshot({ path: new URL(name, outDir).pathname, omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
