/**
 * Turning data or text into a validated roadmap. An object is validated here; text and URLs are
 * read by `load-text.ts`, a chunk of its own loaded on first need (a view handed a roadmap object
 * never loads it), and what it parses is validated here. Never throws; failures come back as a
 * readable message plus diagnostics.
 */
import type { Diagnostic, Roadmap } from '../model/schema.js';
import { validateRoadmap } from '../model/validate.js';

export type RoadmapFormat = 'json' | 'markdown' | 'object';

export interface LoadOutcome {
  roadmap?: Roadmap;
  diagnostics: Diagnostic[];
  /** Set when nothing usable came out: one readable sentence. */
  error?: string;
  format: RoadmapFormat;
  status?: number;
}

/** Validate an object handed over directly; `own`: it was just parsed here, so it is checked in place. */
export function loadFromObject(value: unknown, own = false): LoadOutcome {
  const { roadmap, diagnostics } = validateRoadmap(value, { inPlace: own });
  return roadmap
    ? { roadmap, diagnostics, format: 'object' }
    : { diagnostics, error: 'This is not a roadmap the elements can show.', format: 'object' };
}

type TextModule = typeof import('./load-text.js');
let textModule: Promise<TextModule> | undefined;

/** The text-reading code, or an outcome that says it could not be loaded. */
async function textCode(format: RoadmapFormat): Promise<TextModule | LoadOutcome> {
  try {
    return await (textModule ??= import('./load-text.js'));
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
  return 'value' in read ? { ...loadFromObject(read.value, true), format: 'json' } : read;
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
