import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { CHROME_FLAGS, CHROME_PATH } from './chromium.mjs';
const url = process.argv[2] ?? 'http://127.0.0.1:4185/';
const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_FLAGS });
const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 412, height: 823 } });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await browser.startTracing(page, { path: '/tmp/trace.json', categories: ['devtools.timeline', 'v8', 'blink.user_timing'] });
await page.goto(url);
await page.waitForTimeout(4000);
await browser.stopTracing();
await browser.close();
const events = JSON.parse(readFileSync('/tmp/trace.json', 'utf8')).traceEvents;
const main = events.filter((e) => e.name === 'RunTask' && e.dur > 30000);
const pid = main.length ? null : null;
for (const task of main) {
  const inside = events.filter((e) => e.tid === task.tid && e.pid === task.pid && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + task.dur && e.dur > 5000 && e.name !== 'RunTask');
  const summary = inside.slice(0, 8).map((e) => `${e.name}${e.args?.data?.url ? '(' + e.args.data.url.split('/').pop() + ')' : ''}${e.args?.data?.functionName ? '[' + e.args.data.functionName + ']' : ''}:${Math.round(e.dur / 1000)}`);
  console.log(`task ${Math.round(task.dur / 1000)} ms:`, summary.join(' | '));
}
