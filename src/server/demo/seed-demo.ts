// Creates the demo locality and one account per role, audited as the system.
// Idempotent: a database that already holds organisations is left alone.
import { count } from 'drizzle-orm';
import type { Db } from '../db/client';
import { courtJurisdictions, courts, organisations, users } from '../db/schema';
import { recordAudit } from '../features/audit/record-audit';
import { hashPassword } from '../features/auth/passwords';
import { generatePassword } from '../features/auth/tokens';
import { localFileStorage } from '../files/local-file-storage';
import { SYSTEM_AUDIT_CONTEXT } from '../http/principal';
import {
  DEMO_ACCOUNTS,
  DEMO_COURTS,
  DEMO_GOVERNMENT,
  DEMO_JURISDICTION,
  type DemoOrg,
} from './demo-locality';
import { seedDemoAssessment } from './seed-demo-assessment';
import { seedDemoBulletins } from './seed-demo-bulletins';
import { seedDemoCases } from './seed-demo-cases';
import { seedDemoReports } from './seed-demo-reports';
import { seedDemoSuggestions } from './seed-demo-suggestions';

export interface SeedResult {
  seeded: boolean;
  password?: string;
  passwordGenerated?: boolean;
  accounts: { username: string; role: string; organisation: string }[];
  orgIds: Record<string, string>;
  cases?: number;
}

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(organisations);
  return (row?.n ?? 0) === 0;
}

export async function seedDemo(options: {
  db: Db;
  now: Date;
  password?: string;
  /** The demo cases and bulletins; tests start from the locality alone. */
  withCases?: boolean;
  /** Where stored files live (DATA_DIR): the demo's published report archives its Word file there. */
  dataDir?: string;
}): Promise<SeedResult> {
  const { db, now } = options;
  if (!(await isDatabaseEmpty(db))) return { seeded: false, accounts: [], orgIds: {} };
  const password = options.password ?? generatePassword(14);
  const passwordHash = await hashPassword(password);
  const orgIds: Record<string, string> = {};
  const orgNames: Record<string, string> = {};

  const result: SeedResult = await db.transaction(async (tx) => {
    async function insertTree(node: DemoOrg, parentId: string | null, parentPath: string) {
      const id = crypto.randomUUID();
      const path = `${parentPath}${id}/`;
      orgIds[node.key] = id;
      orgNames[node.key] = node.name;
      const row = {
        id,
        parentId,
        path,
        name: node.name,
        kind: node.kind,
        regionCode: node.regionCode,
        uscc: node.uscc ?? null,
        createdAt: now,
        updatedAt: now,
      };
      await tx.insert(organisations).values(row);
      if (node.court) {
        await tx.insert(courts).values({
          organisationId: id,
          courtCode: node.court.courtCode,
          level: node.court.level,
          regionCode: node.regionCode,
        });
      }
      await recordAudit(tx, SYSTEM_AUDIT_CONTEXT, now, {
        event: 'org.created',
        targetType: 'organisation',
        targetId: id,
        targetLabel: node.name,
        after: { name: node.name, kind: node.kind, parentId, regionCode: node.regionCode, uscc: row.uscc },
      });
      for (const child of node.children ?? []) await insertTree(child, id, path);
    }
    await insertTree(DEMO_GOVERNMENT, null, '/');
    await insertTree(DEMO_COURTS, null, '/');

    for (const regionCode of DEMO_JURISDICTION.regionCodes) {
      await tx.insert(courtJurisdictions).values({
        courtId: orgIds[DEMO_JURISDICTION.courtKey]!,
        regionCode,
        caseScope: DEMO_JURISDICTION.caseScope,
        effectiveFrom: DEMO_JURISDICTION.effectiveFrom,
        basis: DEMO_JURISDICTION.basis,
      });
    }

    for (const account of DEMO_ACCOUNTS) {
      const [user] = await tx
        .insert(users)
        .values({
          username: account.username,
          displayName: account.displayName,
          organisationId: orgIds[account.orgKey]!,
          roles: [account.role],
          passwordHash,
          mustChangePassword: false, // demo accounts keep the printed password
          isDemo: true,
          passwordChangedAt: now,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      await recordAudit(tx, SYSTEM_AUDIT_CONTEXT, now, {
        event: 'user.created',
        targetType: 'user',
        targetId: user!.id,
        targetLabel: account.username,
        after: {
          username: account.username,
          organisationId: user!.organisationId,
          roles: [account.role],
          isDemo: true,
        },
      });
    }
    await recordAudit(tx, SYSTEM_AUDIT_CONTEXT, now, {
      event: 'demo.seeded',
      targetType: 'system',
      targetLabel: '演示数据：衢州市',
      after: { organisations: Object.keys(orgIds).length, accounts: DEMO_ACCOUNTS.length },
    });
    return {
      seeded: true,
      password,
      passwordGenerated: options.password === undefined,
      accounts: DEMO_ACCOUNTS.map((a) => ({
        username: a.username,
        role: a.role,
        organisation: orgNames[a.orgKey]!,
      })),
      orgIds,
    };
  });
  if (options.withCases ?? true) {
    result.cases = await seedDemoCases({ db, now });
    await seedDemoBulletins({ db, now, orgIds: result.orgIds });
    await seedDemoSuggestions({ db, now, orgIds: result.orgIds });
    await seedDemoAssessment({ db, now, orgIds: result.orgIds });
    // Without a file store (tests of other features) there is nowhere to archive a published report.
    if (options.dataDir)
      await seedDemoReports({ db, now, storage: localFileStorage(options.dataDir), orgIds: result.orgIds });
  }
  return result;
}

export function formatDemoLogins(result: SeedResult): string {
  const lines = ['', '已创建演示地区「衢州市」及演示账户：'];
  for (const a of result.accounts) lines.push(`  ${a.username.padEnd(22)} ${a.organisation}`);
  if (result.cases) lines.push(`演示案件：${result.cases} 件（行政应诉，覆盖各个阶段）`);
  lines.push(
    result.passwordGenerated
      ? `演示账户密码（仅显示这一次，请记下）：${result.password}`
      : '演示账户密码：DEMO_PASSWORD 环境变量的值',
  );
  lines.push('');
  return lines.join('\n');
}
