// FileStorage on the local disk: `<dataDir>/files/<sha256[0..2]>/<sha256>`,
// staged under `<dataDir>/files/tmp/` and moved in place with a rename, so a
// reader never sees a half-written file.
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { AppConfig } from '../http/app';
import type { FileStorage, StagedFile } from './file-storage';

const SHA256 = /^[0-9a-f]{64}$/;

export function localFileStorage(dataDir: string): FileStorage {
  const root = path.join(dataDir, 'files');
  const tmp = path.join(root, 'tmp');

  const finalPath = (sha256: string) => {
    // The hash becomes a path: accept nothing but a hex digest.
    if (!SHA256.test(sha256)) throw new Error(`invalid sha256 ${sha256}`);
    return path.join(root, sha256.slice(0, 2), sha256);
  };

  async function moveIntoPlace(from: string, sha256: string): Promise<boolean> {
    const target = finalPath(sha256);
    if (await exists(target)) {
      await fsp.rm(from, { force: true });
      return false;
    }
    await fsp.mkdir(path.dirname(target), { recursive: true });
    await fsp.rename(from, target);
    return true;
  }

  return {
    async stage(source) {
      await fsp.mkdir(tmp, { recursive: true });
      const staged = path.join(tmp, randomUUID());
      const hash = createHash('sha256');
      let size = 0;
      const counter = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          hash.update(chunk);
          size += chunk.length;
          done(null, chunk);
        },
      });
      try {
        await pipeline(source, counter, fs.createWriteStream(staged, { flags: 'wx' }));
      } catch (error) {
        await fsp.rm(staged, { force: true });
        throw error;
      }
      return { sha256: hash.digest('hex'), size, path: staged };
    },

    async commit(staged: StagedFile) {
      return { isNew: await moveIntoPlace(staged.path, staged.sha256) };
    },

    async discard(staged: StagedFile) {
      await fsp.rm(staged.path, { force: true });
    },

    async put(bytes) {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      await fsp.mkdir(tmp, { recursive: true });
      const staged = path.join(tmp, randomUUID());
      await fsp.writeFile(staged, bytes, { flag: 'wx' });
      return { sha256, size: bytes.byteLength, isNew: await moveIntoPlace(staged, sha256) };
    },

    async remove(sha256) {
      await fsp.rm(finalPath(sha256), { force: true });
    },

    async open(sha256) {
      const file = finalPath(sha256);
      if (!(await exists(file))) return null;
      return fs.createReadStream(file);
    },
  };
}

async function exists(file: string): Promise<boolean> {
  try {
    await fsp.access(file);
    return true;
  } catch {
    return false;
  }
}

// One storage per app configuration (route plugins see the same config object).
const storages = new WeakMap<AppConfig, FileStorage>();

/** The app's file storage, made on first use from `config.dataDir`. */
export function fileStorageOf(config: AppConfig): FileStorage {
  let storage = storages.get(config);
  if (!storage) {
    if (!config.dataDir) throw new Error('AppConfig.dataDir is not set: files cannot be stored');
    storage = localFileStorage(config.dataDir);
    storages.set(config, storage);
  }
  return storage;
}
