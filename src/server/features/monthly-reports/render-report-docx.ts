// The 三通报 as Word (.docx): the title, the recipients, three tables with
// Chinese headers (本月排庭, 上月负责人出庭, 上月生效裁判) and the narrative. A4
// with the margins of GB/T 9704; tables in 五号 宋体 so that they fit the 版心.
import { AlignmentType, Paragraph, type Table } from 'docx';
import type { MonthlyReportContent } from '../../../shared/api/monthly-reports';
import { chinaDateTime } from '../../../shared/domain/china-time';
import {
  bodyParagraphs,
  chineseDate,
  dataTable,
  heading,
  packA4Document,
  rightAligned,
  TITLE_FONT,
  text,
} from '../../files/report-docx';
import { monthLabel } from './report-month';

export interface ReportDocument {
  courtName: string;
  mainRecipients: string[];
  copyRecipients: string[];
  content: MonthlyReportContent;
  narrative: string;
  /** When it was sent, or null for a draft. */
  sentAt: Date | null;
}

const yesNo = (value: boolean | null) => (value === null ? '—' : value ? '是' : '否');

/** A table of the report, or 无。 when it has no rows. */
const table = (headers: string[], rows: string[][]) => dataTable(headers, rows, '无。');

export async function renderReportDocx(doc: ReportDocument): Promise<Buffer> {
  const { content } = doc;
  const title = `${doc.courtName}${monthLabel(content.month)}行政诉讼“三通报”`;
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 360 },
      children: [text(title, { size: 44, font: TITLE_FONT })],
    }),
    new Paragraph({ children: [text(`${doc.mainRecipients.join('、') || '（未确定主送单位）'}：`)] }),
    new Paragraph({
      indent: { firstLine: 640 },
      children: [
        text(
          `根据每月5日前向同级政府法制机构通报的要求，现将${monthLabel(content.month)}行政诉讼案件排庭情况、` +
            `${monthLabel(content.previousMonth)}行政机关负责人出庭应诉情况和生效裁判情况通报如下。`,
        ),
      ],
    }),
    heading(`一、${monthLabel(content.month)}排庭情况`),
    table(
      ['序号', '案号', '案由', '被告', '开庭时间', '法庭', '审判人员', '要求负责人出庭'],
      content.hearings.map((h, i) => [
        String(i + 1),
        h.caseNumber,
        h.cause,
        h.defendants.join('、'),
        chinaDateTime(h.scheduledAt),
        h.courtRoom ?? '—',
        h.judge ?? '—',
        yesNo(h.isHeadRequested),
      ]),
    ),
    heading(`二、${monthLabel(content.previousMonth)}行政机关负责人出庭应诉情况`),
    table(
      ['序号', '案号', '开庭时间', '被告机关', '负责人出庭', '出庭人员', '职务', '属于负责人', '出庭出声'],
      content.appearances.map((a, i) => [
        String(i + 1),
        a.caseNumber,
        chinaDateTime(a.hearingAt),
        a.defendant,
        a.isRecorded ? yesNo(a.didHeadAppear) : '未记录',
        a.personName ?? '—',
        a.personPost ?? '—',
        yesNo(a.countsAsHead),
        yesNo(a.didSpeak),
      ]),
    ),
    heading(`三、${monthLabel(content.previousMonth)}生效裁判情况`),
    table(
      ['序号', '案号', '被告', '裁判类型', '裁判结果', '行政机关败诉', '生效日期'],
      content.judgments.map((j, i) => [
        String(i + 1),
        j.caseNumber,
        j.defendants.join('、'),
        j.kind,
        j.result,
        yesNo(j.isLost),
        j.effectiveOn,
      ]),
    ),
    heading('四、说明'),
    ...bodyParagraphs(doc.narrative),
    rightAligned(doc.courtName, 480),
    rightAligned(doc.sentAt ? chineseDate(doc.sentAt) : '（草稿，尚未报送）'),
  ];
  if (doc.copyRecipients.length > 0) {
    children.push(
      new Paragraph({
        spacing: { before: 360 },
        children: [text(`抄送：${doc.copyRecipients.join('、')}。`)],
      }),
    );
  }
  return packA4Document({ title, creator: doc.courtName, children });
}
