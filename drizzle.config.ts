import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  // Every table file is exported from index.ts.
  schema: './src/server/db/schema/index.ts',
  out: './src/server/db/migrations',
});
