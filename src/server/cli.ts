// `npx fuyuan <command>`: operations from the shell on the configured database.
import { SHIPPED_HOLIDAY_YEARS } from '../shared/data/holidays-cn';
import { parseCaseNumber } from '../shared/domain/case-number';
import {
  buildCalendar,
  computeDeadline,
  findRule,
  isValidDate,
  PERIOD_RULES,
} from '../shared/domain/periods';
import { systemClock } from './clock';
import { formatDemoLogins, seedDemo } from './demo/seed-demo';
import { readEnv } from './env';
import { verifyAuditChain } from './features/audit/verify-audit-chain';
import { generatePassword } from './features/auth/tokens';
import { openConfiguredDatabase } from './start';
import { SynthRefused, synthesizeData } from './synth/synthesize-data';

const USAGE = `用法：npx fuyuan <命令>
  seed-demo      创建演示地区与演示账户（数据库为空时）
  audit verify   校验审计日志哈希链，发现断点时以非零状态退出
  case-number "<案号>"              解析案号，输出 JSON；无效时以状态 1 退出
  deadline <规则编号> <YYYY-MM-DD>  计算法定期限，输出 JSON（due、explanation、warnings）
  synth --cases <N>  在空的 PostgreSQL 数据库（DATABASE_URL）中生成 N 件合成案件，供压测；密码取 SYNTH_PASSWORD`;

async function run(args: string[]): Promise<number> {
  const [command, sub] = args;
  if (command === 'seed-demo') {
    const env = readEnv();
    const database = await openConfiguredDatabase(env);
    try {
      const result = await seedDemo({
        db: database.db,
        now: systemClock.now(),
        password: env.demoPassword,
        dataDir: env.dataDir,
      });
      process.stdout.write(
        result.seeded ? formatDemoLogins(result) : '数据库中已有组织机构，未重复创建演示数据。\n',
      );
      return 0;
    } finally {
      await database.close();
    }
  }
  if (command === 'audit' && sub === 'verify') {
    const env = readEnv();
    const database = await openConfiguredDatabase(env);
    try {
      const result = await verifyAuditChain(database.db);
      if (result.ok) {
        process.stdout.write(`审计日志校验通过：共 ${result.checked} 条记录，哈希链完整。\n`);
        return 0;
      }
      process.stdout.write(
        `审计日志校验失败：第一处断点在记录 #${result.firstBroken!.id}：${result.firstBroken!.reason}（已校验 ${result.checked} 条）\n`,
      );
      return 2;
    } finally {
      await database.close();
    }
  }
  if (command === 'case-number' && args.length === 2) {
    const result = parseCaseNumber(args[1]!);
    const printed = {
      valid: result.valid,
      year: result.year,
      courtCode: result.courtCode,
      specialCode: result.specialCode,
      typeCode: result.typeCode,
      typeName: result.typeName,
      number: result.number,
      suffix: result.suffix,
      administrative: result.administrative,
      normalized: result.normalized,
      errors: result.errors,
    };
    process.stdout.write(`${JSON.stringify(printed, null, 2)}\n`);
    return result.valid ? 0 : 1;
  }
  if (command === 'deadline' && args.length === 3) {
    const [, ruleId, trigger] = args as [string, string, string];
    if (!isValidDate(trigger)) {
      process.stderr.write(`日期“${trigger}”无效，应为 YYYY-MM-DD，如 2026-03-05\n`);
      return 64;
    }
    if (!PERIOD_RULES.some((rule) => rule.id === ruleId)) {
      const ids = [...new Set(PERIOD_RULES.map((rule) => rule.id))].join('\n  ');
      process.stderr.write(`没有编号为“${ruleId}”的期限规则。可用的规则：\n  ${ids}\n`);
      return 64;
    }
    // The shipped calendar: corrections entered by an administrator live in the
    // database and are applied by the server.
    const deadline = computeDeadline({
      rule: findRule(ruleId, trigger),
      trigger,
      calendar: buildCalendar(SHIPPED_HOLIDAY_YEARS),
    });
    process.stdout.write(`${JSON.stringify(deadline, null, 2)}\n`);
    return 0;
  }
  if (command === 'synth') return runSynth(args.slice(1));
  process.stderr.write(`${USAGE}\n`);
  return 64;
}

async function runSynth(args: string[]): Promise<number> {
  const [flag, value] = args;
  const cases = Number(value);
  if (flag !== '--cases' || !Number.isInteger(cases) || cases < 1 || args.length !== 2) {
    process.stderr.write('用法：npx fuyuan synth --cases <N>（N 为正整数，如 1000000）\n');
    return 64;
  }
  const env = readEnv();
  if (!env.databaseUrl) {
    process.stderr.write(
      '合成数据只能生成到 PostgreSQL 数据库：请设置 DATABASE_URL（内置 PGlite 不用于压测）\n',
    );
    return 2;
  }
  const database = await openConfiguredDatabase(env);
  const password = process.env.SYNTH_PASSWORD || generatePassword(14);
  try {
    const result = await synthesizeData({
      database,
      now: systemClock.now(),
      cases,
      password,
      progress: (line) => process.stdout.write(`${line}\n`),
    });
    process.stdout.write(
      `完成：${result.cases} 件案件，${result.organisations} 个组织机构，用时 ${result.seconds.toFixed(1)} 秒。\n` +
        `账户密码：${password}${process.env.SYNTH_PASSWORD ? '（取自 SYNTH_PASSWORD）' : ''}\n` +
        `协调员（县司法局）：${result.coordinators[0]} 等 ${result.coordinators.length} 个\n` +
        `领导（市政府）：${result.leaders[0]} 等 ${result.leaders.length} 个\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof SynthRefused) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  } finally {
    await database.close();
  }
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`执行失败：${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
