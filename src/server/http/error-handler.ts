// Turns every failure into the one error shape. No stack trace or SQL text
// ever reaches a client: unknown errors are logged and answered as INTERNAL.
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ErrorCode, ErrorResponse, FieldError } from '../../shared/api/common';
import { withFieldLabel } from '../../shared/api/field-labels';
import { AppError, HTTP_STATUS } from './errors';

// What the user sent, in their words: the form's contents, the filters, the address.
const PART_LABELS: Record<string, string> = {
  body: '填写的内容',
  querystring: '查询条件',
  params: '访问地址',
};

function send(
  reply: FastifyReply,
  req: FastifyRequest,
  code: ErrorCode,
  message: string,
  details?: FieldError[],
) {
  const body: ErrorResponse = { error: { code, message, details, requestId: String(req.id) } };
  return reply.status(HTTP_STATUS[code]).type('application/json; charset=utf-8').send(body);
}

function zodDetails(error: FastifyError): FieldError[] {
  return (error.validation ?? []).map((v) => {
    const field = v.instancePath.replace(/^\//, '').replaceAll('/', '.');
    return { field, message: withFieldLabel(field, v.message ?? '输入无效') };
  });
}

function isUniqueViolation(error: unknown): boolean {
  const cause = (error as { cause?: { code?: string } }).cause;
  return (error as { code?: string }).code === '23505' || cause?.code === '23505';
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, req, reply) => {
    if (error instanceof AppError) return send(reply, req, error.code, error.message, error.details);
    if (hasZodFastifySchemaValidationErrors(error)) {
      const details = zodDetails(error);
      const part = PART_LABELS[error.validationContext ?? ''] ?? '请求';
      const first = details[0];
      const message = first ? `${part}有误：${first.message}` : `${part}有误`;
      return send(reply, req, 'VALIDATION_FAILED', message, details);
    }
    if (error.statusCode === 429) return send(reply, req, 'RATE_LIMITED', '请求过于频繁，请稍后再试');
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
      return send(reply, req, 'PAYLOAD_TOO_LARGE', '请求体过大');
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return send(reply, req, 'VALIDATION_FAILED', '请求体类型不受支持，请以 application/json 发送');
    }
    if (error.code?.startsWith('FST_ERR_CTP') || error.statusCode === 400) {
      return send(reply, req, 'VALIDATION_FAILED', '请求体不是有效的 JSON');
    }
    if (isUniqueViolation(error)) {
      // Two writers raced past the duplicate check of a command: the unique index caught it.
      return send(reply, req, 'DUPLICATE', '该记录与已有记录重复（可能刚被他人创建），请刷新后重试');
    }
    req.log.error({ err: error }, 'unhandled error');
    return send(
      reply,
      req,
      'INTERNAL',
      '服务器内部错误，请稍后重试；如持续出现请联系系统管理员并提供请求编号',
    );
  });

  app.setNotFoundHandler((req, reply) => {
    const webRoot = app.config.webRoot;
    const isApi = req.url.startsWith('/api/') || req.url === '/api';
    if (!isApi && req.method === 'GET' && webRoot && fs.existsSync(path.join(webRoot, 'index.html'))) {
      // Client-side routes of the single-page app.
      return reply.type('text/html; charset=utf-8').sendFile('index.html');
    }
    return send(reply, req, 'NOT_FOUND', `接口不存在：${req.method} ${req.url.split('?')[0]}`);
  });
}
