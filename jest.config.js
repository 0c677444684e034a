/** Jest in native ESM mode; TypeScript is stripped by SWC. */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript' }, target: 'es2023' }, module: { type: 'es6' } },
    ],
  },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testMatch: ['<rootDir>/{actions,packages}/*/test/**/*.test.ts'],
  // A safety net only: tests wait on conditions, never on durations, so a busy machine is slower, not red.
  testTimeout: 300_000,
};
