// `npx fuyuan <command>`: operations from the shell on the configured database.
import { systemClock } from './clock';
import { formatDemoLogins, seedDemo } from './demo/seed-demo';
import { readEnv } from './env';
import { verifyAuditChain } from './features/audit/verify-audit-chain';
import { openConfiguredDatabase } from './start';

const USAGE = `用法：npx fuyuan <命令>
  seed-demo      创建演示地区与演示账户（数据库为空时）
  audit verify   校验审计日志哈希链，发现断点时以非零状态退出`;

async function run(args: string[]): Promise<number> {
  const [command, sub] = args;
  if (command === 'seed-demo') {
    const env = readEnv();
    const database = await openConfiguredDatabase(env);
    try {
      const result = await seedDemo({ db: database.db, now: systemClock.now(), password: env.demoPassword });
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
  process.stderr.write(`${USAGE}\n`);
  return 64;
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`执行失败：${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
