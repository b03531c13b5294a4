// 发布定期报告: numbers the report from the issuing office's 文号 series for the
// kind (e.g. 衢柯司〔2026〕季通报3号, a series the office may rename under 文号规则),
// renders the .docx from the frozen snapshot, stores it, and marks the report
// published — all in one transaction. The number is taken with the counter row
// locked (letters.queries.ts takeNextNumber): two reports published at once get
// consecutive numbers, and a failed publication gives its number back. From
// then on the report is read-only and its download is the archived bytes. A
// period still running may be drafted but is published only once it has ended.

import { formatDocumentNumber } from '../../../shared/api/letters';
import type { Narrative, ReportData } from '../../../shared/api/periodic-reports';
import { chinaDate } from '../../../shared/domain/china-time';
import {
  defaultReportNumberPattern,
  parsePeriod,
  periodOpenRefusal,
  type ReportKind,
  reportSeriesCode,
} from '../../../shared/domain/periodic-reports';
import type { Db } from '../../db/client';
import type { FileStorage } from '../../files/file-storage';
import { insertStoredFile, removeUnreferencedContent } from '../../files/stored-files.queries';
import { AppError, fieldError } from '../../http/errors';
import type { AuditContext, Principal } from '../../http/principal';
import { recordAudit } from '../audit/record-audit';
import { findSeries, takeNextNumber, upsertSeries } from '../letters/letters.queries';
import { lockDraftReport } from './lock-draft-report';
import { governmentChainOf, type PeriodicReportRow, updateReport } from './periodic-reports.queries';
import { renderPeriodicReportDocx } from './render-periodic-report-docx';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export async function publishPeriodicReport(options: {
  db: Db;
  storage: FileStorage;
  now: Date;
  principal: Principal;
  report: PeriodicReportRow;
  title: string;
  version: number;
  context: AuditContext;
}): Promise<void> {
  const { db, now, principal, report } = options;
  const kind = report.kind as ReportKind;
  const year = Number(chinaDate(now).slice(0, 4));
  const chain = await governmentChainOf(db, report.regionPath);
  let written: { sha256: string; isNew: boolean } | null = null;
  try {
    await db.transaction(async (tx) => {
      const row = await lockDraftReport(tx, principal, report, options.version);
      // Only a period that has ended (China time) has final figures: a published report is
      // frozen and the city adds up what counties submit, so partial figures would stay.
      const unfinished = periodOpenRefusal(parsePeriod(kind, row.periodKey)!, chinaDate(now), '发布');
      if (unfinished) throw new AppError('CONFLICT', unfinished);
      const narrative = row.narrative as Narrative;
      if (narrative.overview.trim() === '') throw fieldError('overview', '请填写总体情况后再发布');
      const series =
        (await findSeries(tx, row.issuerOrgId, reportSeriesCode(kind))) ??
        (await upsertSeries(tx, {
          organisationId: row.issuerOrgId,
          code: reportSeriesCode(kind),
          pattern: defaultReportNumberPattern(
            chain.map((g) => g.name),
            kind,
          ),
        }));
      const sequence = await takeNextNumber(tx, series.id, year);
      const documentNumber = formatDocumentNumber(series.pattern, year, sequence);
      const docx = await renderPeriodicReportDocx({
        issuerName: report.issuerName,
        title: options.title,
        documentNumber,
        data: row.data as ReportData,
        narrative,
        publishedAt: now,
      });
      const stored = await options.storage.put(docx);
      written = stored;
      const file = await insertStoredFile(tx, {
        sha256: stored.sha256,
        size: stored.size,
        mimeType: DOCX_MIME,
        originalName: `${documentNumber} ${options.title}.docx`,
        uploadedBy: principal.kind === 'user' ? principal.id : null,
        uploadedAt: now,
      });
      await updateReport(tx, row.id, {
        status: 'published',
        seriesId: series.id,
        year,
        sequence,
        documentNumber,
        fileId: file.id,
        publishedAt: now,
        publishedBy: principal.kind === 'user' ? principal.id : null,
        publishedByName: principal.displayName,
        updatedAt: now,
        version: row.version + 1,
      });
      await recordAudit(tx, options.context, now, {
        event: 'periodic-report.published',
        targetType: 'periodic-report',
        targetId: row.id,
        targetLabel: options.title,
        before: { status: 'draft' },
        after: { status: 'published', documentNumber, sha256: stored.sha256 },
      });
    });
  } catch (error) {
    await removeUnreferencedContent(db, options.storage, written);
    throw error;
  }
}
