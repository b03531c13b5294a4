import { defineConfig } from 'vitest/config';

// Two projects: pure unit tests (src/shared and pure server helpers) and
// integration tests that boot the HTTP app on a fresh database. The integration
// project runs on PGlite by default and on PostgreSQL when FUYUAN_TEST_DB=postgres
// (scripts/test.mjs runs it a second time with TEST_DATABASE_URL).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts'],
          exclude: ['src/**/*.int.test.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['src/**/*.int.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: 'forks',
        },
      },
    ],
  },
});
