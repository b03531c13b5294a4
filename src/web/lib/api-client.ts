// The one way the web talks to /api: JSON in and out, the CSRF token on every
// write, and failures turned into ApiError carrying the server's Chinese message.
import type { ErrorCode, ErrorResponse, FieldError } from '../../shared/api/common';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details: FieldError[] = [],
    readonly requestId?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function isApiError(error: unknown, code?: ErrorCode): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

/** A message fit for the user: never an English code or stack. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return '无法连接服务器，请检查网络后重试';
}

// The CSRF token lives in memory only (never in storage): it comes with every
// session response (login, me, change-password).
let csrfToken: string | null = null;
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

// Session problems found by any request are handed to the app (set in main.tsx),
// which clears the session and routes to the login or change-password page.
type AuthProblem = 'UNAUTHENTICATED' | 'SESSION_EXPIRED' | 'PASSWORD_CHANGE_REQUIRED';
let onAuthProblem: (problem: AuthProblem) => void = () => {};
export function setAuthProblemHandler(handler: (problem: AuthProblem) => void): void {
  onAuthProblem = handler;
}

type Query = Record<string, string | number | boolean | null | undefined>;

export function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

interface RequestOptions {
  /** Do not report session problems to the app (the login and me calls handle them). */
  quietAuth?: boolean;
}

async function request<T>(method: string, path: string, body?: unknown, options: RequestOptions = {}) {
  const headers: Record<string, string> = { Accept: 'application/json' };
  // A FormData body (file upload) sets its own multipart Content-Type with the boundary.
  const isForm = body instanceof FormData;
  if (body !== undefined && !isForm) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'INTERNAL', '无法连接服务器，请检查网络后重试');
  }
  const text = await response.text();
  const data: unknown = text ? safeJson(text) : null;
  if (response.ok) return data as T;
  const error = (data as ErrorResponse | null)?.error;
  const apiError = error
    ? new ApiError(response.status, error.code, error.message, error.details ?? [], error.requestId)
    : new ApiError(response.status, 'INTERNAL', `服务器返回错误（${response.status}），请稍后重试`);
  if (
    !options.quietAuth &&
    (apiError.code === 'UNAUTHENTICATED' ||
      apiError.code === 'SESSION_EXPIRED' ||
      apiError.code === 'PASSWORD_CHANGE_REQUIRED')
  ) {
    onAuthProblem(apiError.code);
  }
  throw apiError;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export const api = {
  get: <T>(path: string, query?: Query, options?: RequestOptions) =>
    request<T>('GET', withQuery(path, query), undefined, options),
  post: <T>(path: string, body: unknown = {}, options?: RequestOptions) =>
    request<T>('POST', path, body, options),
  put: <T>(path: string, body: unknown, options?: RequestOptions) => request<T>('PUT', path, body, options),
  /** multipart/form-data (uploads), with the CSRF header like every write. */
  postForm: <T>(path: string, form: FormData, options?: RequestOptions) =>
    request<T>('POST', path, form, options),
};

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
