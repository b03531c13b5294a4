import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, api, setAuthProblemHandler, setCsrfToken, withQuery } from './api-client';

function respond(status: number, body: unknown) {
  const fetchMock = vi.fn(async () => new Response(JSON.stringify(body), { status }));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
  setAuthProblemHandler(() => {});
});

describe('api client', () => {
  it('leaves empty filters out of the query string', () => {
    expect(withQuery('/api/users', { q: '', role: 'clerk', status: undefined, page: 2 })).toBe(
      '/api/users?role=clerk&page=2',
    );
  });

  it('sends the CSRF token on writes only', async () => {
    const fetchMock = respond(200, { ok: true });
    setCsrfToken('t0ken');
    await api.post('/api/auth/logout');
    await api.get('/api/auth/me');
    const headersOf = (call: number) =>
      (fetchMock.mock.calls[call] as unknown as [string, RequestInit])[1].headers;
    expect(headersOf(0)).toMatchObject({ 'X-CSRF-Token': 't0ken' });
    expect(headersOf(1)).not.toHaveProperty('X-CSRF-Token');
  });

  it('turns the error shape into an ApiError with the Chinese message and field details', async () => {
    respond(400, {
      error: {
        code: 'VALIDATION_FAILED',
        message: '填写的内容有误：username：用户名已存在',
        details: [{ field: 'username', message: '用户名已存在' }],
        requestId: 'r1',
      },
    });
    const error = await api.post('/api/users', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: '填写的内容有误：username：用户名已存在',
      details: [{ field: 'username', message: '用户名已存在' }],
    });
  });

  it('reports a timed-out session to the app, unless the caller handles it', async () => {
    const problems: string[] = [];
    setAuthProblemHandler((problem) => problems.push(problem));
    respond(401, { error: { code: 'SESSION_EXPIRED', message: '登录已超时，请重新登录' } });
    await api.get('/api/users').catch(() => {});
    await api.get('/api/auth/me', undefined, { quietAuth: true }).catch(() => {});
    expect(problems).toEqual(['SESSION_EXPIRED']);
  });

  it('says in Chinese that the server cannot be reached', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await expect(api.get('/api/orgs')).rejects.toMatchObject({ message: '无法连接服务器，请检查网络后重试' });
  });
});
