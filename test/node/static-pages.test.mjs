// The README's snippets, as people use them: copied into plain HTML files next to the bundle
// (built here with the same script as `npm run build`) and a seed roadmap, served by a plain
// static file server (no dev server, no transforms), opened in Chromium.
//   - the portal page: "Embed with one script tag", laid out as "A portal page" says
//   - the Confluence HTML macro, inside a wiki-like page with aggressive global styles
//   - printing that page: the print view of the timeline, one block per lane
// Also checks that the README's React and Vue recipes are excerpts of the tested examples.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { buildBundle } from '../../scripts/build-bundle.mjs';
import { isRoadmapElement } from '../../scripts/build-frameworks.mjs';
import { findChrome } from '../../scripts/find-chrome.mjs';

const root = new URL('../../', import.meta.url).pathname;
const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** The fenced blocks under a heading (up to the next heading of the same or a higher level). */
function blocks(heading) {
  const start = readme.indexOf(`\n${heading}\n`);
  assert.ok(start >= 0, `README has a "${heading}" section`);
  const level = heading.match(/^#+/)[0].length;
  const rest = readme.slice(start + heading.length + 2);
  const next = rest.search(new RegExp(`\\n#{1,${level}} `));
  const section = next < 0 ? rest : rest.slice(0, next);
  return [...section.matchAll(/```(\w*)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1], code: m[2] }));
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.md': 'text/markdown; charset=utf-8', '.json': 'application/json' };

function serve(dir) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const page = (body, head = '') => `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Static page</title><link rel="icon" href="data:,">${head}</head>\n<body>\n${body}\n</body>\n</html>\n`;

describe('README snippets on a plain static server', { timeout: 120_000 }, () => {
  let dir;
  let server;
  let origin;
  let browser;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'roadmap-static-'));
    // "A portal page": index.html, assets/ (the bundle's files), roadmaps/2025.md.
    await buildBundle({ outdir: join(dir, 'assets'), sourcemap: false });
    mkdirSync(join(dir, 'roadmaps'));
    copyFileSync(join(root, 'test/fixtures/seeds/001.md'), join(dir, 'roadmaps/2025.md'));
    const [portal] = blocks('## Embed with one script tag').filter((b) => b.lang === 'html');
    writeFileSync(join(dir, 'index.html'), page(portal.code));
    server = await serve(dir);
    origin = `http://127.0.0.1:${server.address().port}`;
    // The Confluence macro, its intranet address replaced by this server's.
    mkdirSync(join(dir, 'roadmap-elements'));
    for (const f of ['roadmap-elements.min.js', 'roadmap-elements-load.min.js', 'roadmap-elements-importer.min.js', 'roadmap-elements-export.min.js']) copyFileSync(join(dir, 'assets', f), join(dir, 'roadmap-elements', f));
    const [macro] = blocks('### Confluence').filter((b) => b.lang === 'html');
    const wikiCss = '<link rel="stylesheet" href="/wiki.css">';
    writeFileSync(join(dir, 'wiki.css'), '* { font: 11px/1 serif !important; margin: 12px; box-sizing: content-box; } svg, rect, text { display: none; } div { border: 3px solid red; } button { display: none; }');
    writeFileSync(join(dir, 'wiki.html'), page(`<div id="main"><h1>Team space</h1><p>Our plan:</p><div class="macro">${macro.code.replaceAll('https://intranet.example.com', origin)}</div></div>`, wikiCss));
    browser = await chromium.launch({
      executablePath: findChrome() ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });

  after(async () => {
    await browser?.close();
    server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function open(path) {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const p = await context.newPage();
    const problems = [];
    p.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    p.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
    const requests = [];
    p.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await p.goto(`${origin}${path}`, { waitUntil: 'load' });
    return { p, problems, requests, close: () => context.close() };
  }

  const count = (p, tag, selector) => p.evaluate(([t, s]) => document.querySelector(t)?.shadowRoot?.querySelectorAll(s).length ?? 0, [tag, selector]);

  it('the portal snippet renders the seed in every view, with the chunks loaded from beside the bundle', async () => {
    const { p, problems, requests, close } = await open('/');
    try {
      await p.waitForFunction(() => (document.querySelector('roadmap-timeline')?.shadowRoot?.querySelectorAll('[part~="bar"]').length ?? 0) > 5, undefined, { timeout: 15_000 });
      await p.waitForFunction(() => document.querySelector('metric-scorecard')?.shadowRoot?.querySelector('[part~="metric"]') && document.querySelector('risk-matrix')?.shadowRoot?.querySelector('[part~="risk"]'), undefined, { timeout: 15_000 });
      assert.ok(requests.includes('/assets/roadmap-elements-load.min.js'), 'the chunk that reads documents was loaded from beside the bundle');
      assert.ok(requests.includes('/assets/roadmap-elements-importer.min.js'), 'the importer chunk was loaded from beside the bundle');
      // The page names one file; the others come from beside it (the export chunk once the page is idle).
      await p.waitForFunction(() => performance.getEntriesByType('resource').some((r) => r.name.endsWith('/roadmap-elements-export.min.js')), undefined, { timeout: 10_000 });
      assert.deepEqual(requests.filter((r) => r.endsWith('.js')).sort(), ['/assets/roadmap-elements-export.min.js', '/assets/roadmap-elements-importer.min.js', '/assets/roadmap-elements-load.min.js', '/assets/roadmap-elements.min.js']);
      // Linked: choosing a bar shows it in the card.
      const title = await p.evaluate(() => {
        const bar = document.querySelector('roadmap-timeline').shadowRoot.querySelector('[part~="bar"]');
        bar.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        return document.querySelector('roadmap-provider').loadedRoadmap.initiatives.find((i) => i.id === bar.dataset.id).title;
      });
      await p.waitForFunction((t) => document.querySelector('initiative-card').shadowRoot.querySelector('[part~="title"]')?.textContent.includes(t), title, { timeout: 5000 });
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });

  it('the Confluence macro renders inside a wiki page whose global styles do not reach the views', async () => {
    const { p, problems, close } = await open('/wiki.html');
    try {
      await p.waitForFunction(() => (document.querySelector('roadmap-timeline')?.shadowRoot?.querySelectorAll('[part~="bar"]').length ?? 0) > 5, undefined, { timeout: 15_000 });
      const bar = await p.evaluate(() => {
        const r = document.querySelector('roadmap-timeline').shadowRoot.querySelector('[part~="bar"] rect').getBoundingClientRect();
        const label = document.querySelector('roadmap-timeline').shadowRoot.querySelector('[part~="bar-label"]');
        return { width: r.width, height: r.height, font: getComputedStyle(label).fontSize };
      });
      assert.ok(bar.width > 10 && bar.height > 10, `bars are drawn (${bar.width}×${bar.height})`);
      assert.equal(bar.font, '12px');
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });

  it('prints the timeline as one block per lane, header first, with nothing interactive', async () => {
    const { p, problems, close } = await open('/');
    try {
      await p.waitForFunction(() => (document.querySelector('roadmap-timeline')?.shadowRoot?.querySelectorAll('[part~="bar"]').length ?? 0) > 5, undefined, { timeout: 15_000 });
      await p.emulateMedia({ media: 'print' });
      await p.waitForFunction(() => document.querySelector('roadmap-timeline').shadowRoot.querySelector('.print-view'), undefined, { timeout: 5000 });
      const view = await p.evaluate(() => {
        const t = document.querySelector('roadmap-timeline');
        const v = t.shadowRoot.querySelector('.print-view');
        return {
          lanes: t.layout.lanes.length,
          bars: t.layout.bars.length,
          rows: v.querySelectorAll('tbody tr').length,
          head: v.querySelectorAll('thead svg').length,
          printedBars: v.querySelectorAll('g[data-kind="initiative"]').length,
          viewport: getComputedStyle(t.shadowRoot.querySelector('.viewport')).display,
          toolbar: getComputedStyle(t.shadowRoot.querySelector('.toolbar')).display,
          width: v.getBoundingClientRect().width,
        };
      });
      assert.equal(view.head, 1);
      assert.ok(view.rows >= view.lanes, `a row per lane (${view.rows} rows, ${view.lanes} lanes)`);
      assert.equal(view.printedBars, view.bars, 'every bar is printed');
      assert.equal(view.viewport, 'none');
      assert.equal(view.toolbar, 'none');
      assert.ok(view.width > 300);
      const pdf = await p.pdf({ format: 'A4' });
      assert.ok(pdf.length > 5000, 'a PDF was printed');
      await p.emulateMedia({ media: 'screen' });
      await p.waitForFunction(() => !document.querySelector('roadmap-timeline').shadowRoot.querySelector('.print-view'), undefined, { timeout: 5000 });
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });

  it('the README’s React and Vue recipes are excerpts of the tested examples', () => {
    const check = (heading, lang, file) => {
      const source = readFileSync(join(root, file), 'utf8').split('\n').map((l) => l.trim());
      const block = blocks(heading).find((b) => b.lang === lang);
      assert.ok(block, `${heading} has a ${lang} block`);
      for (const line of block.code.split('\n').map((l) => l.trim()).filter(Boolean)) assert.ok(source.includes(line), `${file} has the README line: ${line}`);
    };
    check('### React 19', 'tsx', 'demo/frameworks/react/RoadmapDashboard.tsx');
    check('### Vue 3', 'vue', 'demo/frameworks/vue/RoadmapDashboard.vue');
    const config = blocks('### Vue 3').find((b) => b.lang === 'js').code;
    const regex = /\/\^\(roadmap[^/]*\$\//.exec(config)?.[0];
    assert.ok(regex, 'the Vue recipe names the custom elements');
    assert.equal(regex, isRoadmapElement.toString().match(/\/\^\(roadmap[^/]*\$\//)[0], 'the same test as the tested build');
  });
});
