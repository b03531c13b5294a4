// The tables of a report, defined once: the web page, the Word document and the
// Excel workbook show the same headers and rows. Each cell is text or a number
// (numbers stay numbers in Excel).
import type { ReportData, ReportValue } from '../../../shared/api/periodic-reports';
import { INDICATORS } from '../../../shared/domain/indicators/definitions';

export interface ReportTable {
  id: string;
  title: string;
  /** Sheet name in the workbook (≤ 31 characters, no []:*?/\). */
  sheet: string;
  headers: string[];
  rows: (string | number)[][];
}

const ratio = (v: ReportValue | undefined) => (v ? `${v.numerator}/${v.denominator}（${v.rateLabel}）` : '—');
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

export function reportTables(data: ReportData): ReportTable[] {
  const tables: ReportTable[] = [
    {
      id: 'indicators',
      title: '主要指标',
      sheet: '主要指标',
      headers: ['指标', '分子', '分母', '比率', '口径'],
      rows: data.indicators.map((i) => [
        i.name,
        i.numerator,
        i.denominator,
        i.rateLabel,
        `${i.variantName}：${i.definition}（${i.definitionKey}）`,
      ]),
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
      headers: ['单位', ...INDICATORS.map((i) => shortNameOf(i.id))],
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
      headers: ['地区', '收案', ...shown.map(shortNameOf)],
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
      headers: ['月份', '收案', '负责人出庭（分子）', '开庭案件（分母）', '出庭应诉率'],
      rows: data.trend.map((m) => [
        monthLabel(m.month),
        m.received,
        m.headAppearance.numerator,
        m.headAppearance.denominator,
        m.headAppearance.rateLabel,
      ]),
    });
  }
  return tables;
}

export const monthLabel = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
