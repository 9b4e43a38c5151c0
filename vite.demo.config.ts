// `npm start`: the demo site (dashboard, embed page, per-view pages) served from demo/,
// importing the library straight from src/. The seed roadmaps and other fixtures under
// test/fixtures/ are served at /fixtures/ (and /test/fixtures/).
import { createReadStream, existsSync, statSync, cpSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const here = import.meta.dirname;
const fixtures = resolve(here, 'test/fixtures');
const TYPES: Record<string, string> = { '.json': 'application/json', '.md': 'text/markdown; charset=utf-8', '.txt': 'text/plain; charset=utf-8' };

/** Serves test/fixtures in development and copies it into the built site. */
function fixturesPlugin(): Plugin {
  return {
    name: 'roadmap-fixtures',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = decodeURIComponent((req.url ?? '').split('?')[0]!);
        const m = /^\/(?:test\/)?fixtures\/(.*)$/.exec(url);
        if (!m) return next();
        const file = normalize(join(fixtures, m[1]!));
        if (!file.startsWith(fixtures) || !existsSync(file) || !statSync(file).isFile()) return next();
        res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
        createReadStream(file).pipe(res);
      });
    },
    closeBundle() {
      cpSync(fixtures, resolve(here, 'dist/site/fixtures'), { recursive: true });
    },
  };
}

export default defineConfig({
  root: resolve(here, 'demo'),
  publicDir: false,
  plugins: [fixturesPlugin()],
  server: { port: 5173, fs: { allow: [here] } },
  resolve: { alias: { '/src': resolve(here, 'src'), '/test': resolve(here, 'test'), '/bench': resolve(here, 'bench') } },
  build: {
    outDir: resolve(here, 'dist/site'),
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: {
      input: Object.fromEntries(['index', 'embed'].filter((n) => existsSync(resolve(here, `demo/${n}.html`))).map((n) => [n, resolve(here, `demo/${n}.html`)])),
    },
  },
});
