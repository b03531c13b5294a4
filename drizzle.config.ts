import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: ['./src/server/db/schema/platform.ts', './src/server/db/schema/litigation.ts'],
  out: './src/server/db/migrations',
});
