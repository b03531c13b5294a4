// 考核指标 (domain.md §5): every indicator is defined once here, in Chinese for
// the people who read it, with its variants (统计口径) a region may choose.
// A changed definition is a new version of its variant: results name the
// version they were computed under, so two reports can be compared honestly.
// The SQL in src/server/features/indicators/indicators.queries.ts follows
// these definitions and takes its result sets from here.
import { type JudgmentResult, LOSS_REASON_LABELS, type LossReason } from '../cases/vocabulary';

export const INDICATOR_IDS = [
  'head-appearance', // 出庭应诉率
  'head-speaking', // 出庭出声率
  'requested-appearance', // 应出尽出率
  'performance', // 生效裁判履行率
  'loss', // 败诉率
  'correction', // 纠错率（诉讼）
  'suggestion-reply', // 司法建议反馈率
  'suggestion-adoption', // 司法建议采纳率
] as const;
export type IndicatorId = (typeof INDICATOR_IDS)[number];

// 败诉率 and 纠错率 are better when lower: a scheme's target for them is a ceiling, and the
// first of a ranking by them is the worst.
const LOWER_IS_BETTER: readonly IndicatorId[] = ['loss', 'correction'];
export const isLowerBetter = (id: string) => (LOWER_IS_BETTER as readonly string[]).includes(id);

/** What one counted unit is: a case per defendant, one appearance, or one suggestion. */
export type IndicatorUnit = 'case-defendant' | 'appearance' | 'suggestion';

export interface IndicatorVariant {
  id: string;
  name: string;
  version: number;
  numerator: string;
  denominator: string;
  counts: string[];
  excludes: string[];
}

export interface IndicatorDefinition {
  id: IndicatorId;
  name: string;
  unit: IndicatorUnit;
  /** Which date places a record in the period. */
  dateBasis: string;
  defaultVariant: string;
  variants: IndicatorVariant[];
}

const PER_DEFENDANT = '共同被告案件对每一被告机关各计一件；每一审级（一审、二审、再审）为一件案件。';
const HELD_HEARING = '庭次指已记录出庭情况的开庭（取消的开庭不计）。';

// Results that decide the merits of the contested act (实体判决), and those of
// them that correct it (纠错). Mirrors reconsideration's 纠错 = 变更、撤销、确认违法、
// 责令履行、确认无效 (domain.md §2.3), plus 责令重作 which accompanies 撤销.
export const MERITS_RESULTS: readonly JudgmentResult[] = [
  'dismiss-claims',
  'revoke',
  'order-redo',
  'confirm-illegal',
  'confirm-void',
  'order-performance',
  'modify',
  'payment',
];
export const CORRECTION_RESULTS: readonly JudgmentResult[] = [
  'revoke',
  'order-redo',
  'confirm-illegal',
  'confirm-void',
  'order-performance',
  'modify',
];

/** The loss-reason breakdown's key for a case counted as lost with no reason recorded. */
export const LOSS_REASON_UNRECORDED = 'unrecorded';

/** A loss-reason key as users read it. */
export function lossReasonLabelOf(key: string): string {
  if (key === LOSS_REASON_UNRECORDED) return '未登记败诉原因';
  return LOSS_REASON_LABELS[key as LossReason] ?? key;
}

/** How each 败诉率 variant treats particular results. */
export interface LossRule {
  /** Results left out of numerator and denominator. */
  excludedResults: JudgmentResult[];
  /** Results counted as lost whatever the recorded 败诉 flag says. */
  alwaysLost: JudgmentResult[];
  /** Results never counted as lost. */
  neverLost: JudgmentResult[];
}

export const LOSS_RULES: Record<string, LossRule> = {
  all: { excludedResults: [], alwaysLost: ['confirm-illegal'], neverLost: [] },
  merits: {
    excludedResults: ['withdrawal-allowed', 'dismiss-suit'],
    alwaysLost: ['confirm-illegal'],
    neverLost: [],
  },
  narrow: { excludedResults: [], alwaysLost: [], neverLost: ['confirm-illegal', 'withdrawal-allowed'] },
};

export const ADOPTED_VALUES: Record<string, string[]> = {
  'adopted-or-partly': ['adopted', 'partly'],
  'fully-adopted': ['adopted'],
};

export const INDICATORS: readonly IndicatorDefinition[] = [
  {
    id: 'head-appearance',
    name: '出庭应诉率',
    unit: 'case-defendant',
    dateBasis: '开庭日期（已记录出庭情况的庭次在统计期间内）',
    defaultVariant: 'per-case',
    variants: [
      {
        id: 'per-case',
        name: '按案件（审级）计',
        version: 1,
        numerator: '统计期间内开庭、且至少一次由负责人出庭的案件数',
        denominator: '统计期间内开庭的案件数',
        counts: [
          PER_DEFENDANT,
          '同一审级开庭多次的，只要其中一次负责人出庭即计入分子（2020年最高法负责人出庭规定第7条）。',
          '负责人指正职、副职和分管被诉行为的负责人（同规定第2条），以出庭记录中“属于负责人”为准。',
          HELD_HEARING,
        ],
        excludes: [
          '出庭人员不属于负责人的（如受委托组织或下级机关的负责人、一般工作人员），不计入分子。',
          '只委托律师出庭的，不计入分子。',
        ],
      },
      {
        id: 'per-hearing',
        name: '按庭次计',
        version: 1,
        numerator: '统计期间内负责人出庭的庭次数',
        denominator: '统计期间内的开庭庭次数',
        counts: ['每一庭次对每一被告机关各计一次。', HELD_HEARING],
        excludes: ['出庭人员不属于负责人的，该庭次不计入分子。'],
      },
    ],
  },
  {
    id: 'head-speaking',
    name: '出庭出声率',
    unit: 'appearance',
    dateBasis: '开庭日期',
    defaultVariant: 'standard',
    variants: [
      {
        id: 'standard',
        name: '标准口径',
        version: 1,
        numerator: '负责人出庭并发言的庭次数',
        denominator: '负责人出庭的庭次数',
        counts: [
          '每一庭次对每一被告机关各计一次。',
          '发言以出庭记录中“是否发言”为准（出庭又出声，规定第11条）。',
        ],
        excludes: ['出庭人员不属于负责人的庭次，不计入分子和分母。'],
      },
    ],
  },
  {
    id: 'requested-appearance',
    name: '应出尽出率',
    unit: 'case-defendant',
    dateBasis: '开庭日期',
    defaultVariant: 'standard',
    variants: [
      {
        id: 'standard',
        name: '标准口径',
        version: 1,
        numerator: '法院要求负责人出庭的案件中，负责人在被要求的庭次出庭的案件数',
        denominator: '统计期间内有法院要求负责人出庭的庭次的案件数',
        counts: [PER_DEFENDANT, '法院要求以开庭记录中“法院要求负责人出庭”为准（规定第4条）。', HELD_HEARING],
        excludes: [
          '法院未要求负责人出庭的案件，不计入分子和分母（计入出庭应诉率）。',
          '出庭人员不属于负责人的，不计入分子。',
        ],
      },
    ],
  },
  {
    id: 'performance',
    name: '生效裁判履行率',
    unit: 'case-defendant',
    dateBasis: '裁判生效日期',
    defaultVariant: 'standard',
    variants: [
      {
        id: 'standard',
        name: '标准口径',
        version: 1,
        numerator: '应履行的案件中，统计截止日前已记录履行的案件数',
        denominator: '统计期间内生效、且裁判要求行政机关履行的案件数（应履行）',
        counts: [PER_DEFENDANT],
        excludes: [
          '裁判不要求行政机关履行的（如驳回诉讼请求），不计入分子和分母。',
          '尚未生效的裁判（上诉期内或已上诉）尚未到履行之时，不计入。',
          '统计截止日后才记录履行的，不计入分子。',
        ],
      },
    ],
  },
  {
    id: 'loss',
    name: '败诉率',
    unit: 'case-defendant',
    dateBasis: '裁判文书送达日期',
    defaultVariant: 'all',
    variants: [
      {
        id: 'all',
        name: '全部审结案件口径',
        version: 1,
        numerator: '败诉案件数：登记为败诉的案件，以及确认违法的案件',
        denominator: '统计期间内审结（裁判文书送达）的案件数，含准予撤诉、驳回起诉',
        counts: [
          PER_DEFENDANT,
          '确认违法计为败诉。',
          '行政机关改变被诉行为后原告撤诉的，登记时记为败诉，计入分子；其他准予撤诉计入分母、不计分子。',
          '驳回起诉计入分母、不计入分子。',
        ],
        excludes: ['尚未裁判的案件不计入。'],
      },
      {
        id: 'merits',
        name: '实体裁判口径',
        version: 1,
        numerator: '败诉案件数：登记为败诉的案件，以及确认违法的案件',
        denominator: '统计期间内审结的案件数，不含准予撤诉、驳回起诉',
        counts: [PER_DEFENDANT, '确认违法计为败诉。'],
        excludes: [
          '准予撤诉（包括行政机关改变被诉行为后撤诉）和驳回起诉的案件，不计入分子和分母。',
          '尚未裁判的案件不计入。',
        ],
      },
      {
        id: 'narrow',
        name: '狭义口径（确认违法、撤诉不计败诉）',
        version: 1,
        numerator: '登记为败诉的案件数，不含确认违法和准予撤诉',
        denominator: '统计期间内审结的案件数，含准予撤诉、驳回起诉',
        counts: [PER_DEFENDANT, '准予撤诉、驳回起诉、确认违法计入分母。'],
        excludes: ['确认违法和准予撤诉（包括改变被诉行为后撤诉）不计为败诉。', '尚未裁判的案件不计入。'],
      },
    ],
  },
  {
    id: 'correction',
    name: '纠错率（行政诉讼）',
    unit: 'case-defendant',
    dateBasis: '裁判文书送达日期',
    defaultVariant: 'standard',
    variants: [
      {
        id: 'standard',
        name: '标准口径',
        version: 1,
        numerator: '法院撤销/部分撤销、责令重作、确认违法、确认无效、责令履行、变更被诉行为的案件数',
        denominator: '统计期间内作出实体裁判的案件数（上述结果及驳回诉讼请求、给付/赔偿）',
        counts: [PER_DEFENDANT, '行政复议的纠错率在复议案件登记上线后另行计算。'],
        excludes: ['准予撤诉、驳回起诉、调解及其他结果不计入分子和分母。'],
      },
    ],
  },
  {
    id: 'suggestion-reply',
    name: '司法建议反馈率',
    unit: 'suggestion',
    dateBasis: '答复期限届满日期',
    defaultVariant: 'on-time',
    variants: [
      {
        id: 'on-time',
        name: '按期反馈口径',
        version: 1,
        numerator: '在答复期限内书面答复的司法建议件数',
        denominator: '答复期限在统计期间内届满的司法建议件数',
        counts: ['只计法院向行政机关发出的司法建议，按主送单位统计。'],
        excludes: ['逾期答复的，不计入分子。', '检察建议、复议意见书等其他建议函件不计入。'],
      },
      {
        id: 'by-period-end',
        name: '截至统计截止日反馈口径',
        version: 1,
        numerator: '统计截止日前已书面答复的司法建议件数（含逾期答复）',
        denominator: '答复期限在统计期间内届满的司法建议件数',
        counts: ['只计法院向行政机关发出的司法建议，按主送单位统计。', '逾期答复也计入分子。'],
        excludes: ['检察建议、复议意见书等其他建议函件不计入。'],
      },
    ],
  },
  {
    id: 'suggestion-adoption',
    name: '司法建议采纳率',
    unit: 'suggestion',
    dateBasis: '答复日期',
    defaultVariant: 'adopted-or-partly',
    variants: [
      {
        id: 'adopted-or-partly',
        name: '采纳含部分采纳',
        version: 1,
        numerator: '答复采纳或部分采纳的司法建议件数',
        denominator: '统计期间内答复的司法建议件数',
        counts: ['只计法院向行政机关发出的司法建议，按主送单位统计。'],
        excludes: ['尚未答复的不计入。'],
      },
      {
        id: 'fully-adopted',
        name: '仅计完全采纳',
        version: 1,
        numerator: '答复完全采纳的司法建议件数',
        denominator: '统计期间内答复的司法建议件数',
        counts: ['只计法院向行政机关发出的司法建议，按主送单位统计。'],
        excludes: ['部分采纳不计入分子。', '尚未答复的不计入。'],
      },
    ],
  },
];

export function findIndicator(id: string): IndicatorDefinition | undefined {
  return INDICATORS.find((indicator) => indicator.id === id);
}

export function findVariant(indicator: IndicatorDefinition, variantId: string): IndicatorVariant | undefined {
  return indicator.variants.find((variant) => variant.id === variantId);
}
