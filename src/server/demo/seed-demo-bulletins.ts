// Demo 信息通报: one from 龙游县人民法院 to the legal-affairs offices it serves,
// one from 柯城区司法局 back to the court, both sent and unread, audited as the
// system. Call after the locality is seeded, with its `orgIds`.
import type { Db } from '../db/client';
import { bulletinRecipients, bulletins } from '../db/schema';
import { recordAudit } from '../features/audit/record-audit';
import { SYSTEM_AUDIT_CONTEXT } from '../http/principal';

const DEMO_BULLETINS = [
  {
    from: 'court-longyou',
    side: 'court',
    to: ['longyou-sifa', 'kecheng-sifa', 'qujiang-sifa'],
    category: 'case-trend',
    title: '前三季度行政案件态势分析',
    body:
      '前三季度，本院共受理一审行政案件，其中房屋征收与补偿、行政处罚类案件占比较高。' +
      '行政机关败诉的主要原因为程序违法和事实认定不清，建议相关部门加强执法程序规范。',
    sentBy: '徐丽君',
    daysAgo: 3,
  },
  {
    from: 'kecheng-sifa',
    side: 'government',
    to: ['court-longyou'],
    category: 'suggestion-feedback',
    title: '关于司法建议落实情况的反馈',
    body: '柯城区自然资源和规划局已按司法建议完善征收补偿程序，制定了告知、听证和送达的工作规程。',
    sentBy: '王慧敏',
    daysAgo: 1,
  },
] as const;

export async function seedDemoBulletins(options: {
  db: Db;
  now: Date;
  orgIds: Record<string, string>;
}): Promise<number> {
  const { db, now, orgIds } = options;
  await db.transaction(async (tx) => {
    for (const demo of DEMO_BULLETINS) {
      const at = new Date(now.getTime() - demo.daysAgo * 86_400_000);
      const [row] = await tx
        .insert(bulletins)
        .values({
          senderOrgId: orgIds[demo.from]!,
          senderSide: demo.side,
          category: demo.category,
          title: demo.title,
          body: demo.body,
          status: 'sent',
          createdByName: demo.sentBy,
          createdAt: at,
          updatedAt: at,
          sentAt: at,
          sentByName: demo.sentBy,
        })
        .returning();
      await tx
        .insert(bulletinRecipients)
        .values(
          demo.to.map((key, sortOrder) => ({ bulletinId: row!.id, organisationId: orgIds[key]!, sortOrder })),
        );
      await recordAudit(tx, SYSTEM_AUDIT_CONTEXT, now, {
        event: 'bulletin.sent',
        targetType: 'bulletin',
        targetId: row!.id,
        targetLabel: demo.title,
        after: { status: 'sent', demo: true, recipients: demo.to },
      });
    }
  });
  return DEMO_BULLETINS.length;
}
