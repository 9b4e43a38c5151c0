/**
 * Reading a roadmap document's text and fetching it: JSON with line and column on syntax errors,
 * Markdown through the importer (imported lazily in turn, so pages that never use Markdown never
 * load it), and fetching with abort, timeout and size limits. A chunk of its own, loaded by
 * `load-roadmap.ts` on first need: a view handed a roadmap object never loads it. It validates
 * nothing (the caller does, with the model it already has); of the model it carries only the
 * reader of times written as text ("Q3 2025"), which the views' validation needs for such
 * roadmaps and loads from here (see `timeText` in model/schema.ts).
 * Never throws; failures come back as a readable message plus diagnostics.
 */
import type { Diagnostic } from '../model/schema.js';
import type { LoadOutcome } from './load-roadmap.js';

export { parseTimeText } from '../model/time.js';

/** JSON text read into a value, not validated yet. */
export interface ParsedJson {
  value: unknown;
}

/** Largest document accepted, in characters. */
export const MAX_DOCUMENT_LENGTH = 25_000_000;
/** How long a fetch may take before it is given up. */
export const FETCH_TIMEOUT_MS = 30_000;

function lineColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < position && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      last = i;
    }
  }
  return { line, column: position - last };
}

/**
 * Offset of the first JSON syntax error (the engine's message does not always carry one).
 * A small scanner of the JSON grammar; nesting deeper than the engine allows is reported at its start.
 */
export function findJsonErrorOffset(text: string): number {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const literal = (word: string) => {
    for (const ch of word) if (text[i++] !== ch) (i--, fail());
  };
  const string = () => {
    i++;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 34) return void i++;
      if (c < 32) fail();
      if (c === 92) {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail();
          i += 5;
        } else if ('"\\/bfnrt'.includes(text[i] ?? '')) i++;
        else fail();
      } else i++;
    }
    fail();
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) fail();
    i += m![0].length;
  };
  const value = (depth: number): void => {
    if (depth > 5000) fail();
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        ws();
        if (text[i] !== '"') fail();
        string();
        ws();
        if (text[i] !== ':') fail();
        i++;
        value(depth + 1);
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return void i++;
        else fail();
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') return void i++;
      for (;;) {
        value(depth + 1);
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return void i++;
        else fail();
      }
    }
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
    fail();
  };
  try {
    value(0);
    ws();
    return i < text.length ? i : -1;
  } catch (at) {
    return typeof at === 'number' ? at : 0;
  }
}

/** Parse JSON text; a syntax error becomes a diagnostic with its line and column. */
export function parseJsonText(text: string): { value?: unknown; diagnostic?: Diagnostic } {
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    const message = String((error as Error).message ?? error);
    const at = /position (\d+)/.exec(message);
    const offset = at ? Number(at[1]) : findJsonErrorOffset(text);
    const where = offset >= 0 ? lineColumn(text, offset) : undefined;
    // Engine messages quote the whole text ("…" is not valid JSON): keep only the reason.
    const clean = message
      .replace(/\s*in JSON at position \d+.*$/s, '')
      .replace(/, ".*" is not valid JSON$/s, '')
      .replace(/^JSON\.parse: /, '')
      .slice(0, 200);
    return {
      diagnostic: {
        severity: 'error',
        code: 'input.json-syntax',
        message: where ? `line ${where.line}, column ${where.column}: ${clean}` : clean,
        ...(where ? { source: { line: where.line, column: where.column } } : {}),
      },
    };
  }
}

/** Markdown, by name or by content: anything that does not open like JSON. */
export function looksLikeMarkdown(text: string, name = '', contentType = ''): boolean {
  if (/\.(md|markdown|mdown|txt)(\?|#|$)/i.test(name) || /markdown/i.test(contentType)) return true;
  if (/\.json(\?|#|$)/i.test(name) || /json/i.test(contentType)) return false;
  const first = text.trimStart()[0];
  return first !== '{' && first !== '[';
}

function looksLikeHtml(text: string, contentType: string): boolean {
  return /text\/html/i.test(contentType) || /^\s*(<!doctype html|<html[\s>])/i.test(text);
}

/** Read a document's text: JSON comes back parsed (to be validated), Markdown imported, anything else as an outcome with its error. */
export async function readText(text: string, options: { name?: string; contentType?: string; format?: 'json' | 'markdown' } = {}): Promise<LoadOutcome | ParsedJson> {
  const { name = '', contentType = '' } = options;
  const label = name ? `${name}` : 'The roadmap';
  if (text.length > MAX_DOCUMENT_LENGTH) {
    return { diagnostics: [{ severity: 'error', code: 'input.too-large', message: `${label} is ${Math.round(text.length / 1e6)} MB; the limit is ${MAX_DOCUMENT_LENGTH / 1e6} MB` }], error: `${label} is too large to show.`, format: 'json' };
  }
  if (looksLikeHtml(text, contentType)) {
    return { diagnostics: [{ severity: 'error', code: 'input.html', message: 'expected a JSON or Markdown roadmap; got an HTML page' }], error: `${label} is an HTML page, not a roadmap (is the address right?).`, format: 'json' };
  }
  const format = options.format ?? (looksLikeMarkdown(text, name, contentType) ? 'markdown' : 'json');
  if (format === 'json') {
    const { value, diagnostic } = parseJsonText(text);
    if (diagnostic) return { diagnostics: [diagnostic], error: `${label} is not valid JSON (${diagnostic.message}).`, format };
    return { value };
  }
  try {
    const { parseRoadmapMarkdown } = await import('../importer/index.js');
    // The importer's last step is validateRoadmap: its roadmap is checked, and its diagnostics
    // hold the model's findings (validating again would repeat the warnings it cannot fix).
    const { roadmap, diagnostics } = parseRoadmapMarkdown(text, name ? { file: name.split(/[?#]/)[0]!.split('/').pop() } : {});
    return { roadmap, diagnostics, format };
  } catch (error) {
    return { diagnostics: [{ severity: 'error', code: 'input.importer-unavailable', message: `the Markdown importer could not be loaded: ${String((error as Error)?.message ?? error)}` }], error: 'The Markdown importer could not be loaded.', format };
  }
}

/** A fetched document's text, with what tells its format. */
export interface FetchedText {
  text: string;
  name: string;
  contentType: string;
}

/** Fetch a roadmap document's text. Aborts cleanly; a superseded fetch resolves with `aborted`. */
export async function fetchText(src: string, signal: AbortSignal, timeoutMs = FETCH_TIMEOUT_MS): Promise<(LoadOutcome & { aborted?: boolean }) | FetchedText> {
  const name = src.split(/[?#]/)[0]!.split('/').pop() || src;
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), timeoutMs);
  const onAbort = () => timeout.abort();
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    let response: Response;
    try {
      response = await fetch(src, { signal: timeout.signal, credentials: 'same-origin' });
    } catch (error) {
      if (signal.aborted) return { aborted: true, diagnostics: [], format: 'json' };
      const timedOut = timeout.signal.aborted;
      const message = timedOut ? `no answer within ${Math.round(timeoutMs / 1000)} s` : `the request failed (${String((error as Error)?.message ?? error)})`;
      return { diagnostics: [{ severity: 'error', code: timedOut ? 'input.timeout' : 'input.network', message: `${src}: ${message}` }], error: `Could not load ${name}: ${message}.`, format: 'json' };
    }
    if (!response.ok) {
      const message = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      return { diagnostics: [{ severity: 'error', code: 'input.http', message: `${src}: ${message}` }], error: `Could not load ${name}: ${message}.`, format: 'json', status: response.status };
    }
    const length = Number(response.headers.get('content-length') ?? 0);
    if (length > MAX_DOCUMENT_LENGTH * 2) {
      return { diagnostics: [{ severity: 'error', code: 'input.too-large', message: `${src}: ${Math.round(length / 1e6)} MB is over the limit` }], error: `${name} is too large to show.`, format: 'json' };
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      if (signal.aborted) return { aborted: true, diagnostics: [], format: 'json' };
      return { diagnostics: [{ severity: 'error', code: 'input.network', message: `${src}: reading the answer failed (${String((error as Error)?.message ?? error)})` }], error: `Could not read ${name}.`, format: 'json' };
    }
    if (signal.aborted) return { aborted: true, diagnostics: [], format: 'json' };
    return { text, name, contentType: response.headers.get('content-type') ?? '' };
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
    // An answer refused before its body was read (too large, an HTTP error) would otherwise keep
    // downloading, and hold one of the browser's few connections to that host, until collected.
    timeout.abort();
  }
}
