#!/usr/bin/env node
// A CPU profile of one <roadmap-timeline> render (and zoom steps) in headless Chromium, for
// finding where the time goes: `node bench/profile.mjs [--n 2000] [--zoom] [--runs 3] [--top 40]`.
// The bundle is built unminified (names kept) so the profile reads like the source. Prints the
// functions with the most self time, the render phases (performance marks, when present), and the
// page's element and DOM node counts.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { args, here, opt, root } from './args.mjs';
import { generateDataset } from './generate.mjs';

const N = Number(opt('n', 2000));
const RUNS = Number(opt('runs', 3));
const TOP = Number(opt('top', 40));
const ZOOM = args.includes('--zoom');
const PROFILE = !args.includes('--no-profile') && !args.includes('--trace');
// --trace: a Chrome trace instead of a CPU profile; prints style recalcs (elements restyled), layouts and paints.
const TRACE = args.includes('--trace');
// --src <dir>: profile another copy of the sources (an experiment), e.g. a worktree.
const SRC = path.resolve(opt('src', root));

const require = createRequire(path.join(root, 'package.json'));
const esbuild = require('esbuild');
mkdirSync(path.join(here, 'dist'), { recursive: true });
const lazyImporter = { name: 'lazy-importer', setup(b) { b.onResolve({ filter: /importer\/index\.js$/ }, () => ({ path: './importer.min.js', external: true })); } };
for (const [entry, out] of [['src/components/roadmap-timeline/roadmap-timeline.ts', 'profile-timeline.js'], ['src/model/validate.ts', 'profile-model.js']]) {
  // --hint: V8's explicit compile hint (every function compiled eagerly, off the main thread, while the script loads).
  await esbuild.build({ entryPoints: [path.join(SRC, entry)], bundle: true, minify: args.includes('--minified'), format: 'esm', target: 'es2022', conditions: ['production'], outfile: path.join(here, 'dist', out), tsconfig: path.join(root, 'tsconfig.json'), logLevel: 'warning', plugins: [lazyImporter], ...(args.includes('--hint') ? { banner: { js: '//# allFunctionsCalledOnLoad' } } : {}) });
}
writeFileSync(
  path.join(here, 'dist', 'profile-adapter.js'),
  readFileSync(path.join(here, 'adapters', 'roadmap-timeline.js'), 'utf8').replace('/bench/dist/roadmap-timeline.min.js', '/bench/dist/profile-timeline.js').replace('/bench/dist/model.min.js', '/bench/dist/profile-model.js'),
);

const data = JSON.stringify(generateDataset(N));
const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname === '/page') {
    res.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html><html><head><meta charset="utf-8"><style>body{margin:0;font-family:system-ui,sans-serif}#chart{width:1440px;height:800px;overflow:auto;position:relative}</style>
      <script type="module" src="/bench/dist/profile-adapter.js"></script></head><body><div id="chart"></div></body></html>`);
  } else if (url.pathname === '/data.json') {
    res.writeHead(200, { 'content-type': 'application/json' }).end(data);
  } else if (url.pathname.startsWith('/bench/')) {
    const file = path.join(root, url.pathname);
    try {
      res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' }).end(readFileSync(file));
    } catch {
      res.writeHead(404).end();
    }
  } else res.writeHead(404).end();
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

const { chromium } = require('playwright-core');
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--js-flags=--expose-gc ${opt('js-flags', '')}`],
});

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

const self = new Map();
const inclusive = new Map();
// --lines <function>: self-time samples of that function by source line of the unminified bundle.
const LINES = opt('lines', '');
const lineTicks = new Map();
const PHASES = ['validateRoadmap', 'layoutTimeline', 'willUpdate', 'render', 'update', 'performUpdate', 'renderViewport', 'renderTable', 'renderMilestones', 'renderBar', 'getBoundingClientRect', 'resolveSchedule', 'packRows', 'layoutDependencies', 'groupInitiatives'];
let totalSamples = 0;
const timings = [];
for (let run = 0; run < RUNS; run++) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.warn('page error:', String(e)));
  await page.goto(`${base}/page`);
  await page.waitForFunction(() => window.adapter, null, { timeout: 30_000 });
  await page.evaluate(async () => {
    const d = await (await fetch('/data.json')).json();
    const { toRoadmap } = await import('/bench/generate.mjs');
    window.prepared = await window.adapter.prepare(d);
    void toRoadmap;
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const perf = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  // --gc: a forced garbage collection before the render, as the bench does (to read the heap).
  if (args.includes('--gc')) await cdp.send('HeapProfiler.collectGarbage');
  const m0 = await perf();
  const traceEvents = [];
  if (TRACE && args.includes('--zoom-only')) await page.evaluate(`(async () => { ${envelope}; window.first = await envelope(() => window.adapter.render(document.getElementById('chart'), window.prepared)); })()`);
  if (TRACE) {
    cdp.on('Tracing.dataCollected', (e) => traceEvents.push(...e.value));
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'blink.user_timing'], recordMode: 'recordAsMuchAsPossible' } });
  }
  // --zoom-only: the first render is not profiled or traced, only the zoom steps after it.
  const ZOOM_ONLY = args.includes('--zoom-only');
  if (ZOOM_ONLY && !TRACE) await page.evaluate(`(async () => { ${envelope}; window.first = await envelope(() => window.adapter.render(document.getElementById('chart'), window.prepared)); })()`);
  if (PROFILE) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }
  const t = await page.evaluate(`(async () => { ${envelope};
    const render = window.first ?? (await envelope(() => window.adapter.render(document.getElementById('chart'), window.prepared)));
    // --twice: a second element with a fresh copy of the data, in the same page (warm code).
    let again;
    if (${args.includes('--twice')}) {
      const copy = JSON.parse(JSON.stringify(window.prepared));
      document.getElementById('chart').replaceChildren();
      again = await envelope(() => window.adapter.render(document.getElementById('chart'), copy));
    }
    const zoom = [];
    if (${ZOOM}) for (let i = 0; i < 3; i++) { zoom.push(await envelope(() => window.adapter.zoomIn())); zoom.push(await envelope(() => window.adapter.zoomOut())); }
    const marks = performance.getEntriesByType('measure').map((m) => [m.name, Math.round(m.duration * 10) / 10]);
    const el = document.querySelector('roadmap-timeline');
    const count = (n) => { let c = 1; for (const k of n.childNodes) c += count(k); if (n.shadowRoot) c += count(n.shadowRoot); return c; };
    const kinds = {};
    for (const e of el?.shadowRoot?.querySelectorAll('*') ?? []) { const k = e.localName + (e.classList[0] ? '.' + e.classList[0] : ''); kinds[k] = (kinds[k] ?? 0) + 1; }
    return { render, again, zoom, marks, phases: (globalThis.__t ?? []).map(([k, v]) => k + ' ' + v.toFixed(1)).join(', '), nodes: count(document.documentElement), elements: el?.shadowRoot?.querySelectorAll('*').length, kinds };
  })()`);
  const { profile } = PROFILE ? await cdp.send('Profiler.stop') : { profile: { nodes: [{ id: 1, callFrame: {} }], samples: [], timeDeltas: [] } };
  const m1 = await perf();
  Object.assign(t, await page.evaluate(() => ({ validateMs: window.adapter.validationMs(), validateMs2: [window.adapter.validationMs(), window.adapter.validationMs(), window.adapter.validationMs()].map((x) => Math.round(x)).join('/') })));
  if (TRACE) {
    const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.end');
    await done;
    const sum = {};
    for (const e of traceEvents) {
      if (e.ph !== 'X' || !['UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'FunctionCall', 'EvaluateScript', 'ParseHTML', 'HitTest', 'IntersectionObserverController::computeIntersections', 'UpdateLayer', 'RasterTask', 'Commit'].includes(e.name)) continue;
      const k = e.name;
      const x = (sum[k] ??= { n: 0, ms: 0, elements: 0 });
      x.n++;
      x.ms += (e.dur ?? 0) / 1000;
      x.elements += e.args?.elementCount ?? e.args?.beginData?.dirtyObjects ?? 0;
    }
    t.trace = Object.entries(sum).sort((a, b) => b[1].ms - a[1].ms).map(([k, v]) => `${k} ×${v.n} ${v.ms.toFixed(1)} ms${v.elements ? ` (${v.elements} el)` : ''}`).join(', ');
  }
  t.split = ['ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration', 'TaskDuration'].map((k) => `${k.replace('Duration', '')} ${((m1[k] - m0[k]) * 1000).toFixed(0)}`).join(', ');
  timings.push(t);
  const dt = new Map();
  for (let i = 0; i < profile.samples.length; i++) dt.set(profile.samples[i], (dt.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0));
  for (const node of profile.nodes) {
    const f = node.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url ? `${f.url.split('/').pop()}:${f.lineNumber + 1}` : ''}`;
    const us = dt.get(node.id) ?? 0;
    totalSamples += us;
    self.set(key, (self.get(key) ?? 0) + us);
    if (LINES && f.functionName === LINES) for (const t of node.positionTicks ?? []) lineTicks.set(t.line, (lineTicks.get(t.line) ?? 0) + t.ticks);
  }
  // Inclusive time of a few phases (outermost frame of each name only).
  const byId = new Map(profile.nodes.map((x) => [x.id, x]));
  const total = (node) => (dt.get(node.id) ?? 0) + (node.children ?? []).reduce((a, c) => a + total(byId.get(c)), 0);
  const walk = (node, open) => {
    const name = node.callFrame.functionName;
    const phase = PHASES.includes(name) && !open.has(name);
    if (phase) inclusive.set(name, (inclusive.get(name) ?? 0) + total(node));
    const next = phase ? new Set([...open, name]) : open;
    for (const c of node.children ?? []) walk(byId.get(c), next);
  };
  walk(profile.nodes[0], new Set());
  await context.close();
}
await browser.close();
server.close();

const med = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
console.log(`render total: median ${med(timings.map((t) => t.render.total)).toFixed(1)} ms, min ${Math.min(...timings.map((t) => t.render.total)).toFixed(1)} ms over ${RUNS} runs; validateRoadmap alone (cold, separate bundle): median ${med(timings.map((t) => t.validateMs)).toFixed(1)} ms`);
if (ZOOM) console.log(`zoom step sync: median ${med(timings.flatMap((t) => t.zoom.map((z) => z.sync))).toFixed(1)} ms, total median ${med(timings.flatMap((t) => t.zoom.map((z) => z.total))).toFixed(1)} ms`);
for (const t of args.includes('--quiet') ? [] : timings) {
  console.log(`render total ${t.render.total.toFixed(1)} ms (sync ${t.render.sync.toFixed(1)}); validate ${t.validateMs.toFixed(0)} then ${t.validateMs2}; nodes ${t.nodes}, shadow elements ${t.elements}`);
  if (t.trace) console.log(`  trace: ${t.trace}`);
  if (t.phases) console.log(`  phases: ${t.phases}`);
  if (t.again) console.log(`  second render (warm code): total ${t.again.total.toFixed(1)} ms (sync ${t.again.sync.toFixed(1)})`);
  console.log(`  CDP durations (ms, render${ZOOM ? ' + zoom' : ''}): ${t.split}`);
  if (t.zoom.length) console.log(`  zoom steps (sync/total): ${t.zoom.map((z) => `${z.sync.toFixed(1)}/${z.total.toFixed(1)}`).join('  ')}`);
  if (args.includes('--kinds')) console.log('  ' + Object.entries(t.kinds).sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, n]) => `${k} ${n}`).join(', '));
  if (t.marks.length) console.log(`  marks: ${t.marks.map(([n, d]) => `${n} ${d}`).join(', ')}`);
}
if (LINES) {
  const src = readFileSync(path.join(here, 'dist', 'profile-timeline.js'), 'utf8').split('\n');
  console.log(`\nsamples of ${LINES} by line:`);
  for (const [line, ticks] of [...lineTicks].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`${String(ticks).padStart(6)}  ${line}: ${src[line - 1]?.trim().slice(0, 150)}`);
}
console.log(`\ninclusive time of phases (ms per run): ${PHASES.filter((p) => inclusive.has(p)).map((p) => `${p} ${(inclusive.get(p) / 1000 / RUNS).toFixed(1)}`).join(', ')}`);
console.log(`\nself time over ${RUNS} runs (ms, profiled so slower than unprofiled):`);
for (const [k, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`${(us / 1000 / RUNS).toFixed(1).padStart(8)}  ${k}`);
