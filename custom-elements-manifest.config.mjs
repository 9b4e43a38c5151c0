// The manifest documents the public API only: private and protected members are dropped, and
// events are the `roadmap-*` ones the elements declare with @fires (the analyzer also guesses
// events from `dispatchEvent(new SomeEvent(...))` calls and names them from the argument).
function publicApiOnly() {
  return {
    name: 'roadmap-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
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
