// Copies static assets into dist/: the tokens stylesheet.
import { copyFileSync, mkdirSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
mkdirSync(`${root}dist`, { recursive: true });
copyFileSync(`${root}src/styles/tokens.css`, `${root}dist/tokens.css`);
console.log('assets: dist/tokens.css');
