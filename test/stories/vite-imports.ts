/**
 * Story modules are written for Vite: they import JSON fixtures (`import x from './a.json'`) and
 * CSS as text (`import css from './a.css?inline'`). The test server serves those files as they are,
 * which a browser refuses to run as modules. This gives each such import what Vite gives it, a
 * module whose default export is the parsed JSON or the text, through an import map added before
 * the story modules load (Chromium merges import maps added later).
 *
 * It walks the module graph from the entry URLs as the test server serves it (already compiled to
 * JavaScript), following relative imports inside the given folders.
 */

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+)["']/g;

function moduleUrl(code: string): string {
  return URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
}

/** What Vite's default export for this URL would be, as module source, or undefined for a plain module. */
async function viteModule(url: URL): Promise<string | undefined> {
  const query = url.search;
  if (query === '?inline' || query === '?raw') {
    const plain = new URL(url.pathname, url);
    const response = await fetch(plain);
    if (!response.ok) throw new Error(`${plain.pathname}: HTTP ${response.status}`);
    return `export default ${JSON.stringify(await response.text())};`;
  }
  if (url.pathname.endsWith('.json') && !query) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
    const value: unknown = await response.json();
    return `export default ${JSON.stringify(value)};`;
  }
  return undefined;
}

const mapped = new Set<string>();

/**
 * Maps every JSON and `?inline` / `?raw` import reachable from `entries` (through relative imports
 * of modules under `folders`) to a module with the same default export Vite would give it.
 * Returns the URLs mapped.
 */
export async function mapViteImports(entries: readonly string[], folders: readonly string[]): Promise<string[]> {
  const seen = new Set<string>();
  const queue = entries.map((e) => new URL(e, location.href).href);
  const imports: Record<string, string> = {};
  while (queue.length) {
    const href = queue.shift()!;
    if (seen.has(href)) continue;
    seen.add(href);
    const response = await fetch(href);
    if (!response.ok) throw new Error(`${new URL(href).pathname}: HTTP ${response.status}`);
    const source = await response.text();
    for (const match of source.matchAll(IMPORT)) {
      const specifier = match[1]!;
      if (!specifier.startsWith('.') && !specifier.startsWith('/')) continue;
      const target = new URL(specifier, href);
      if (target.origin !== location.origin) continue;
      const code = await viteModule(target);
      if (code !== undefined) {
        if (!mapped.has(target.href)) imports[target.href] = moduleUrl(code);
      } else if (folders.some((f) => target.pathname.startsWith(f)) && /\.(ts|js|mjs)$/.test(target.pathname)) {
        queue.push(target.href);
      }
    }
  }
  const keys = Object.keys(imports);
  if (keys.length) {
    const script = document.createElement('script');
    script.type = 'importmap';
    script.textContent = JSON.stringify({ imports });
    document.head.append(script);
    keys.forEach((k) => mapped.add(k));
  }
  return keys;
}
