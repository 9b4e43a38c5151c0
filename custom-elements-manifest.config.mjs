export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/cli/**'],
  outdir: '.',
  litelement: true,
};
