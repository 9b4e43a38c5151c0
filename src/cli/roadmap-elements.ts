#!/usr/bin/env node
/**
 * `roadmap-elements` command line:
 *   roadmap-elements import <file.md> [-o out.json] [--as-of YYYY-MM-DD] [--strict]
 *   roadmap-elements validate <file.json>
 * Diagnostics go to stderr as `file:line:col severity code message`. Exit 0 when clean, 1 on
 * errors (or warnings with --strict), 2 on usage errors.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseRoadmapMarkdown } from '../importer/index.js';
import { isPlainDate, validateRoadmap, type Diagnostic } from '../model/index.js';

const USAGE = `Usage:
  roadmap-elements import <file.md> [-o out.json] [--as-of YYYY-MM-DD] [--strict] [--quiet]
  roadmap-elements validate <file.json> [--strict]

import    read a Markdown roadmap; print the model as JSON (or write it with -o)
validate  check a JSON roadmap against the model
--as-of   date that relative periods ("Next 3 months") count from
--strict  treat warnings as errors (exit 1)
--quiet   print errors and warnings only, not info diagnostics`;

class UsageError extends Error {}

interface Args {
  command: 'import' | 'validate';
  file: string;
  out?: string;
  asOf?: string;
  strict: boolean;
  quiet: boolean;
}

function parseArgs(argv: string[]): Args {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') throw new UsageError('');
  if (command !== 'import' && command !== 'validate') throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  const args: Partial<Args> = { command, strict: false, quiet: false };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a === '-o' || a === '--out' || a === '--output') {
      if (command !== 'import') throw new UsageError(`${a} is only for import`);
      const v = rest[++i];
      if (!v) throw new UsageError(`${a} needs a file name`);
      args.out = v;
    } else if (a === '--as-of' || a.startsWith('--as-of=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : rest[++i];
      if (!v || !isPlainDate(v)) throw new UsageError(`--as-of needs a date YYYY-MM-DD${v ? `; got "${v}"` : ''}`);
      args.asOf = v;
    } else if (a === '--strict') args.strict = true;
    else if (a === '--quiet' || a === '-q') args.quiet = true;
    else if (a === '-h' || a === '--help') throw new UsageError('');
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option "${a}"`);
    else if (args.file) throw new UsageError(`one file at a time; got "${args.file}" and "${a}"`);
    else args.file = a;
  }
  if (!args.file) throw new UsageError(`${command} needs a file`);
  return args as Args;
}

/** `file:line:col severity code message`; without a line, the JSON path stands in. */
export function formatDiagnostic(file: string, d: Diagnostic): string {
  const where = d.source ? `${file}:${d.source.line}:${d.source.column ?? 1}` : d.path ? `${file}:${d.path}` : file;
  const message = d.message.replace(/^line \d+: /, '');
  return `${where} ${d.severity} ${d.code} ${message}`;
}

function readInput(file: string): string {
  try {
    return file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `no such file: ${file}` : code === 'EISDIR' ? `${file} is a directory` : `cannot read ${file}: ${(error as Error).message}`);
  }
}

function report(file: string, diagnostics: Diagnostic[], quiet: boolean): void {
  for (const d of diagnostics) if (!quiet || d.severity !== 'info') process.stderr.write(`${formatDiagnostic(file, d)}\n`);
}

function exitCode(diagnostics: Diagnostic[], strict: boolean): number {
  return diagnostics.some((d) => d.severity === 'error' || (strict && d.severity === 'warning')) ? 1 : 0;
}

export function main(argv: string[]): number {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      if (!error.message) {
        process.stdout.write(`${USAGE}\n`);
        return 0;
      }
      process.stderr.write(`roadmap-elements: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
  try {
    const text = readInput(args.file);
    const name = args.file === '-' ? 'stdin' : args.file;
    if (args.command === 'import') {
      const { roadmap, diagnostics, coverage } = parseRoadmapMarkdown(text, { file: basename(name), ...(args.asOf ? { asOf: args.asOf } : {}) });
      const doc = { ...roadmap, diagnostics };
      const checked = validateRoadmap(doc);
      const all = [...diagnostics, ...checked.diagnostics.filter((d) => d.severity === 'error')];
      report(name, all, args.quiet);
      const json = `${JSON.stringify(doc, null, 2)}\n`;
      if (args.out) writeFileSync(args.out, json);
      else process.stdout.write(json);
      const pct = (coverage.ratio * 100).toFixed(1);
      process.stderr.write(`${name}: ${pct}% of ${coverage.lines - coverage.blank} non-blank lines accounted for (${coverage.mapped} mapped, ${coverage.preserved} kept in sections, ${coverage.structural} structural${coverage.unaccounted.length ? `, ${coverage.unaccounted.length} unaccounted` : ''}); ${roadmap.initiatives.length} initiatives, ${roadmap.milestones.length} milestones, ${roadmap.metrics.length} metrics, ${roadmap.risks.length} risks\n`);
      return exitCode(all, args.strict);
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      const message = String((error as Error).message);
      const pos = /position (\d+)/.exec(message);
      let line = 1;
      let col = 1;
      if (pos) {
        const before = text.slice(0, Number(pos[1]));
        line = before.split('\n').length;
        col = Number(pos[1]) - before.lastIndexOf('\n');
      }
      process.stderr.write(`${name}:${line}:${col} error input.json-syntax ${message.replace(/\s*in JSON at position \d+.*$/, '')}\n`);
      return 1;
    }
    // The parsed document is this command's own: checked in place.
    const { diagnostics } = validateRoadmap(value, { inPlace: true });
    report(name, diagnostics, args.quiet);
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
    process.stderr.write(`${name}: ${errors ? `${errors} error${errors === 1 ? '' : 's'}` : 'valid'}${warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : ''}\n`);
    return exitCode(diagnostics, args.strict);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`roadmap-elements: ${error.message}\n`);
      return 2;
    }
    process.stderr.write(`roadmap-elements: ${(error as Error)?.stack ?? String(error)}\n`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
