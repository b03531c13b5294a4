// The periodic report as Word (.docx): A4 with the margins of GB/T 9704, the
// 版头 (the issuing office in red, the 文号 and the red rule), the title and period, the three narrative sections,
// the tables (五号 宋体 so they fit the 版心) and the charts as PNG drawn on
// the server (render-charts.ts).
import { AlignmentType, ImageRun, Paragraph, type Table } from 'docx';
import type { Narrative, ReportData } from '../../../shared/api/periodic-reports';
import { NARRATIVE_SECTION_LABELS, NARRATIVE_SECTIONS } from '../../../shared/domain/periodic-reports';
import {
  bodyParagraphs,
  chineseDate,
  dataTable,
  HEADING_FONT,
  heading,
  packA4Document,
  redHeader,
  rightAligned,
  TITLE_FONT,
  text,
} from '../../files/report-docx';
import { type ChartPng, rateChartPages, renderCountBars, renderRateBars, renderTrend } from './render-charts';
import { monthLabel, type ReportTable, reportTables } from './report-tables';

export interface PeriodicReportDocument {
  issuerName: string;
  title: string;
  /** 文号, or null for a draft. */
  documentNumber: string | null;
  data: ReportData;
  narrative: Narrative;
  publishedAt: Date | null;
}

const NUMERALS = '一二三四五六七八九十';

/** How wide a text prints: a Chinese character or full-width sign takes two Latin ones. */
const printWidth = (value: string) =>
  [...value].reduce((w, ch) => w + ((ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1), 0);

/**
 * Column weights from the widest text in each column, within bounds: a column of long
 * definitions (口径) gets most of the width instead of an equal share, numbers stay narrow.
 */
export function columnWeights(t: ReportTable): number[] {
  return t.headers.map((header, i) => {
    const widest = Math.max(printWidth(header), ...t.rows.map((row) => printWidth(String(row[i] ?? ''))));
    return Math.min(Math.max(widest, 10), 48);
  });
}

function table(t: ReportTable): (Table | Paragraph)[] {
  const caption = new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    spacing: { before: 200, after: 100 },
    children: [text(t.title, { bold: true, size: 24, font: HEADING_FONT })],
  });
  return [caption, dataTable(t.headers, t.rows, '本期无数据。', columnWeights(t))];
}

function image(chart: ChartPng): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 120, after: 120 },
    children: [
      new ImageRun({
        type: 'png',
        data: chart.png,
        transformation: { width: chart.width, height: chart.height },
      }),
    ],
  });
}

/**
 * The charts of a report: agencies' 出庭应诉率 (highest first, split past 30 units), cases by
 * cause, and the monthly trend when it spans months.
 */
export function reportCharts(data: ReportData): ChartPng[] {
  const charts: ChartPng[] = [];
  const bars = data.agencies.flatMap((a) => {
    const v = a.values.find((x) => x.indicatorId === 'head-appearance');
    return v && v.rate !== null ? [{ name: a.agencyName, rate: v.rate }] : [];
  });
  for (const page of rateChartPages('各单位行政机关负责人出庭应诉率', bars)) {
    charts.push(renderRateBars(page.heading, page.bars));
  }
  charts.push(renderCountBars('收案按案由', data.byCause.slice(0, 12)));
  if (data.trend.length > 1) {
    charts.push(
      renderTrend(
        '月度收案与负责人出庭应诉率',
        data.trend.map((m) => ({
          label: monthLabel(m.month).slice(5),
          received: m.received,
          rate: m.headAppearance.rate,
        })),
      ),
    );
  }
  return charts;
}

export async function renderPeriodicReportDocx(doc: PeriodicReportDocument): Promise<Buffer> {
  const { data } = doc;
  const tables = reportTables(data);
  const charts = reportCharts(data);
  const children: (Paragraph | Table)[] = [
    ...redHeader(doc.issuerName, doc.documentNumber ?? '（草稿，尚未发布）'),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 120 },
      children: [text(doc.title, { size: 44, font: TITLE_FONT })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 360 },
      children: [text(`（统计期间：${data.from} 至 ${data.to}）`, { size: 28 })],
    }),
  ];
  NARRATIVE_SECTIONS.forEach((section, i) => {
    children.push(heading(`${NUMERALS[i]}、${NARRATIVE_SECTION_LABELS[section]}`));
    children.push(...bodyParagraphs(doc.narrative[section], '无。'));
  });
  children.push(heading(`${NUMERALS[NARRATIVE_SECTIONS.length]}、统计图表`));
  for (const chart of charts) children.push(image(chart));
  children.push(heading(`${NUMERALS[NARRATIVE_SECTIONS.length + 1]}、统计表`));
  for (const t of tables) children.push(...table(t));
  children.push(
    rightAligned(doc.issuerName, 480),
    rightAligned(doc.publishedAt ? chineseDate(doc.publishedAt) : '（草稿）'),
  );
  return packA4Document({ title: doc.title, creator: doc.issuerName, children });
}
