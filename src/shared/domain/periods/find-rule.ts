// Picks the version of a period rule in force on the trigger date (rules.ts keeps all versions).
import { isValidDate } from './dates';
import { PERIOD_RULES, type PeriodRule } from './rules';

/** Whether the rule's effective dates (inclusive; null = unbounded) include the date. */
export function isInForce(rule: PeriodRule, date: string): boolean {
  return (
    (rule.effectiveFrom === null || rule.effectiveFrom <= date) &&
    (rule.effectiveTo === null || date <= rule.effectiveTo)
  );
}

/** All versions of one rule, oldest first. */
export function ruleVersions(id: string, rules: readonly PeriodRule[] = PERIOD_RULES): PeriodRule[] {
  return rules.filter((rule) => rule.id === id).sort((a, b) => a.version - b.version);
}

/**
 * The version of rule `id` in force on the trigger date. Throws when the id is unknown or no
 * version covers the date (e.g. a litigation period triggered before 2015-05-01).
 */
export function findRule(
  id: string,
  triggerDate: string,
  rules: readonly PeriodRule[] = PERIOD_RULES,
): PeriodRule {
  if (!isValidDate(triggerDate)) throw new Error(`日期“${triggerDate}”无效，应为YYYY-MM-DD格式的真实日期`);
  const versions = ruleVersions(id, rules);
  if (versions.length === 0) throw new Error(`没有编号为“${id}”的期间规则`);
  const inForce = versions.filter((rule) => isInForce(rule, triggerDate));
  if (inForce.length !== 1) {
    throw new Error(
      inForce.length === 0
        ? `${triggerDate}时没有有效的“${versions[0]!.name}”规则（${id}）`
        : `“${versions[0]!.name}”规则（${id}）在${triggerDate}有多个有效版本，规则表有误`,
    );
  }
  return inForce[0]!;
}
