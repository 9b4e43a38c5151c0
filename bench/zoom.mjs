#!/usr/bin/env node
// Zoom steps of <roadmap-timeline> at N = 2,000, A/B: the bench's step (one quarter ↔ two years,
// `showRange`, then a forced layout) timed per step, for one or more copies of the sources, on
// fresh pages that alternate between the copies. Each step's synchronous time is split into the
// element's update (JS and DOM writes) and the forced style and layout after it.
//
//   node bench/zoom.mjs [--src dir,dir] [--rounds 8] [--settle 0] [--trace]
//
//   --src     source trees to compare (default: this one); e.g. a `git worktree` with a change
//   --settle  ms to wait after the first render before the steps (the bench waits none: its first
//             steps also pay for the first render's garbage collection and for code still cold)
//   --trace   also a Chrome trace per page: style recalc, layout and GC time per step
//
// Prints, per copy: the median sync time of zoom-in and zoom-out steps and of the update part,
// and both for each of the three pairs of steps (the first ones run colder code).
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { args, here, opt, root } from './args.mjs';
import { generateDataset } from './generate.mjs';

const sources = opt('src', root).split(',').map((s) => path.resolve(s));
const ROUNDS = Number(opt('rounds', 8));
const SETTLE = Number(opt('settle', 0));
const TRACE = args.includes('--trace');

// The timeline's bundle from each source tree, built as the bench builds it (minified, lazy chunks left out).
const require = createRequire(path.join(root, 'package.json'));
const esbuild = require('esbuild');
const { lazyChunks } = await import(pathToFileURL(path.join(root, 'scripts', 'lazy-chunks.mjs')).href);
const { minifyCssTemplatesEsbuild } = await import(pathToFileURL(path.join(root, 'scripts', 'minify-css-templates.mjs')).href);
const { compress } = await import(pathToFileURL(path.join(root, 'scripts', 'minify.mjs')).href);
const bundles = [];
for (const src of sources) {
  const out = await esbuild.build({
    entryPoints: [path.join(src, 'src/components/roadmap-timeline/roadmap-timeline.ts')], bundle: true, minify: true, write: false, format: 'esm', target: 'es2022',
    conditions: ['production'], legalComments: 'none', logLevel: 'warning', plugins: [lazyChunks((c) => `/chunk/${c.name}.js`), minifyCssTemplatesEsbuild()],
    tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
  });
  bundles.push((await compress(out.outputFiles[0].text, undefined, { hint: true })).code);
}

const data = JSON.stringify(generateDataset(2000));
const page = (i) => `<!doctype html><meta charset="utf-8"><style>body{margin:0;font-family:system-ui,sans-serif}#chart{width:1440px;height:800px;overflow:auto;position:relative}</style>
<div id="chart"></div><script type="module">
import '/bundle/${i}.js';
import { toRoadmap } from '/generate.mjs';
const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
window.run = async (settle) => {
  const el = document.createElement('roadmap-timeline');
  el.style.height = '800px';
  el.setAttribute('as-of', '2026-09-15');
  el.roadmap = toRoadmap(await (await fetch('/data.json')).json());
  const box = document.getElementById('chart');
  box.append(el);
  await el.updateComplete;
  box.getBoundingClientRect();
  await frames();
  if (settle) await new Promise((r) => setTimeout(r, settle));
  const steps = [];
  for (let i = 0; i < 3; i++) {
    for (const [kind, from, to] of [['in', '2026-07-01', '2026-09-30'], ['out', '2026-01-01', '2027-12-31']]) {
      performance.mark('step-start');
      const t0 = performance.now();
      el.showRange(from, to);
      await el.updateComplete;
      const t1 = performance.now();
      box.getBoundingClientRect();
      const t2 = performance.now();
      performance.mark('step-end');
      steps.push({ kind, pair: i, sync: t2 - t0, update: t1 - t0 });
      await frames();
    }
  }
  return steps;
};
</script>`;
const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  const bundle = /^\/bundle\/(\d+)\.js$/.exec(url.pathname);
  const send = (type, body) => res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
  if (bundle) return send('text/javascript', bundles[Number(bundle[1])]);
  if (url.pathname.startsWith('/chunk/')) return send('text/javascript', 'export {};');
  if (url.pathname === '/generate.mjs') return send('text/javascript', readFileSync(path.join(here, 'generate.mjs')));
  if (url.pathname === '/data.json') return send('application/json', data);
  const p = /^\/page\/(\d+)$/.exec(url.pathname);
  if (p) return send('text/html', page(Number(p[1])));
  res.writeHead(404).end();
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

const { chromium } = require('playwright-core');
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
const results = sources.map(() => ({ steps: [], trace: [] }));
for (let round = 0; round < ROUNDS; round++) {
  const order = sources.map((_, i) => i);
  if (round % 2) order.reverse();
  for (const i of order) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const tab = await context.newPage();
    await tab.goto(`${base}/page/${i}`);
    await tab.waitForFunction(() => window.run);
    if (TRACE) await browser.startTracing(tab, { categories: ['devtools.timeline', 'blink.user_timing', 'disabled-by-default-v8.gc'] });
    results[i].steps.push(...(await tab.evaluate((settle) => window.run(settle), SETTLE)));
    if (TRACE) results[i].trace.push(...stepCosts(JSON.parse((await browser.stopTracing()).toString()).traceEvents));
    await context.close();
  }
}
await browser.close();
server.close();

/** Style, layout and GC time (ms) on the main thread between each step's marks. */
function stepCosts(events) {
  const marks = events.filter((e) => e.name === 'step-start' || e.name === 'step-end').sort((a, b) => a.ts - b.ts);
  const main = events.find((e) => e.name === 'UpdateLayoutTree')?.tid;
  const out = [];
  for (let m = 0; m + 1 < marks.length; m += 2) {
    const [s, t] = [marks[m].ts, marks[m + 1].ts];
    const sum = (re) => events.filter((e) => e.ph === 'X' && e.tid === main && e.ts >= s && e.ts <= t && re.test(e.name)).reduce((a, e) => a + e.dur / 1000, 0);
    out.push({ style: sum(/^UpdateLayoutTree$/), layout: sum(/^Layout$/), gc: sum(/GC|Scavenge|MarkCompact/i) });
  }
  return out;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[s.length >> 1] : NaN;
};
const f = (x) => x.toFixed(1);
sources.forEach((src, i) => {
  const { steps, trace } = results[i];
  const of = (pred, key = 'sync') => median(steps.filter(pred).map((s) => s[key]));
  console.log(`${path.relative(process.cwd(), src) || '.'}: sync median ${f(of(() => true))} ms (in ${f(of((s) => s.kind === 'in'))}, out ${f(of((s) => s.kind === 'out'))}); update ${f(of(() => true, 'update'))} ms`);
  const pairs = (key) => [0, 1, 2].map((p) => `${f(of((s) => s.pair === p && s.kind === 'in', key))}/${f(of((s) => s.pair === p && s.kind === 'out', key))}`).join('  ');
  console.log(`  by pair (in/out): sync ${pairs('sync')}; update ${pairs('update')}`);
  if (trace.length) {
    const byStep = (k) => [0, 1, 2, 3, 4, 5].map((j) => f(median(trace.filter((_, n) => n % 6 === j).map((t) => t[k])))).join(' ');
    console.log(`  per step (in0 out0 in1 out1 in2 out2), ms: style ${byStep('style')} | layout ${byStep('layout')} | GC ${byStep('gc')}`);
  }
});
