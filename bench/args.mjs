// Paths and command-line options shared by the bench scripts.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** bench/ and the repository root. */
export const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, '..');
export const args = process.argv.slice(2);

/** The value after `--name` on the command line, or `fallback`. */
export function opt(name, fallback) {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
}
