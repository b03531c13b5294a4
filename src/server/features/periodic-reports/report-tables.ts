// The tables of a report, defined once: the web page, the Word document and the
// Excel workbook show the same tables. Each cell is text, a count, a rate or a
// ratio (分子/分母 and its rate). The page and the Word document print a ratio
// as one text, 2/3（66.7%）; the workbook (workbookTable) gives it three number
// columns — numerator, denominator and the rate with a percent format — so the
// office can sort and add them up in Excel.
import type { ReportData, ReportIndicator, ReportValue } from '../../../shared/api/periodic-reports';
import { parseDefinitionKey } from '../../../shared/domain/indicators/compute';
import { INDICATORS } from '../../../shared/domain/indicators/definitions';

/** A cell of a report table: text, a count, an indicator's rate, or its whole ratio. */
export type ReportCell = string | number | { rate: ReportValue } | { ratio: ReportValue | undefined };

export interface ReportTableSpec {
  id: string;
  title: string;
  /** Sheet name in the workbook (≤ 31 characters, no []:*?/\). */
  sheet: string;
  /** A column of ratios is named { ratio: name }: one column on the page, three in the workbook. */
  headers: (string | { ratio: string })[];
  rows: ReportCell[][];
}

/** A table as the page and the Word document print it. */
export interface ReportTable {
  id: string;
  title: string;
  sheet: string;
  headers: string[];
  rows: (string | number)[][];
}

/** A table as the workbook holds it: numbers as numbers, a rate as a fraction (0.667) shown as a percentage. */
export interface WorkbookTable {
  id: string;
  title: string;
  sheet: string;
  headers: string[];
  rows: WorkbookCell[][];
}
export type WorkbookCell = string | number | { percent: number } | null;

const SHORT_NAMES: Record<string, string> = {
  'head-appearance': '出庭应诉率',
  'head-speaking': '出庭出声率',
  'requested-appearance': '应出尽出率',
  performance: '生效裁判履行率',
  loss: '败诉率',
  correction: '纠错率',
  'suggestion-reply': '司法建议反馈率',
  'suggestion-adoption': '司法建议采纳率',
};
export const shortNameOf = (indicatorId: string) => SHORT_NAMES[indicatorId] ?? indicatorId;

/**
 * The 口径 as people read it, '按庭次计（第1版）：分子 ÷ 分母': the snapshot's variant name and the
 * version of its definition key, never the key itself ('head-appearance/per-hearing@1'), which is
 * for machines. The name is the snapshot's, so a published report keeps the name it was computed under.
 */
function definitionText(i: ReportIndicator): string {
  const version = parseDefinitionKey(i.definitionKey)?.version;
  return `${i.variantName}${version ? `（第${version}版）` : ''}：${i.definition}`;
}

// What a unit of 出庭应诉率 is under each of its variants (definitions.ts): a case (审级) or a hearing (庭次).
const HEAD_APPEARANCE_UNITS: Record<string, string> = { 'per-case': '案件', 'per-hearing': '庭次' };

/** The trend's 分子 and 分母 headers, naming what the report's 出庭应诉率 variant counted. */
function headAppearanceHeaders(data: ReportData): [string, string] {
  const key = data.indicators.find((i) => i.indicatorId === 'head-appearance')?.definitionKey ?? '';
  const variantId = parseDefinitionKey(key)?.variantId;
  const unit = (variantId && HEAD_APPEARANCE_UNITS[variantId]) || '';
  return [`负责人出庭${unit}（分子）`, `开庭${unit}（分母）`];
}

const ratio = (v: ReportValue | undefined): ReportCell => ({ ratio: v });
const rate = (v: ReportValue): ReportCell => ({ rate: v });
const ratioHeader = (indicatorId: string) => ({ ratio: shortNameOf(indicatorId) });

export function reportTableSpecs(data: ReportData): ReportTableSpec[] {
  const tables: ReportTableSpec[] = [
    {
      id: 'indicators',
      title: '主要指标',
      sheet: '主要指标',
      headers: ['指标', '分子', '分母', '比率', '口径'],
      rows: data.indicators.map((i) => [i.name, i.numerator, i.denominator, rate(i), definitionText(i)]),
    },
    {
      id: 'cases',
      title: '案件和司法建议情况',
      sheet: '案件情况',
      headers: ['项目', '件数'],
      rows: [
        ['收案（收到起诉状副本）', data.cases.received],
        ['上年同期收案', data.cases.receivedLastYear],
        ['送达裁判', data.cases.judged],
        ['其中行政机关败诉', data.cases.lost],
        ['收到司法建议', data.suggestions.received],
        ['其中已答复', data.suggestions.answered],
      ],
    },
    {
      id: 'agencies',
      title: '各单位指标（分子/分母，比率）',
      sheet: '各单位指标',
      headers: ['单位', ...INDICATORS.map((i) => ratioHeader(i.id))],
      rows: data.agencies.map((a) => [
        a.agencyName,
        ...INDICATORS.map((i) => ratio(a.values.find((v) => v.indicatorId === i.id))),
      ]),
    },
    {
      id: 'by-cause',
      title: '收案按案由',
      sheet: '按案由',
      headers: ['案由', '件数'],
      rows: data.byCause.map((g) => [g.label, g.count]),
    },
    {
      id: 'by-domain',
      title: '收案按管理领域',
      sheet: '按管理领域',
      headers: ['管理领域', '件数'],
      rows: data.byDomain.map((g) => [g.label, g.count]),
    },
    {
      id: 'by-loss-reason',
      title: '败诉案件按败诉原因',
      sheet: '按败诉原因',
      headers: ['败诉原因', '件数'],
      rows: data.byLossReason.map((g) => [g.label, g.count]),
    },
  ];
  if (data.subregions.length > 0) {
    const shown = ['head-appearance', 'requested-appearance', 'performance', 'loss', 'suggestion-reply'];
    tables.push({
      id: 'subregions',
      title: '各县（市、区）情况',
      sheet: '各县市区',
      headers: ['地区', '收案', ...shown.map(ratioHeader)],
      rows: data.subregions.map((s) => [
        s.regionName,
        s.received,
        ...shown.map((id) => ratio(s.values.find((v) => v.indicatorId === id))),
      ]),
    });
  }
  if (data.trend.length > 0) {
    tables.push({
      id: 'trend',
      title: '月度趋势',
      sheet: '月度趋势',
      headers: ['月份', '收案', ...headAppearanceHeaders(data), '出庭应诉率'],
      rows: data.trend.map((m) => [
        monthLabel(m.month),
        m.received,
        m.headAppearance.numerator,
        m.headAppearance.denominator,
        rate(m.headAppearance),
      ]),
    });
  }
  return tables;
}

function printed(cell: ReportCell): string | number {
  if (typeof cell !== 'object') return cell;
  if ('rate' in cell) return cell.rate.rateLabel;
  const v = cell.ratio;
  return v ? `${v.numerator}/${v.denominator}（${v.rateLabel}）` : '—';
}

/** The tables as the page and the Word document print them. */
export function reportTables(data: ReportData): ReportTable[] {
  return reportTableSpecs(data).map((t) => ({
    ...t,
    headers: t.headers.map((h) => (typeof h === 'string' ? h : h.ratio)),
    rows: t.rows.map((row) => row.map(printed)),
  }));
}

/** An exact fraction for Excel (the percent format rounds it on screen), or an empty cell for 无数据. */
const percentOf = (v: ReportValue | undefined): WorkbookCell =>
  v && v.denominator > 0 ? { percent: v.numerator / v.denominator } : null;

/** A table as the workbook holds it: each ratio column split into 分子, 分母 and the rate. */
export function workbookTable(t: ReportTableSpec): WorkbookTable {
  return {
    id: t.id,
    title: t.title.replace(/（分子\/分母，比率）$/, ''),
    sheet: t.sheet,
    headers: t.headers.flatMap((h) =>
      typeof h === 'string' ? [h] : [`${h.ratio}（分子）`, `${h.ratio}（分母）`, h.ratio],
    ),
    rows: t.rows.map((row) =>
      row.flatMap((cell): WorkbookCell[] => {
        if (typeof cell !== 'object') return [cell];
        if ('rate' in cell) return [percentOf(cell.rate)];
        return [cell.ratio?.numerator ?? null, cell.ratio?.denominator ?? null, percentOf(cell.ratio)];
      }),
    ),
  };
}

export const monthLabel = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
