// `npm test`: typecheck, lint, unit and integration tests on PGlite, the same
// integration tests on PostgreSQL when TEST_DATABASE_URL is set, and the
// browser tests when Chromium is present. With CI=true a missing PostgreSQL or
// Chromium is a failure, not a skip.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const isCi = process.env.CI === 'true' || process.env.CI === '1';
const bin = (name) => path.join(root, 'node_modules/.bin', name);
const results = [];

function step(name, command, args, env = {}) {
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  const run = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = run.status === 0;
  results.push({ name, ok, seconds: Math.round((Date.now() - started) / 1000) });
  if (!ok) finish();
}

function missing(name, reason) {
  if (isCi) {
    console.error(`\n✗ ${name}: ${reason} (CI=true: a missing prerequisite is a failure)`);
    results.push({ name, ok: false, seconds: 0 });
    finish();
  }
  console.warn(`\n! ${name} skipped: ${reason}`);
  results.push({ name, ok: true, skipped: true, seconds: 0 });
}

function finish() {
  console.log('\nSummary:');
  for (const r of results)
    console.log(
      `  ${r.ok ? (r.skipped ? '-' : '✓') : '✗'} ${r.name}${r.skipped ? ' (skipped)' : ` (${r.seconds}s)`}`,
    );
  const failed = results.filter((r) => !r.ok).length;
  process.exit(failed > 0 ? 1 : 0);
}

function findChromium() {
  if (process.env.CHROMIUM_PATH && fs.existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser'])
    if (fs.existsSync(candidate)) return candidate;
  return null;
}

step('typecheck', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
step('lint', bin('biome'), ['check', '.']);
step('unit + integration tests (PGlite)', bin('vitest'), ['run']);

if (process.env.TEST_DATABASE_URL) {
  step('integration tests (PostgreSQL)', bin('vitest'), ['run', '--project', 'integration'], {
    FUYUAN_TEST_DB: 'postgres',
  });
} else {
  missing('integration tests (PostgreSQL)', 'TEST_DATABASE_URL is not set');
}

const chromium = findChromium();
if (chromium) {
  step('build web', bin('vite'), ['build', '--logLevel', 'warn']);
  step('browser tests (Chromium)', bin('playwright'), ['test'], { CHROMIUM_PATH: chromium });
} else {
  missing('browser tests (Chromium)', 'chromium is not installed (apt-get install -y chromium)');
}
finish();
