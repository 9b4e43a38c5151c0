/** Helpers shared by the hardening tests: walking shadow roots, the XSS trap, error capture. */

declare global {
  interface Window {
    __xss?: (from?: string) => void;
    __xssCalls?: string[];
  }
}

/** Every element under `root`, light DOM and every shadow root inside, depth first. */
export function deepElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  const visit = (node: ParentNode) => {
    for (const el of Array.from(node.querySelectorAll('*'))) {
      out.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(root);
  return out;
}

/** Text of `el` including its shadow root (and nested ones), whitespace collapsed. */
export function deepText(el: Element | ShadowRoot): string {
  let text = '';
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) text += node.nodeValue ?? '';
    else if (node.nodeType === Node.ELEMENT_NODE || node.nodeType === Node.DOCUMENT_FRAGMENT_NODE) {
      const host = node as Element;
      if (host.localName === 'style' || host.localName === 'script') return;
      if (host.shadowRoot) visit(host.shadowRoot);
      for (const child of Array.from(node.childNodes)) visit(child);
      if (host.localName && /^(p|div|li|td|th|h\d|dt|dd|span|text|button|caption|tr)$/.test(host.localName)) text += ' ';
    }
  };
  visit(el);
  return normalize(text);
}

export const normalize = (text: string): string => text.replace(/[\s\u00a0]+/g, ' ').trim();

const URL_ATTRIBUTES = new Set(['href', 'xlink:href', 'src', 'srcset', 'action', 'formaction', 'data', 'poster', 'background', 'srcdoc', 'ping', 'codebase', 'cite', 'longdesc', 'lowsrc', 'dynsrc']);
/** Elements no view renders on its own; one appearing means roadmap text became markup. */
export const MARKUP_FROM_TEXT = new Set(['script', 'iframe', 'object', 'embed', 'frame', 'frameset', 'img', 'image', 'video', 'audio', 'source', 'picture', 'math', 'mi', 'mtext', 'maction', 'mglyph', 'foreignobject', 'base', 'meta', 'link', 'marquee', 'noscript', 'noembed', 'xmp', 'form', 'input', 'select', 'textarea', 'body', 'html', 'x', 'set', 'animate', 'discard', 'use', 'style', 'template', 'isindex', 'html:script']);

/**
 * What in `root` (shadow roots included) could run script or fetch a URL an author chose.
 * `ownTags`: tag names the views render themselves (from a clean render), not flagged.
 */
export function executableBits(root: ParentNode, ownTags: ReadonlySet<string> = new Set()): string[] {
  const problems: string[] = [];
  for (const el of deepElements(root)) {
    const tag = el.localName.toLowerCase();
    const where = () => `${tag}${el.getAttribute('part') ? `[part="${el.getAttribute('part')}"]` : ''}`;
    // A data block (<script type="text/markdown">) never runs; the tests put those in themselves.
    if (tag === 'script' && /^(text\/markdown|application\/json)$/i.test(el.getAttribute('type') ?? '')) continue;
    if (MARKUP_FROM_TEXT.has(tag) && !ownTags.has(tag)) problems.push(`element <${tag}>`);
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      const value = attr.value;
      if (name.startsWith('on')) problems.push(`${where()} has event-handler attribute ${name}="${value.slice(0, 60)}"`);
      // (A custom element's `src` is its own input, read by fetch, not a browser URL sink.)
      if ((URL_ATTRIBUTES.has(name) || name.endsWith(':href')) && !tag.includes('-') && !safeUrl(value, el.ownerDocument.baseURI)) {
        problems.push(`${where()} has ${name}="${value.slice(0, 80)}"`);
      }
      if (name === 'style' && /url\(|expression\(|image-set\(|@import/i.test(value)) problems.push(`${where()} has style="${value.slice(0, 80)}"`);
    }
    const css = (el as HTMLElement).style?.cssText ?? '';
    if (/url\(|expression\(|image-set\(/i.test(css)) problems.push(`${where()} has inline style ${css.slice(0, 80)}`);
  }
  return problems;
}

/** Would following this URL (as the browser parses it) stay on http(s), mailto or a fragment? */
export function safeUrl(value: string, base: string): boolean {
  if (value.trim().startsWith('#')) return true;
  try {
    return ['http:', 'https:', 'mailto:'].includes(new URL(value, base).protocol);
  } catch {
    return true; // a URL the browser cannot parse goes nowhere
  }
}

/** Resource requests that went to the payloads' host. */
export function trappedRequests(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((n) => /xss\.invalid/i.test(n));
}

/** Installs `window.__xss` and returns the list it records into. */
export function installTrap(): string[] {
  const calls: string[] = (window.__xssCalls = []);
  window.__xss = (from = 'page') => {
    calls.push(`${from}: ${new Error().stack?.split('\n').slice(2, 4).join(' | ') ?? ''}`);
  };
  return calls;
}

/** Collects uncaught errors and unhandled rejections while installed. */
export function captureErrors(): { errors: string[]; stop: () => void } {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(`unhandled rejection: ${String((e.reason as Error)?.stack ?? e.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Tag names under `root`, shadow roots included. */
export function tagNames(root: ParentNode): Set<string> {
  return new Set(deepElements(root).map((el) => el.localName.toLowerCase()));
}

export const nextFrame = (): Promise<void> => new Promise((r) => requestAnimationFrame(() => r()));
export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Waits for the elements' pending updates, twice (a render can request another). */
export async function settle(...els: Element[]): Promise<void> {
  for (let i = 0; i < 2; i++) {
    await Promise.all(els.map((el) => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete));
  }
}

export const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

export async function fetchJson<T = Record<string, unknown>>(path: string): Promise<T> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** Every string leaf of a JSON value, as a path of keys and indices. */
export function stringPaths(value: unknown, path: Array<string | number> = [], out: Array<Array<string | number>> = []): Array<Array<string | number>> {
  if (typeof value === 'string') out.push(path);
  else if (Array.isArray(value)) value.forEach((v, i) => stringPaths(v, [...path, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) stringPaths(v, [...path, k], out);
  return out;
}

export function getAt(root: unknown, path: ReadonlyArray<string | number>): unknown {
  let node = root as Record<string | number, unknown>;
  for (const key of path) node = node[key] as Record<string | number, unknown>;
  return node;
}

export function setAt(root: unknown, path: ReadonlyArray<string | number>, value: unknown): void {
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
}

export const pathText = (path: ReadonlyArray<string | number>): string => path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('').replace(/^\./, '');
