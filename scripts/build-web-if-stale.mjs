// `npm start` builds the web UI only when dist/web is missing or older than
// its sources, so a second start is quick.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const builtIndex = path.join(root, 'dist/web/index.html');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const mtime = entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs;
    if (mtime > newest) newest = mtime;
  }
  return newest;
}

const sources = [path.join(root, 'src/web'), path.join(root, 'src/shared')];
const sourceTime = Math.max(
  ...sources.map(newestMtime),
  fs.statSync(path.join(root, 'vite.config.ts')).mtimeMs,
);
const isStale = !fs.existsSync(builtIndex) || fs.statSync(builtIndex).mtimeMs < sourceTime;
if (isStale) {
  console.log('正在构建网页界面…');
  execFileSync(
    process.execPath,
    [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
}
