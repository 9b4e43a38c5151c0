// Web Test Runner middleware: builds, on first request and once per run, what some browser tests
// load instead of src/, and serves it straight from memory (no plugin rewrites it):
//   /__build/bundle/<file>          the single-file bundle and its importer chunk (scripts/build-bundle.mjs),
//                                   exactly as `npm run build` writes them to dist/cdn/
//   /__build/frameworks/<name>.js   the React 19 / Vue 3 examples (scripts/build-frameworks.mjs)
// and gives the pages under /test/bundle/pages/ a strict Content-Security-Policy (no inline
// script, no eval, no inline style, Trusted Types; `img-src data:` only where the page name says so).
// `npm test` therefore builds the bundle itself: CI runs the tests before `npm run build`.
import { buildBundle } from './build-bundle.mjs';
import { buildFrameworkExample } from './build-frameworks.mjs';

export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html roadmap-elements";

let bundle;
const frameworks = new Map();

/** Koa middleware. */
export async function buildsMiddleware(ctx, next) {
  const path = ctx.path;
  if (path.startsWith('/__build/bundle/')) {
    bundle ??= buildBundle();
    const files = await bundle;
    const body = files.get(path.slice('/__build/bundle/'.length));
    if (!body) {
      ctx.status = 404;
      return;
    }
    ctx.type = 'application/javascript';
    ctx.set('cache-control', 'no-store');
    ctx.body = Buffer.from(body);
    return;
  }
  const m = /^\/__build\/frameworks\/(react|vue)\.js$/.exec(path);
  if (m) {
    if (!frameworks.has(m[1])) frameworks.set(m[1], buildFrameworkExample(m[1]));
    ctx.type = 'application/javascript';
    ctx.set('cache-control', 'no-store');
    ctx.body = await frameworks.get(m[1]);
    return;
  }
  await next();
  if (path.startsWith('/test/bundle/pages/') && path.endsWith('.html')) {
    ctx.set('Content-Security-Policy', path.includes('img-data') ? STRICT_CSP.replace("default-src 'self'", "default-src 'self'; img-src 'self' data:") : STRICT_CSP);
  }
}
