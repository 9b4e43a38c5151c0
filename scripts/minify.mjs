// The last step of every shipped bundle, and of what `npm run size` and `npm run bench` measure:
// esbuild bundles and minifies, then terser compresses the result again (two passes, only
// transformations that keep the meaning of any code: no `unsafe` options). It finds what one
// esbuild pass leaves (inlining single-use functions and constants, joining statements), about
// 3% less after gzip.
import { minify } from 'terser';

/**
 * @param {string} code  esbuild's minified output (an ES module)
 * @param {{ map?: string, file?: string }} [sourceMap]  esbuild's source map, to carry it through
 * @returns {Promise<{ code: string, map?: string }>}
 */
export async function compress(code, sourceMap) {
  const out = await minify(code, {
    module: true,
    ecma: 2020,
    compress: { passes: 2 },
    mangle: true,
    format: { comments: false },
    ...(sourceMap?.map ? { sourceMap: { content: sourceMap.map, url: `${sourceMap.file}.map` } } : {}),
  });
  return { code: out.code ?? code, ...(typeof out.map === 'string' ? { map: out.map } : {}) };
}
