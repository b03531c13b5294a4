// Checks of a scheme before it is saved, each naming the field in the form
// and saying in Chinese what is expected.
import { findIndicator, isLowerBetter } from '../indicators/definitions';
import { DEDUCTION_LABELS, round2, type SchemeRules } from './scheme';

export interface SchemeProblem {
  field: string;
  message: string;
}

/** The sum of the items' points (分值合计), as the form shows it while it is edited. */
export function weightSumOf(items: readonly WeightedItem[]): number {
  return round2(items.reduce((sum, item) => sum + (Number(item?.weight) || 0), 0));
}
/** An item as the form holds it while edited: a field emptied, a row just added. */
type WeightedItem = { weight?: number | null } | null | undefined;

/**
 * What is wrong with the items as a whole (none set, or points that do not add
 * up to the base score), or null: the one check of field 'items', shared by the
 * server and the form, which shows it while the weights are edited.
 */
export function itemsProblemOf(items: readonly WeightedItem[], baseScore: number): string | null {
  if (items.length === 0) return '请至少设置一个考核指标项';
  const sum = weightSumOf(items);
  return sum === baseScore ? null : `各指标项分值之和（${sum}分）应等于基础分（${baseScore}分）`;
}

export function validateScheme(rules: SchemeRules): SchemeProblem[] {
  const problems: SchemeProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });
  const seen = new Set<string>();
  rules.items.forEach((item, i) => {
    const name = findIndicator(item.indicatorId)?.name ?? item.indicatorId;
    if (seen.has(item.indicatorId))
      add(`items.${i}.indicatorId`, `指标“${name}”重复设置，每个指标只能设置一项`);
    seen.add(item.indicatorId);
    if (!(item.weight > 0)) add(`items.${i}.weight`, `“${name}”的分值应大于0`);
    if (isLowerBetter(item.indicatorId)) {
      if (!(item.floor > item.target)) {
        add(
          `items.${i}.floor`,
          `“${name}”越低越好：不得分的界限（${item.floor}%）应高于目标值（${item.target}%）`,
        );
      }
    } else if (item.floor > item.target) {
      add(`items.${i}.floor`, `“${name}”不得分的界限（${item.floor}%）不能高于目标值（${item.target}%）`);
    }
  });
  const itemsProblem = itemsProblemOf(rules.items, rules.baseScore);
  if (itemsProblem) add('items', itemsProblem);
  const kinds = new Set<string>();
  rules.deductions.forEach((d, i) => {
    const name = DEDUCTION_LABELS[d.kind].name;
    if (kinds.has(d.kind)) add(`deductions.${i}.kind`, `扣分项“${name}”重复设置`);
    kinds.add(d.kind);
    if (!(d.pointsEach > 0)) add(`deductions.${i}.pointsEach`, `“${name}”每次扣分应大于0`);
    if (d.cap < d.pointsEach)
      add(`deductions.${i}.cap`, `“${name}”扣分上限不能低于每次扣分（${d.pointsEach}分）`);
    if (d.cap > rules.baseScore)
      add(`deductions.${i}.cap`, `“${name}”扣分上限不能超过基础分（${rules.baseScore}分）`);
  });
  const { excellent, good, pass } = rules.grades;
  if (excellent > rules.baseScore)
    add('grades.excellent', `优秀的分数线不能高于基础分（${rules.baseScore}分）`);
  if (!(excellent > good))
    add('grades.good', `良好的分数线（${good}分）应低于优秀的分数线（${excellent}分）`);
  if (!(good > pass)) add('grades.pass', `合格的分数线（${pass}分）应低于良好的分数线（${good}分）`);
  if (!(pass > 0)) add('grades.pass', '合格的分数线应大于0分');
  return problems;
}
