// Calls the periodic-report tests share: draft a report, publish it at its current version.
import { expect } from 'vitest';
import type { TestClient } from '../../test/test-app';

export async function createReport(client: TestClient, kind: string, periodKey: string) {
  const response = await client.post('/api/periodic-reports', { kind, periodKey });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}

export async function publishReport(client: TestClient, id: string) {
  const current = (await client.get(`/api/periodic-reports/${id}`)).body;
  return client.post(`/api/periodic-reports/${id}/publish`, { version: current.version });
}
