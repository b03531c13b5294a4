import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { cfbKindOf } from './cfb-kind';
import { cleanFileName, contentDisposition } from './content-disposition';
import { detectFileType } from './detect-file-type';
import { localFileStorage } from './local-file-storage';
import { sampleCfb, sampleDocx, sampleExe, samplePdf, sampleXlsx, sampleZip } from './sample-files';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fuyuan-files-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, bytes: Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

describe('detectFileType', () => {
  it.each([
    ['a.pdf', samplePdf, 'pdf'],
    ['renamed.pdf', () => sampleDocx(), 'docx'],
    ['sheet.bin', () => sampleXlsx(), 'xlsx'],
    ['plain.zip', () => sampleZip(), 'zip'],
    ['setup.pdf', sampleExe, 'exe'],
    ['old.doc', () => sampleCfb('WordDocument'), 'doc'],
    ['old.xls', () => sampleCfb('Workbook'), 'xls'],
    ['other.doc', () => sampleCfb('Contents'), 'cfb'],
  ])('%s is recognised by content as %s', async (name, make, ext) => {
    const detected = await detectFileType(write(name, await make()));
    expect(detected?.ext).toBe(ext);
  });

  it('recognises nothing in plain text', async () => {
    expect(await detectFileType(write('note.txt', Buffer.from('只是文字')))).toBeNull();
  });

  it('reads a truncated compound file without failing', async () => {
    expect(await cfbKindOf(write('cut.doc', sampleCfb('WordDocument').subarray(0, 700)))).toBeNull();
  });
});

describe('contentDisposition', () => {
  it('carries the Chinese name in filename* and an ASCII fallback', () => {
    expect(contentDisposition('起诉状 (副本).pdf')).toBe(
      `attachment; filename="___ (__).pdf"; filename*=UTF-8''%E8%B5%B7%E8%AF%89%E7%8A%B6%20%28%E5%89%AF%E6%9C%AC%29.pdf`,
    );
    expect(contentDisposition('a"b\\c.txt')).toContain('filename="a_b_c.txt"');
  });

  it('cleans a file name of paths and control characters and keeps the extension when shortening', () => {
    expect(cleanFileName('C:\\Users\\张三\\证据\u0007.pdf', 'x')).toBe('证据.pdf');
    expect(cleanFileName('   ', '材料')).toBe('材料');
    const long = cleanFileName(`${'长'.repeat(300)}.docx`, 'x');
    expect(long).toHaveLength(200);
    expect(long.endsWith('.docx')).toBe(true);
  });
});

describe('localFileStorage', () => {
  it('stores content by its SHA-256 once, and removes it on request', async () => {
    const storage = localFileStorage(dir);
    const staged = await storage.stage(Readable.from([Buffer.from('证据'), Buffer.from('材料')]));
    expect(staged.sha256).toBe('63bc7bcf0453981b9ff4b693e0a5bf6c5eaf7a10bf7fa7304e3b9be39b7922b7');
    expect(staged.size).toBe(Buffer.byteLength('证据材料'));
    expect(await storage.commit(staged)).toEqual({ isNew: true });
    const stored = path.join(dir, 'files', staged.sha256.slice(0, 2), staged.sha256);
    expect(fs.readFileSync(stored, 'utf8')).toBe('证据材料');
    expect(fs.existsSync(staged.path)).toBe(false);
    const again = await storage.put(Buffer.from('证据材料'));
    expect(again).toEqual({ sha256: staged.sha256, size: staged.size, isNew: false });
    expect(fs.readdirSync(path.join(dir, 'files', 'tmp'))).toEqual([]);
    await storage.remove(staged.sha256);
    expect(await storage.open(staged.sha256)).toBeNull();
    await expect(storage.remove('../../etc/passwd')).rejects.toThrow('invalid sha256');
  });
});
