// Answers a download with a stored file: its real type, its (Chinese) name in
// Content-Disposition, and no caching or type sniffing by the browser.
import type { FastifyReply } from 'fastify';
import { AppError } from '../http/errors';
import { contentDisposition } from './content-disposition';
import type { FileStorage } from './file-storage';

export async function sendStoredFile(
  reply: FastifyReply,
  storage: FileStorage,
  file: { sha256: string; mimeType: string; fileName: string; size: number },
) {
  const stream = await storage.open(file.sha256);
  if (!stream) throw new AppError('NOT_FOUND', '文件内容已丢失，请联系系统管理员');
  return reply
    .type(file.mimeType)
    .header('content-disposition', contentDisposition(file.fileName))
    .header('content-length', file.size)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .send(stream);
}
