// Server-side helpers for the hardening tests (test/hardening/*.test.ts), wired into
// web-test-runner.config.mjs:
// - hardeningMiddleware: a strict Content-Security-Policy on /test/hardening/csp/…; the embed
//   page with a trap script in front of it; and misbehaving roadmap sources under /__hardening/
//   (slow, hanging, HTML, broken JSON, huge) for the loading-failure tests. All local: no network.
// - hardeningCommands: `hardening-open-page` opens a page in a fresh browser context (optionally
//   in another time zone) and returns what the page reported; `hardening-heap` collects garbage
//   through the DevTools protocol and returns heap and DOM counters of the test page itself.
import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html roadmap-elements";

const root = new URL('../../', import.meta.url);
/** What the misbehaving routes saw; read (and reset) through /__hardening/stats. */
const stats = { declaredClosedByClient: 0, declaredTimedOut: 0 };
const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const tiny = (title) => JSON.stringify({ schemaVersion: '1.0', meta: { title }, initiatives: [{ id: 'only', title: `${title} initiative`, schedule: { start: '2026-01-05', end: '2026-02-20' } }] });

/** Pages opened many times in fresh browser contexts load one bundle instead of a few hundred modules. */
const BUNDLES = { 'tz-page': 'test/hardening/tz/page.ts' };
const bundles = new Map();
function bundle(name) {
  if (!bundles.has(name)) {
    bundles.set(
      name,
      build({
        entryPoints: [fileURLToPath(new URL(BUNDLES[name], root))],
        bundle: true,
        write: false,
        format: 'esm',
        target: 'es2022',
        conditions: ['production'],
        tsconfig: fileURLToPath(new URL('tsconfig.json', root)),
        logLevel: 'error',
      }).then((r) => r.outputFiles[0].text),
    );
  }
  return bundles.get(name);
}

/** Koa middleware. */
export async function hardeningMiddleware(ctx, next) {
  const path = ctx.path;
  const bundled = /^\/__hardening\/bundle\/([\w-]+)\.js$/.exec(path);
  if (bundled && BUNDLES[bundled[1]]) {
    ctx.type = 'application/javascript';
    ctx.set('cache-control', 'no-store');
    ctx.body = await bundle(bundled[1]);
    return;
  }
  if (path === '/test/hardening/embed.html') {
    // The real embed page, with a trap that forwards to the test page's counter.
    const page = readFileSync(new URL('demo/embed.html', root), 'utf8');
    const script = '<script type="module" src="./embed.ts"></script>';
    if (!page.includes(script)) {
      ctx.status = 500;
      ctx.body = `test/hardening/wtr-plugin.mjs: demo/embed.html no longer loads its script as ${script}; update the hardening middleware`;
      return;
    }
    ctx.type = 'text/html';
    ctx.body = page.replace(script, '<script src="/test/hardening/trap.js"></script><script type="module" src="/demo/embed.ts"></script>');
    return;
  }
  if (path.startsWith('/__hardening/')) {
    const q = ctx.query;
    const name = path.slice('/__hardening/'.length);
    const delay = Number(q.delay ?? 0);
    if (delay) await wait(Math.min(delay, 20_000));
    ctx.set('cache-control', 'no-store');
    if (name === 'stats') {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(stats);
      if (q.reset) Object.assign(stats, { declaredClosedByClient: 0, declaredTimedOut: 0 });
    } else if (name.startsWith('roadmap')) {
      ctx.type = 'application/json';
      ctx.body = tiny(String(q.title ?? 'Served'));
    } else if (name.startsWith('html-as-json')) {
      ctx.type = 'application/json';
      ctx.body = '<!DOCTYPE html><html><body>Proxy error</body></html>';
    } else if (name.startsWith('html')) {
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><html><head><title>Sign in</title></head><body><form>Sign in</form></body></html>';
    } else if (name.startsWith('bad')) {
      ctx.type = 'application/json';
      ctx.body = '{\n  "schemaVersion": "1.0",\n  "meta": { "title": "Broken" },\n  "initiatives": [\n    { "id": "a", "title": "A" }\n    { "id": "b" }\n  ]\n}';
    } else if (name.startsWith('status')) {
      ctx.status = Number(q.code ?? 500);
      ctx.body = 'failure';
    } else if (name.startsWith('huge')) {
      // `declared`: a Content-Length far over the limit. Otherwise a chunked body of `mb` megabytes.
      const mb = Number(q.mb ?? 30);
      ctx.type = 'application/json';
      if (q.declared) {
        // Headers that promise far too much, then a body that trickles: a client that refuses the
        // answer must close the connection; the server gives up after 10 s and counts who did what.
        ctx.respond = false;
        const res = ctx.res;
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(mb * 1_000_000) });
        res.write('{"schemaVersion":"1.0","meta":{"title":"Huge"},"extensions":{"pad":"');
        let timedOut = false;
        const timer = setTimeout(() => {
          timedOut = true;
          stats.declaredTimedOut++;
          res.destroy();
        }, 10_000);
        res.on('close', () => {
          clearTimeout(timer);
          if (!timedOut) stats.declaredClosedByClient++;
        });
        return;
      }
      const stream = new PassThrough();
      ctx.body = stream;
      const chunk = `"${'x'.repeat(999_998)}",`;
      (async () => {
        stream.write('{"schemaVersion":"1.0","meta":{"title":"Huge"},"extensions":{"pad":[');
        for (let i = 0; i < mb; i++) {
          if (stream.destroyed) return;
          if (!stream.write(chunk)) await new Promise((r) => stream.once('drain', r));
        }
        stream.end('""]}}');
      })().catch(() => {});
    } else if (name.startsWith('hang')) {
      // Holds the request open (until the client gives up, or 10 s).
      const stream = new PassThrough();
      ctx.type = 'application/json';
      ctx.body = stream;
      const timer = setTimeout(() => stream.end(tiny('Too late')), 10_000);
      ctx.req.on('close', () => {
        clearTimeout(timer);
        stream.destroy();
      });
    } else {
      ctx.status = 404;
      ctx.body = 'not found';
    }
    return;
  }
  await next();
  if (path.startsWith('/test/hardening/csp/')) ctx.set('Content-Security-Policy', STRICT_CSP);
}

/** WTR command plugin. */
export function hardeningCommands() {
  return {
    name: 'hardening-commands',
    async executeCommand({ command, payload, session }) {
      if (command !== 'hardening-open-page' && command !== 'hardening-heap') return undefined;
      if (session.browser.type !== 'playwright') throw new Error(`${command} needs the Playwright launcher`);
      const page = session.browser.getPage(session.id);
      if (command === 'hardening-heap') {
        const cdp = await page.context().newCDPSession(page);
        try {
          for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
          const heap = await cdp.send('Runtime.getHeapUsage');
          const dom = await cdp.send('Memory.getDOMCounters');
          return { usedSize: heap.usedSize, totalSize: heap.totalSize, ...dom };
        } finally {
          await cdp.detach().catch(() => {});
        }
      }
      // hardening-open-page: {url, timezoneId?, timeoutMs?} → {report, console, errors}
      const origin = new URL(page.url()).origin;
      const context = await page.context().browser().newContext({ ...(payload.timezoneId ? { timezoneId: payload.timezoneId } : {}), viewport: { width: 1280, height: 900 } });
      const console = [];
      const errors = [];
      try {
        const other = await context.newPage();
        other.on('console', (m) => console.push({ type: m.type(), text: m.text() }));
        other.on('pageerror', (e) => errors.push(String(e?.message ?? e)));
        await other.goto(new URL(payload.url, origin).href, { waitUntil: 'load' });
        await other.waitForFunction(() => window.__hardening?.done === true, undefined, { timeout: payload.timeoutMs ?? 30_000 });
        const report = await other.evaluate(() => window.__hardening);
        return { report, console, errors };
      } catch (error) {
        return { report: undefined, console, errors: [...errors, `hardening-open-page: ${String(error?.message ?? error)}`] };
      } finally {
        await context.close().catch(() => {});
      }
    },
  };
}
