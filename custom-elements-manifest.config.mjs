// The manifest documents the public API only: private and protected members are dropped, and
// events are the `roadmap-*` ones the elements declare with @fires (the analyzer also guesses
// events from `dispatchEvent(new SomeEvent(...))` calls and names them from the argument).
// Modules are sorted by path, so that the output does not depend on the file system's order.
function publicApiOnly() {
  return {
    name: 'roadmap-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      // Modules in path order: the analyzer lists them in the order the file system returns the
      // files, which differs from one checkout (or cache state) to another.
      customElementsManifest.modules?.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      for (const mod of customElementsManifest.modules ?? []) {
        for (const decl of mod.declarations ?? []) {
          if (decl.members) decl.members = decl.members.filter((m) => m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('_') && !m.name.startsWith('#'));
          if (decl.events) decl.events = decl.events.filter((e) => typeof e.name === 'string' && e.name.startsWith('roadmap-'));
        }
      }
    },
  };
}

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/cli/**'],
  outdir: '.',
  litelement: true,
  plugins: [publicApiOnly()],
};
