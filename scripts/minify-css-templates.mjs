// Minifies the CSS inside Lit `css\`…\`` templates at build time (the JS minifier leaves template
// text alone). Conservative: drops comments and collapses white space; never touches `${…}` parts.

/**
 * Minify one CSS text chunk (between interpolations). Quoted strings (`content: 'As written: '`)
 * are kept as they are; a space after a colon is never needed outside them (`prop: value`,
 * `(max-width: 40em)`; custom property values are trimmed by the browser anyway), nor a zero
 * before a decimal point (`0.75em`).
 */
export function minifyCssText(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/('[^'\n]*'|"[^"\n]*")/)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};,>])\s*/g, '$1')
            .replace(/;}/g, '}')
            .replace(/:\s+/g, ':')
            .replace(/\s+!important/g, '!important')
            .replace(/([\s:,(/-])0\.(\d)/g, '$1.$2'),
    )
    .join('')
    .trim();
}

/** Rewrite every css`…` template in a module's source. */
export function minifyCssTemplates(code) {
  return code.replace(/\bcss`((?:[^`\\$]|\\.|\$(?!\{)|\$\{[^}]*\})*)`/g, (_, body) => {
    const parts = body.split(/(\$\{[^}]*\})/);
    // Keep a space next to interpolations so that `${a} ${b}` stays two values.
    return `css\`${parts.map((p, i) => (i % 2 ? p : minifyCssText(p).replace(/^(?=.)/, i > 0 && /^\s/.test(p) ? ' ' : '').replace(/(?<=.)$/, i < parts.length - 1 && /\s$/.test(p) ? ' ' : ''))).join('')}\``;
  });
}

/** Vite / Rolldown plugin. */
export function minifyCssTemplatesPlugin() {
  return {
    name: 'minify-css-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      return { code: minifyCssTemplates(code), map: null };
    },
  };
}

/** esbuild plugin (size measurement). */
export function minifyCssTemplatesEsbuild() {
  return {
    name: 'minify-css-templates',
    setup(build) {
      build.onLoad({ filter: /\/src\/.*\.ts$/ }, async (args) => {
        const { readFile } = await import('node:fs/promises');
        const code = await readFile(args.path, 'utf8');
        return { contents: code.includes('css`') ? minifyCssTemplates(code) : code, loader: 'ts' };
      });
    },
  };
}
