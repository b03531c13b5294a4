// 报送三通报: the liaison sends the draft; from then on it is read-only, and
// each recipient office is told.
import type { Db } from '../../db/client';
import { AppError } from '../../http/errors';
import type { AuditContext, Principal } from '../../http/principal';
import { recordAudit } from '../audit/record-audit';
import { notify } from '../notifications/notify';
import { lockEditableReport } from './edit-monthly-report';
import { recipientsOf, updateReport } from './monthly-reports.queries';
import { monthLabel } from './report-month';

export async function sendMonthlyReport(options: {
  db: Db;
  now: Date;
  principal: Principal;
  courtName: string;
  id: string;
  version: number;
  context: AuditContext;
}): Promise<void> {
  const { now, principal } = options;
  await options.db.transaction(async (tx) => {
    const row = await lockEditableReport(tx, principal, options.id, options.version);
    const recipients = await recipientsOf(tx, [row.id]);
    if (recipients.length === 0) {
      throw new AppError('VALIDATION_FAILED', '未找到接收三通报的同级司法局，请联系系统管理员维护组织机构');
    }
    if (row.narrative.trim() === '') {
      throw new AppError('VALIDATION_FAILED', '请填写说明后再报送', [
        { field: 'narrative', message: '请填写说明后再报送' },
      ]);
    }
    await updateReport(tx, row.id, {
      status: 'sent',
      sentAt: now,
      sentBy: principal.kind === 'user' ? principal.id : null,
      sentByName: principal.displayName,
      updatedAt: now,
      version: row.version + 1,
    });
    const label = `${options.courtName}${monthLabel(row.month)}三通报`;
    await recordAudit(tx, options.context, now, {
      event: 'monthly-report.sent',
      targetType: 'monthly-report',
      targetId: row.id,
      targetLabel: label,
      before: { status: 'draft' },
      after: { status: 'sent', recipients: recipients.map((r) => r.name) },
    });
    for (const r of recipients) {
      await notify(
        tx,
        now,
        {
          organisationId: r.organisationId,
          kind: 'monthly-report.received',
          title: `收到${label}`,
          body: `${options.courtName}报送了${monthLabel(row.month)}的排庭、负责人出庭和生效裁判情况。`,
          link: `/monthly-reports/${row.id}`,
          dedupeKey: `monthly-report.received:${row.id}:${r.organisationId}`,
        },
        options.context,
      );
    }
  });
}
