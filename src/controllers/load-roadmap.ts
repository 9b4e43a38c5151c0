/**
 * Turning data or text into a validated roadmap. An object is validated here; text and URLs are
 * read by `load-text.ts`, a chunk of its own loaded on first need (a view handed a roadmap object
 * never loads it), and what it parses is validated here. That chunk also holds the reader of
 * times written as text ("Q3 2025"), which only such roadmaps need. Never throws; failures come
 * back as a readable message plus diagnostics.
 */
import type { Diagnostic, Roadmap, TimeTextReader } from '../model/schema.js';
import { checkRoadmap } from '../model/validate.js';

export type RoadmapFormat = 'json' | 'markdown' | 'object';

export interface LoadOutcome {
  roadmap?: Roadmap;
  diagnostics: Diagnostic[];
  /** Set when nothing usable came out: one readable sentence. */
  error?: string;
  format: RoadmapFormat;
  status?: number;
}

/** Once the text-reading chunk has loaded (or a bundle handed it over): the reader of times written as text. */
let readTimeText: TimeTextReader | undefined;

/** For a bundle that carries the reader of times written as text anyway (the whole library): no chunk to wait for. */
export function useTimeTextReader(read: TimeTextReader): void {
  readTimeText = read;
}

/**
 * Validate an object handed over directly; `own`: it was just parsed here, so it is checked in
 * place. Synchronous, unless the roadmap writes a time as text before the chunk that reads such
 * times has loaded: then the outcome comes once it has.
 */
export function loadFromObject(value: unknown, own = false): LoadOutcome | Promise<LoadOutcome> {
  const { roadmap, diagnostics, needsTimeText } = checkRoadmap(value, { inPlace: own }, readTimeText);
  if (needsTimeText) return textCode('object').then((code) => ('readText' in code ? loadFromObject(value, own) : code));
  return roadmap
    ? { roadmap, diagnostics, format: 'object' }
    : { diagnostics, error: 'This is not a roadmap the elements can show.', format: 'object' };
}

type TextModule = typeof import('./load-text.js');
let textModule: Promise<TextModule> | undefined;

/** The text-reading code, or an outcome that says it could not be loaded. */
async function textCode(format: RoadmapFormat): Promise<TextModule | LoadOutcome> {
  try {
    const code = await (textModule ??= import('./load-text.js'));
    readTimeText = code.parseTimeText;
    return code;
  } catch (error) {
    textModule = undefined;
    const message = `the code that reads roadmap documents could not be loaded: ${String((error as Error)?.message ?? error)}`;
    return { diagnostics: [{ severity: 'error', code: 'input.loader-unavailable', message }], error: 'The code that reads roadmap documents could not be loaded.', format };
  }
}

/** Read a document's text as JSON or Markdown. */
export async function loadFromText(text: string, options: { name?: string; contentType?: string; format?: 'json' | 'markdown' } = {}): Promise<LoadOutcome> {
  const code = await textCode(options.format ?? 'json');
  if (!('readText' in code)) return code;
  const read = await code.readText(text, options);
  return 'value' in read ? { ...(await loadFromObject(read.value, true)), format: 'json' } : read;
}

/** Fetch and read a roadmap from a URL. Aborts cleanly; a superseded load resolves with `aborted`. */
export async function loadFromUrl(src: string, signal: AbortSignal, timeoutMs?: number): Promise<LoadOutcome & { aborted?: boolean }> {
  const code = await textCode('json');
  if (!('fetchText' in code)) return code;
  if (signal.aborted) return { aborted: true, diagnostics: [], format: 'json' };
  const fetched = await code.fetchText(src, signal, timeoutMs);
  if (!('text' in fetched)) return fetched;
  return loadFromText(fetched.text, { name: fetched.name, contentType: fetched.contentType });
}
