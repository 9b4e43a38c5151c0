// `npm start`: the demo site (dashboard, embed page, per-view pages) served from demo/,
// importing the library straight from src/. Seed roadmaps are under test/fixtures/.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  root: resolve(import.meta.dirname, 'demo'),
  publicDir: false,
  server: { port: 5173, fs: { allow: [resolve(import.meta.dirname)] } },
  resolve: { alias: { '/src': resolve(import.meta.dirname, 'src'), '/test': resolve(import.meta.dirname, 'test') } },
  build: {
    outDir: resolve(import.meta.dirname, 'dist/site'),
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: {
      input: {
        index: resolve(import.meta.dirname, 'demo/index.html'),
      },
    },
  },
});
