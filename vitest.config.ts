import { defineConfig } from 'vitest/config';

// Two projects: fast unit/component tests, and browser end-to-end tests that drive the built
// extension and widgets in Debian's Chromium (one at a time: the machine has two cores).
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}', 'shared/**/*.test.{ts,tsx}', 'widgets/**/*.test.{ts,tsx}', 'extension/**/*.test.{ts,tsx}'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
});
