/**
 * `roadmap-elements/importer`: Markdown roadmaps into the model, losslessly, with line-level
 * diagnostics. Pure and synchronous; no DOM; runs in browsers and in Node.
 *
 * Pipeline: line table and encoding repair → YAML front matter → mdast (GFM) → heading outline →
 * builders by heading role → reference resolution → sweep of unclaimed blocks into `sections` →
 * coverage. See research/model-and-domain.md §5.6.
 */
import type { Diagnostic, EncodingRepair, Roadmap } from '../model/schema.js';
import { validateRoadmap } from '../model/validate.js';
import { Builder } from './build.js';
import { Claim, ImportContext, NON_ASCII, NON_BLANK } from './context.js';
import { repairLine } from './encoding.js';
import { readFrontMatter } from './front-matter.js';
import { outline, parseMarkdown } from './markdown.js';
import { resolveAll } from './resolve.js';

export { parseMetricTarget, type ParsedTarget, type TargetOptions } from './targets.js';
export { repairLine } from './encoding.js';

export interface ImportOptions {
  /** File name recorded in `meta.source.file`. */
  file?: string;
  /** Date relative time counts from (YYYY-MM-DD): written to `meta.asOf`, anchors relative periods. */
  asOf?: string;
}

/** How the document's lines were accounted for. `lines = blank + mapped + preserved + structural + unaccounted.length`. */
export interface ImportCoverage {
  /** Lines in the document (a final line break does not start another line). */
  lines: number;
  blank: number;
  /** Lines claimed by an entity's `source`. */
  mapped: number;
  /** Lines kept verbatim in `sections`. */
  preserved: number;
  /** Thematic breaks, grouping headings, comments. */
  structural: number;
  /** 1-based numbers of non-blank lines nothing claimed (should be empty). */
  unaccounted: number[];
  /** Share of non-blank lines accounted for, 0…1 (1 when there are none). */
  ratio: number;
}

export interface ImportResult {
  roadmap: Roadmap;
  diagnostics: Diagnostic[];
  coverage: ImportCoverage;
}

/** A line anywhere in the text that may be a heading damaged by encoding (see importMarkdown). */
const MAY_BE_DAMAGED_HEADING = /^\s{0,3}#{1,6}\s+[<=>?]/m;

/** Split into lines on LF, CRLF or CR; a final line break ends the last line. */
export function splitLines(text: string): string[] {
  if (!text) return [];
  // Splitting on a string is much faster than on a pattern, and gives the same lines without CR.
  const lines = text.includes('\r') ? text.split(/\r\n|\r|\n/) : text.split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Markdown → roadmap. Never throws: on any input it returns a schema-valid roadmap. */
export function parseRoadmapMarkdown(text: string, options: ImportOptions = {}): ImportResult {
  const input = typeof text === 'string' ? text : String(text ?? '');
  try {
    return importMarkdown(input, options);
  } catch (error) {
    if ((globalThis as { __ROADMAP_IMPORTER_DEBUG__?: boolean }).__ROADMAP_IMPORTER_DEBUG__) throw error;
    const lines = splitLines(input);
    const blank = lines.filter((l) => !l.trim()).length;
    const unaccounted = lines.flatMap((l, i) => (l.trim() ? [i + 1] : []));
    return {
      roadmap: emptyRoadmap(options.file),
      diagnostics: [{ severity: 'error', code: 'importer.failed', message: `the document could not be imported: ${String((error as Error)?.message ?? error).slice(0, 200)}` }],
      coverage: { lines: lines.length, blank, mapped: 0, preserved: 0, structural: 0, unaccounted, ratio: unaccounted.length ? 0 : 1 },
    };
  }
}

function emptyRoadmap(file?: string): Roadmap {
  return {
    schemaVersion: '1.0', meta: { title: file ?? 'Untitled roadmap' }, statements: [], products: [], periods: [], themes: [], goals: [], initiatives: [], milestones: [],
    dependencies: [], risks: [], metrics: [], metricGroups: [], people: [], teams: [], allocations: [], cadences: [], externalRefs: [], sections: [],
  };
}

function importMarkdown(rawText: string, options: ImportOptions): ImportResult {
  const text = rawText.replace(/^\uFEFF/, '');
  const original = splitLines(text);
  const repairs: EncodingRepair[] = [];
  const unrecoverable: Array<{ line: number; original: string; block: string }> = [];
  let inFence = false;
  // Only a line with a character outside ASCII, or a heading that opens with one of `<=>?`, can
  // need repair (the test below); most documents have neither anywhere, and keep their lines.
  const mayNeedRepair = NON_ASCII.test(text) || MAY_BE_DAMAGED_HEADING.test(text);
  const lines = !mayNeedRepair ? original : original.map((line, i) => {
    if ((line.includes('```') || line.includes('~~~')) && /^\s{0,3}(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence || !/[^\x00-\x7F]|^\s{0,3}#{1,6}\s+[<=>?]/.test(line)) return line;
    const r = repairLine(line, i + 1, /^\s{0,3}#{1,6}\s/.test(line));
    repairs.push(...r.repairs);
    for (const u of r.unrecoverable) unrecoverable.push({ line: i + 1, original: u.original, block: u.block });
    return r.text;
  });
  const ctx = new ImportContext(lines, '', options.file);
  // The lines joined by line feeds: with nothing repaired and no other line ends, the text itself
  // less a final line break (which ends the last line rather than starting another).
  ctx.source = lines === original && !text.includes('\r') ? (text.endsWith('\n') ? text.slice(0, -1) : text) : lines.join('\n');
  if (lines !== original) {
    original.forEach((line, i) => {
      if (line !== lines[i]) ctx.repaired.set(i + 1, line);
    });
  }

  // Encoding diagnostics.
  for (const r of repairs) {
    if (r.repaired !== null) ctx.report('info', 'encoding.mojibake-repaired', `"${r.original}" was ${r.scheme === 'utf16-low-bytes' ? 'UTF-16 with only low bytes kept' : `UTF-8 read as ${r.scheme === 'cp1252-as-utf8' ? 'Windows-1252' : 'Mac Roman'}`}; repaired to "${r.repaired}"`, r.line, { data: { original: r.original, repaired: r.repaired, scheme: r.scheme } });
  }
  for (const u of unrecoverable) {
    ctx.report('warning', 'encoding.mojibake-unrecoverable', `"${u.original}" is what is left of an emoji (${u.block}) whose bytes were lost; removed`, u.line, { data: { original: u.original, block: u.block, scheme: 'utf16-low-bytes' } });
  }
  if (repairs.length) {
    const repairedLines = new Set(repairs.map((r) => r.line));
    const valid = lines.findIndex((l, i) => !repairedLines.has(i + 1) && /[^\x00-\x7F]/.test(l));
    if (valid >= 0) ctx.report('info', 'encoding.mixed', `the file mixes damaged text with valid non-ASCII text (line ${valid + 1}); only the damaged spans were repaired`, valid + 1);
    ctx.roadmap.meta.encoding = { detected: 'utf-8', repairs };
  }

  // YAML front matter: read, then blanked for the Markdown parser (line numbers unchanged).
  const front = readFrontMatter(ctx, lines);
  const parseText = front ? lines.map((l, i) => (i < front.endLine ? '' : l)).join('\n') : ctx.source;

  // Paragraphs' words are read from the source (markdown.ts), never from their phrasing content.
  const root = parseMarkdown(parseText, { phrasing: false });
  const tree = outline(root, parseText);
  ctx.source = parseText;
  const builder = new Builder(ctx);
  builder.build(tree);
  resolveAll(ctx, options);
  builder.sweep(tree);
  if (front) front.finish(builder);

  const meta = ctx.roadmap.meta;
  if (meta.title === 'Untitled roadmap' && options.file) meta.title = options.file.replace(/\.[^.]+$/, '');
  meta.source = { ...(options.file ? { file: options.file } : {}), line: 1, ...(lines.length > 1 ? { endLine: lines.length } : {}) };

  // Coverage.
  let blank = 0;
  let mapped = 0;
  let preserved = 0;
  let structural = 0;
  const unaccounted: number[] = [];
  for (let l = 1; l <= lines.length; l++) {
    if (!NON_BLANK.test(lines[l - 1]!)) {
      blank++;
      continue;
    }
    const c = ctx.claims[l];
    if (c === Claim.Mapped) mapped++;
    else if (c === Claim.Preserved) preserved++;
    else if (c === Claim.Structural) structural++;
    else unaccounted.push(l);
  }
  for (const l of unaccounted.slice(0, 50)) ctx.report('warning', 'coverage.unaccounted', 'no entity or section holds this line', l);
  const nonBlank = lines.length - blank;
  const coverage: ImportCoverage = { lines: lines.length, blank, mapped, preserved, structural, unaccounted, ratio: nonBlank ? Math.round(((nonBlank - unaccounted.length) / nonBlank) * 10000) / 10000 : 1 };

  // The model's own checks fill defaults and catch anything the builders got wrong (in place:
  // the roadmap is the importer's own, so what needs no change is not copied).
  const checked = validateRoadmap(ctx.roadmap, { inPlace: true });
  // By line; the sort is stable, so diagnostics of one line keep the order they were made in.
  const diagnostics = ctx.diagnostics.concat(checked.diagnostics).sort((a, b) => (a.source?.line ?? 0) - (b.source?.line ?? 0));
  return { roadmap: checked.roadmap ?? emptyRoadmap(options.file), diagnostics, coverage };
}
