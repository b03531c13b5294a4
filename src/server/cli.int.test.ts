import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from './db/client';
import { makeWorkspace, runCli, type Workspace } from './test/spawn-server';

let workspace: Workspace;
beforeAll(async () => {
  workspace = await makeWorkspace();
});
afterAll(async () => workspace?.dispose());

describe('npx fuyuan', () => {
  it('seeds the demo locality once', () => {
    const first = runCli(['seed-demo'], { ...workspace.env, DEMO_PASSWORD: 'Demo-Passw0rd!' });
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('kecheng-coordinator');
    const again = runCli(['seed-demo'], workspace.env);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('未重复创建');
  });

  it('verifies the audit chain and exits non-zero on a break', async () => {
    const ok = runCli(['audit', 'verify'], workspace.env);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/审计日志校验通过：共 \d+ 条记录/);

    const database = await openDatabase(
      workspace.env.DATABASE_URL
        ? { url: workspace.env.DATABASE_URL }
        : { pgliteDir: `${workspace.env.DATA_DIR}/pglite` },
    );
    await database.db.execute(sql`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_delete`);
    await database.db.execute(sql`UPDATE audit_events SET after = '{"name":"伪造"}' WHERE id = 7`);
    await database.db.execute(sql`ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update_delete`);
    await database.close();

    const broken = runCli(['audit', 'verify'], workspace.env);
    expect(broken.status).toBe(2);
    expect(broken.stdout).toContain('第一处断点在记录 #7');
  });

  it('parses a case number into the documented JSON keys', () => {
    const result = runCli(['case-number', '(2021) 浙0825行初１２号之五'], workspace.env);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      valid: true,
      year: 2021,
      courtCode: '浙0825',
      specialCode: null,
      typeCode: '行初',
      typeName: '行政一审',
      number: 12,
      suffix: 5,
      administrative: true,
      normalized: '（2021）浙0825行初12号之五',
      errors: [],
    });
    const invalid = runCli(['case-number', '（2021）浙0825行初12'], workspace.env);
    expect(invalid.status).toBe(1);
    expect(JSON.parse(invalid.stdout).errors.length).toBeGreaterThan(0);
  });

  it('computes a deadline with its explanation', () => {
    const result = runCli(['deadline', 'litigation.defence', '2025-09-16'], workspace.env);
    expect(result.status).toBe(0);
    const deadline = JSON.parse(result.stdout);
    expect(deadline.due).toBe('2025-10-09');
    expect(deadline.explanation).toContain('国庆节');
    expect(deadline.warnings).toEqual([]);
    const unknown = runCli(['deadline', 'no.such.rule', '2025-09-16'], workspace.env);
    expect(unknown.status).toBe(64);
    expect(unknown.stderr).toContain('litigation.appeal.judgment');
  });

  it('prints its usage for an unknown command', () => {
    const result = runCli(['bogus'], workspace.env);
    expect(result.status).toBe(64);
    expect(result.stderr).toContain('用法：npx fuyuan');
  });
});
