// db → migrations → demo seed on first start → http. Ctrl-C closes the server
// and then the database, so the embedded PGlite files are left intact.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { systemClock } from './clock';
import { formatDemoLogins, seedDemo } from './demo/seed-demo';
import { readEnv } from './env';
import { buildApp } from './http/app';
import { openConfiguredDatabase } from './start';

const WEB_ROOT = fileURLToPath(new URL('../../dist/web', import.meta.url));

async function main() {
  const env = readEnv();
  const database = await openConfiguredDatabase(env);
  if (env.seedDemo) {
    const result = await seedDemo({
      db: database.db,
      now: systemClock.now(),
      password: env.demoPassword,
      dataDir: env.dataDir,
    });
    if (result.seeded) process.stdout.write(formatDemoLogins(result));
  }
  const app = await buildApp({
    database,
    clock: systemClock,
    config: {
      loginRateLimit: env.loginRateLimit,
      cookieSecure: env.cookieSecure,
      trustProxy: env.trustProxy,
      logLevel: env.logLevel,
      webRoot: path.resolve(WEB_ROOT),
      dataDir: env.dataDir,
      maxUploadBytes: env.maxUploadMb * 1024 * 1024,
      schedulerIntervalMs: 60_000,
    },
  });

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info(`${signal}: 正在关闭…`);
    try {
      await app.close();
      await database.close();
      process.exit(0);
    } catch (error) {
      app.log.error(error);
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: env.port, host: env.host });
  const where = env.databaseUrl ? 'PostgreSQL' : `内置 PGlite（${path.join(env.dataDir, 'pglite')}）`;
  process.stdout.write(`府院 Fuyuan 已启动：http://localhost:${env.port}  数据库：${where}\n`);
}

main().catch((error) => {
  process.stderr.write(`启动失败：${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
