import fs from 'node:fs';

// The temporary database of this run; nothing in it is worth keeping.
export default function globalTeardown() {
  const dir = process.env.FUYUAN_E2E_DATA_DIR;
  if (dir?.includes('fuyuan-e2e-')) fs.rmSync(dir, { recursive: true, force: true });
}
