// The periodic report as Word (.docx): A4 with the margins of GB/T 9704, the
// issuing office, the 文号, the title and period, the three narrative sections,
// the tables (五号 宋体 so they fit the 版心) and the charts as PNG drawn on
// the server (render-charts.ts).
import {
  AlignmentType,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Narrative, ReportData } from '../../../shared/api/periodic-reports';
import { CHINA_OFFSET_MS } from '../../../shared/domain/china-time';
import { NARRATIVE_SECTION_LABELS, NARRATIVE_SECTIONS } from '../../../shared/domain/periodic-reports';
import { type ChartPng, renderCountBars, renderRateBars, renderTrend } from './render-charts';
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

const FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋_GB2312' };
const TABLE_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体' };
const TITLE_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '方正小标宋简体' };
const HEADING_FONT = { ...FONT, eastAsia: '黑体' };
const mm = (millimetres: number) => Math.round((millimetres * 1440) / 25.4);
const NUMERALS = '一二三四五六七八九十';

function text(value: string, options: { bold?: boolean; size?: number; font?: typeof FONT } = {}) {
  return new TextRun({
    text: value,
    bold: options.bold,
    size: options.size ?? 32,
    font: options.font ?? FONT,
  });
}

const body = (value: string) => new Paragraph({ indent: { firstLine: 640 }, children: [text(value)] });

const heading = (value: string) =>
  new Paragraph({
    heading: HeadingLevel.HEADING_2,
    spacing: { before: 240, after: 120 },
    children: [text(value, { bold: true, font: HEADING_FONT })],
  });

function cell(value: string | number, isHeader = false): TableCell {
  return new TableCell({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [text(String(value), { bold: isHeader, size: 21, font: TABLE_FONT })],
      }),
    ],
  });
}

function table(t: ReportTable): (Table | Paragraph)[] {
  const caption = new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 200, after: 100 },
    children: [text(t.title, { bold: true, size: 24, font: HEADING_FONT })],
  });
  if (t.rows.length === 0) return [caption, body('本期无数据。')];
  return [
    caption,
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({ tableHeader: true, children: t.headers.map((h) => cell(h, true)) }),
        ...t.rows.map((row) => new TableRow({ children: row.map((v) => cell(v)) })),
      ],
    }),
  ];
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

/** The charts of a report: agencies' 出庭应诉率, cases by cause, and the monthly trend when it spans months. */
export function reportCharts(data: ReportData): ChartPng[] {
  const charts: ChartPng[] = [];
  const bars = data.agencies.flatMap((a) => {
    const v = a.values.find((x) => x.indicatorId === 'head-appearance');
    return v && v.rate !== null ? [{ name: a.agencyName, rate: v.rate }] : [];
  });
  charts.push(renderRateBars('各单位行政机关负责人出庭应诉率', bars));
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

function chineseDate(at: Date): string {
  const d = new Date(at.getTime() + CHINA_OFFSET_MS);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

export async function renderPeriodicReportDocx(doc: PeriodicReportDocument): Promise<Buffer> {
  const { data } = doc;
  const tables = reportTables(data);
  const charts = reportCharts(data);
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [text(doc.documentNumber ?? '（草稿，尚未发布）')],
    }),
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
    const paragraphs = doc.narrative[section].split(/\n+/).filter((p) => p.trim() !== '');
    children.push(...(paragraphs.length > 0 ? paragraphs.map((p) => body(p.trim())) : [body('无。')]));
  });
  children.push(heading(`${NUMERALS[NARRATIVE_SECTIONS.length]}、统计图表`));
  for (const chart of charts) children.push(image(chart));
  children.push(heading(`${NUMERALS[NARRATIVE_SECTIONS.length + 1]}、统计表`));
  for (const t of tables) children.push(...table(t));
  children.push(
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: { before: 480 },
      children: [text(doc.issuerName)],
    }),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      children: [text(doc.publishedAt ? chineseDate(doc.publishedAt) : '（草稿）')],
    }),
  );
  const document = new Document({
    title: doc.title,
    creator: doc.issuerName,
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(210), height: mm(297) },
            margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) },
          },
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
