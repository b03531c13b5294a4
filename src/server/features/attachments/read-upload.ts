// Reads the multipart upload: the one file is streamed into staging (hashed as
// it is written, never held in memory), the text fields are collected. Fields
// may come before or after the file.
import type { FastifyRequest } from 'fastify';
import type { FileStorage, StagedFile } from '../../files/file-storage';
import { AppError, fieldError } from '../../http/errors';

export interface Upload {
  staged: StagedFile;
  fileName: string | undefined;
  fields: Record<string, string>;
}

const MB = 1024 * 1024;

export function tooLarge(maxBytes: number): AppError {
  const limit = maxBytes >= MB ? `${Math.round((maxBytes / MB) * 10) / 10} MB` : `${maxBytes} 字节`;
  return new AppError('PAYLOAD_TOO_LARGE', `文件超过大小上限（${limit}），请压缩或拆分后再上传`);
}

export async function readUpload(
  req: FastifyRequest,
  options: { storage: FileStorage; maxBytes: number },
): Promise<Upload> {
  if (!req.isMultipart()) {
    throw new AppError('VALIDATION_FAILED', '请以 multipart/form-data 表单上传文件', [
      { field: 'file', message: '请选择要上传的文件' },
    ]);
  }
  const { storage, maxBytes } = options;
  let staged: StagedFile | undefined;
  let fileName: string | undefined;
  const fields: Record<string, string> = {};
  try {
    // @fastify/busboy decodes non-ASCII file names as UTF-8, as browsers send them.
    const parts = req.parts({
      limits: { fileSize: maxBytes, files: 1, fields: 10, fieldSize: 10_000, parts: 12 },
    });
    for await (const part of parts) {
      if (part.type === 'file') {
        staged = await storage.stage(part.file);
        fileName = part.filename;
        // busboy stops writing at the limit and marks the stream truncated.
        if (part.file.truncated) throw tooLarge(maxBytes);
      } else if (typeof part.value === 'string') {
        fields[part.fieldname] = part.value;
      }
    }
  } catch (error) {
    if (staged) await storage.discard(staged);
    throw translateMultipartError(error, maxBytes);
  }
  if (!staged) throw fieldError('file', '请选择要上传的文件');
  if (staged.size === 0) {
    await storage.discard(staged);
    throw fieldError('file', '文件内容为空，请重新选择');
  }
  return { staged, fileName, fields };
}

function translateMultipartError(error: unknown, maxBytes: number): unknown {
  if (error instanceof AppError) return error;
  switch ((error as { code?: string }).code) {
    case 'FST_REQ_FILE_TOO_LARGE':
      return tooLarge(maxBytes);
    case 'FST_FILES_LIMIT':
      return fieldError('file', '一次只能上传一个文件');
    case 'FST_FIELDS_LIMIT':
    case 'FST_PARTS_LIMIT':
      return new AppError('VALIDATION_FAILED', '上传表单的字段过多');
    case 'FST_PROTO_VIOLATION':
    case 'FST_MP_PREMATURE_CLOSE':
      return new AppError('VALIDATION_FAILED', '上传表单不完整或格式有误，请重新上传');
    default:
      return error;
  }
}
