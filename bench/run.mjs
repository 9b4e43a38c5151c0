#!/usr/bin/env node
// `npm run bench`: <roadmap-timeline> side by side with frappe-gantt, vis-timeline, dhtmlx-gantt,
// mermaid and a bare D3 loop, in headless Chromium, fresh page per measurement, adapters
// interleaved, medians. Method: /work/shared/research/perf-anchors.md (render = data handed over
// → call returns → forced layout → two animation frames → forced layout).
//
//   node bench/run.mjs [--reps 7] [--sizes 50,500,2000,10000] [--adapters a,b] [--zoom-reps 7] [--no-zoom]
//
// The peers live in bench/node_modules (installed here on first use, never in the root).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { args, here, opt, root } from './args.mjs';
import { generateDataset } from './generate.mjs';

const REPS = Number(opt('reps', 7));
const ZOOM_REPS = Number(opt('zoom-reps', 7));
const SIZES = opt('sizes', '50,500,2000,10000').split(',').map(Number);
const ALL = ['roadmap-timeline', 'limit-d3', 'dhtmlx-gantt', 'vis-timeline', 'frappe-gantt', 'mermaid'];
const ADAPTERS = opt('adapters', ALL.join(',')).split(',');
const TIMEOUT = 60_000;

// 1. Peers, installed on first use.
if (!existsSync(path.join(here, 'node_modules', 'dhtmlx-gantt'))) {
  console.log('Installing the peers into bench/node_modules (first run only)…');
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: here, stdio: 'inherit' });
}

// 2. Our self-contained bundle, built the way a CDN user gets it.
const require = createRequire(path.join(root, 'package.json'));
const esbuild = require('esbuild');
mkdirSync(path.join(here, 'dist'), { recursive: true });
// The Markdown importer, the export code (SVG, PNG, print) and the text and URL reading are lazily
// loaded sibling chunks (never requested to draw a roadmap object), as in the library's own
// bundle, so they are left out of the measured file; CSS inside the templates is minified as in
// the build.
const { minifyCssTemplatesEsbuild } = await import(pathToFileURL(path.join(root, 'scripts', 'minify-css-templates.mjs')).href);
const { compress } = await import(pathToFileURL(path.join(root, 'scripts', 'minify.mjs')).href);
const { lazyChunks: lazyChunksPlugin } = await import(pathToFileURL(path.join(root, 'scripts', 'lazy-chunks.mjs')).href);
const { orderedEntry } = await import(pathToFileURL(path.join(root, 'scripts', 'bundle-order.mjs')).href);
const lazyChunks = lazyChunksPlugin((chunk) => `./${chunk.name}.min.js`);
await buildAsync('src/components/roadmap-timeline/roadmap-timeline.ts', 'roadmap-timeline.min.js');
await buildAsync('src/model/validate.ts', 'model.min.js');
// The export chunk the element fetches when the browser is idle after connecting (as in production).
await buildAsync('src/export/index.ts', 'export.min.js');
async function buildAsync(entry, out) {
  // The timeline with its CSS modules first, as the size check measures it (scripts/bundle-order.mjs).
  const ordered = out.startsWith('roadmap-timeline') ? await orderedEntry(entry, { plugins: [lazyChunks] }) : { entryPoints: [path.join(root, entry)] };
  await esbuild.build({ ...ordered, bundle: true, minify: true, format: 'esm', target: 'es2022', conditions: ['production'], outfile: path.join(here, 'dist', out), tsconfig: path.join(root, 'tsconfig.json'), logLevel: 'warning', legalComments: 'none', plugins: [lazyChunks, minifyCssTemplatesEsbuild()] });
  // Compressed again as the shipped bundle is (scripts/minify.mjs).
  const file = path.join(here, 'dist', out);
  writeFileSync(file, (await compress(readFileSync(file, 'utf8'), undefined, { hint: !out.startsWith('export') })).code);
}
const bundle = readFileSync(path.join(here, 'dist', 'roadmap-timeline.min.js'));
const size = { min: bundle.length, gzip: gzipSync(bundle, { level: 9 }).length };
console.log(`<roadmap-timeline> bundle (Lit, D3 parts, model, loader): ${(size.min / 1024).toFixed(1)} KiB min, ${(size.gzip / 1024).toFixed(1)} KiB min+gzip (budget 40 KiB)`);

// 3. A static server for the adapters, the peers and the datasets.
const PAGES = {
  'roadmap-timeline': { module: '/bench/adapters/roadmap-timeline.js' },
  'limit-d3': { scripts: ['/node_modules/d3/dist/d3.min.js'], module: '/bench/adapters/limit-d3.js' },
  'frappe-gantt': { scripts: ['/node_modules/frappe-gantt/dist/frappe-gantt.umd.js'], css: ['/node_modules/frappe-gantt/dist/frappe-gantt.css'], module: '/bench/adapters/frappe-gantt.js' },
  'vis-timeline': { scripts: ['/node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js'], css: ['/node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css'], module: '/bench/adapters/vis-timeline.js' },
  'dhtmlx-gantt': { scripts: ['/node_modules/dhtmlx-gantt/codebase/dhtmlxgantt.js'], css: ['/node_modules/dhtmlx-gantt/codebase/dhtmlxgantt.css'], module: '/bench/adapters/dhtmlx-gantt.js' },
  mermaid: { module: '/bench/adapters/mermaid.js' },
};
const datasets = new Map();
const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.html': 'text/html' };
const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  let body;
  let type = 'text/html';
  const page = /^\/page\/([\w-]+)$/.exec(url.pathname);
  const data = /^\/data\/(\d+)\.json$/.exec(url.pathname);
  if (page && PAGES[page[1]]) {
    const p = PAGES[page[1]];
    body = `<!doctype html><html><head><meta charset="utf-8">${(p.css ?? []).map((c) => `<link rel="stylesheet" href="${c}">`).join('')}
      <style>body{margin:0;font-family:system-ui,sans-serif}#chart{width:1440px;height:800px;overflow:auto;position:relative}</style>
      ${(p.scripts ?? []).map((s) => `<script src="${s}"></script>`).join('')}<script type="module" src="${p.module}"></script></head>
      <body><div id="chart"></div></body></html>`;
  } else if (data) {
    const n = Number(data[1]);
    if (!datasets.has(n)) datasets.set(n, JSON.stringify(generateDataset(n)));
    body = datasets.get(n);
    type = 'application/json';
  } else {
    const file = url.pathname.startsWith('/node_modules/') ? path.join(here, url.pathname) : url.pathname.startsWith('/bench/') ? path.join(root, url.pathname) : undefined;
    if (!file || !file.startsWith(here) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    body = readFileSync(file);
    type = TYPES[path.extname(file)] ?? 'application/octet-stream';
  }
  res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

// 4. Chromium.
const { chromium } = require('playwright-core');
const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const launch = () =>
  chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--js-flags=--expose-gc'],
  });
// --fresh-browser: a new browser process for every measurement (default: one browser, a new context each time).
const FRESH = args.includes('--fresh-browser');
const browser = await launch();

async function openPage(adapter, n) {
  const owner = FRESH ? await launch() : browser;
  const context = await owner.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  if (FRESH) {
    const close = context.close.bind(context);
    context.close = async () => {
      await close();
      await owner.close();
    };
  }
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${base}/page/${adapter}`);
  await page.waitForFunction(() => window.adapter, null, { timeout: 30_000 });
  await page.evaluate(async (n) => {
    const data = await (await fetch(`/data/${n}.json`)).json();
    window.prepared = await window.adapter.prepare(data);
  }, n);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return { context, page, cdp, errors };
}

async function metrics(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name) => metrics.find((m) => m.name === name)?.value ?? 0;
  return { heap: get('JSHeapUsedSize'), nodes: get('Nodes') };
}

const envelope = `
  async function envelope(fn) {
    const box = document.getElementById('chart');
    const t0 = performance.now();
    await fn();
    box.getBoundingClientRect();
    const sync = performance.now() - t0;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    box.getBoundingClientRect();
    return { sync, total: performance.now() - t0 };
  }`;

async function measureRender(adapter, n) {
  const { context, page, cdp, errors } = await openPage(adapter, n);
  try {
    const before = await metrics(cdp);
    const t = await Promise.race([
      page.evaluate(`(async () => { ${envelope}; return envelope(() => window.adapter.render(document.getElementById('chart'), window.prepared)); })()`),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), TIMEOUT)),
    ]);
    const after = await metrics(cdp);
    // After the measurement: the element count, and (our adapter) the model's validation alone.
    const extra = await page.evaluate(() => ({ validateMs: window.adapter.validationMs?.(), elements: document.getElementById('chart').querySelectorAll('*').length }));
    if (errors.length) console.warn(`  ${adapter} N=${n}: page errors: ${errors.slice(0, 2).join(' | ')}`);
    return { ...t, heapGrowth: (after.heap - before.heap) / 1e6, nodes: after.nodes, ...extra };
  } finally {
    await context.close();
  }
}

async function measureZoom(adapter, n) {
  const { context, page } = await openPage(adapter, n);
  try {
    await page.evaluate(`(async () => { ${envelope}; return envelope(() => window.adapter.render(document.getElementById('chart'), window.prepared)); })()`);
    return await page.evaluate(`(async () => { ${envelope};
      const out = { in: [], out: [], pan: [] };
      for (let i = 0; i < 3; i++) {
        out.in.push(await envelope(() => window.adapter.zoomIn()));
        out.out.push(await envelope(() => window.adapter.zoomOut()));
      }
      // Pan steps (a fifth of the width) at the zoomed-in quarter, where the adapter can pan.
      if (window.adapter.panRight) {
        await envelope(() => window.adapter.zoomIn());
        for (let i = 0; i < 3; i++) {
          out.pan.push(await envelope(() => window.adapter.panRight()));
          out.pan.push(await envelope(() => window.adapter.panLeft()));
        }
      }
      return out; })()`);
  } finally {
    await context.close();
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length ? (s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2) : NaN;
};
const fmt = (x) => (Number.isFinite(x) ? (x >= 100 ? x.toFixed(0) : x.toFixed(1)) : '–');

// 5. Render runs, interleaved: every repetition visits every adapter, rotating the order.
const results = {};
const dead = new Set();
for (const n of SIZES) {
  console.log(`\nN = ${n}`);
  for (let rep = 0; rep < REPS; rep++) {
    const order = ADAPTERS.map((_, i) => ADAPTERS[(i + rep) % ADAPTERS.length]);
    for (const adapter of order) {
      if (dead.has(adapter)) continue;
      try {
        const r = await measureRender(adapter, n);
        ((results[adapter] ??= {})[n] ??= []).push({ rep, ...r });
        process.stdout.write(`  ${adapter.padEnd(17)} rep ${rep + 1}: ${fmt(r.total)} ms\n`);
      } catch (e) {
        console.warn(`  ${adapter} N=${n}: ${e.message}; not run again at this N or above`);
        dead.add(adapter);
      }
    }
  }
}

// 6. Zoom and pan steps at N = 2000.
const zoom = {};
if (!args.includes('--no-zoom')) {
  console.log('\nZoom and pan at N = 2000');
  for (let rep = 0; rep < ZOOM_REPS; rep++) {
    for (const adapter of ADAPTERS.map((_, i) => ADAPTERS[(i + rep) % ADAPTERS.length])) {
      if (adapter === 'mermaid' && rep > 1) continue; // a full re-render per step: two pages are enough
      try {
        const z = await measureZoom(adapter, 2000);
        (zoom[adapter] ??= []).push(z);
        process.stdout.write(`  ${adapter.padEnd(17)} rep ${rep + 1}: in ${fmt(median(z.in.map((x) => x.total)))} ms (sync ${fmt(median(z.in.map((x) => x.sync)))}), out ${fmt(median(z.out.map((x) => x.total)))} ms${z.pan.length ? `, pan ${fmt(median(z.pan.map((x) => x.total)))} ms (sync ${fmt(median(z.pan.map((x) => x.sync)))})` : ''}\n`);
      } catch (e) {
        console.warn(`  ${adapter} zoom: ${e.message}`);
      }
    }
  }
}
await browser.close();
server.close();

// 7. Tables.
const ratio = (adapter, ref, n) => {
  const a = results[adapter]?.[n] ?? [];
  const b = new Map((results[ref]?.[n] ?? []).map((r) => [r.rep, r.total]));
  return median(a.filter((r) => b.has(r.rep)).map((r) => r.total / b.get(r.rep)));
};
const lines = [];
lines.push(`# roadmap-elements bench (${new Date().toISOString().slice(0, 10)})`, '');
lines.push(`Chromium headless, 1440×900, fresh page per measurement, ${REPS} repetitions interleaved; total = render call → forced layout → 2 rAF → forced layout; median (min–max) ms.`, '');
lines.push(`Bundle: <roadmap-timeline> self-contained (Lit, D3 parts, model, loader): **${(size.min / 1024).toFixed(1)} KiB min, ${(size.gzip / 1024).toFixed(1)} KiB min+gzip** (budget 40 KiB).`, '');
lines.push(`| adapter | ${SIZES.map((n) => `N = ${n} | × dhtmlx | × limit-d3`).join(' | ')} |`);
lines.push(`|---|${SIZES.map(() => '---|---|---').join('|')}|`);
for (const adapter of ADAPTERS) {
  const cells = SIZES.map((n) => {
    const rs = results[adapter]?.[n];
    if (!rs?.length) return 'timeout | – | –';
    const ts = rs.map((r) => r.total);
    return `${fmt(median(ts))} (${fmt(Math.min(...ts))}–${fmt(Math.max(...ts))}) | ${fmt(ratio(adapter, 'dhtmlx-gantt', n))} | ${fmt(ratio(adapter, 'limit-d3', n))}`;
  });
  lines.push(`| ${adapter} | ${cells.join(' | ')} |`);
}
lines.push('', '| adapter | ' + SIZES.map((n) => `N = ${n}: DOM nodes / heap growth MB`).join(' | ') + ' |', `|---|${SIZES.map(() => '---').join('|')}|`);
for (const adapter of ADAPTERS) {
  lines.push(`| ${adapter} | ${SIZES.map((n) => {
    const rs = results[adapter]?.[n];
    return rs?.length ? `${fmt(median(rs.map((r) => r.nodes)))} / ${median(rs.map((r) => r.heapGrowth)).toFixed(1)}` : '–';
  }).join(' | ')} |`);
}
const ours = results['roadmap-timeline'];
if (ours) {
  lines.push('', `The model's validation alone (its own bundle, first call, measured after the render; compare with the render total): ${SIZES.map((n) => `N = ${n}: ${fmt(median(ours[n]?.map((r) => r.validateMs) ?? []))} ms`).join(', ')}.`);
}
if (Object.keys(zoom).length) {
  lines.push('', '## Zoom and pan steps at N = 2000, median ms over all steps', '', 'Zoom: one quarter ↔ two years. Pan: a fifth of the width at the quarter, forth and back (mermaid draws a static picture).', '', '| adapter | zoom in: total (sync) | zoom out: total (sync) | pan: total (sync) |', '|---|---|---|---|');
  for (const adapter of ADAPTERS) {
    const z = zoom[adapter];
    if (!z) continue;
    const all = (k, f) => median(z.flatMap((p) => (p[k] ?? []).map((x) => x[f])));
    lines.push(`| ${adapter} | ${fmt(all('in', 'total'))} (${fmt(all('in', 'sync'))}) | ${fmt(all('out', 'total'))} (${fmt(all('out', 'sync'))}) | ${fmt(all('pan', 'total'))} (${fmt(all('pan', 'sync'))}) |`);
  }
}
const goal = [];
for (const n of [2000, 10000].filter((n) => SIZES.includes(n))) {
  const r = ratio('roadmap-timeline', 'dhtmlx-gantt', n);
  if (Number.isFinite(r)) goal.push(`N = ${n}: ${fmt(r)} × dhtmlx-gantt (goal ≤ 0.25) ${r <= 0.25 ? 'MET' : 'NOT MET'}`);
}
if (zoom['roadmap-timeline']) {
  const z = zoom['roadmap-timeline'].flatMap((p) => [...p.in, ...p.out].map((x) => x.sync));
  goal.push(`zoom step (synchronous work) ${fmt(median(z))} ms (goal ≤ 16 ms) ${median(z) <= 16 ? 'MET' : 'NOT MET'}`);
  const p = zoom['roadmap-timeline'].flatMap((r) => r.pan.map((x) => x.sync));
  if (p.length) goal.push(`pan step (synchronous work) ${fmt(median(p))} ms (goal ≤ 16 ms) ${median(p) <= 16 ? 'MET' : 'NOT MET'}`);
}
goal.push(`bundle ${(size.gzip / 1024).toFixed(1)} KiB min+gzip (goal < 40) ${size.gzip < 40 * 1024 ? 'MET' : 'NOT MET'}`);
lines.push('', '## Goals', '', ...goal.map((g) => `- ${g}`));
const summary = lines.join('\n') + '\n';
mkdirSync(path.join(here, 'results'), { recursive: true });
writeFileSync(path.join(here, 'results', 'summary.md'), summary);
writeFileSync(path.join(here, 'results', 'raw.json'), JSON.stringify({ size, results, zoom }, null, 1));
console.log('\n' + summary);
