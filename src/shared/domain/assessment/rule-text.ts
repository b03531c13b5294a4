// A scheme item's scoring rule in words, as the scheme, run and result pages
// show it (scoreItem in scoring.ts is the rule itself).
import { isLowerBetter } from '../indicators/definitions';
import type { SchemeItem } from './scheme';

export function itemRuleText(item: SchemeItem): string {
  const { target, floor, weight } = item;
  if (isLowerBetter(item.indicatorId)) {
    return `不高于${target}%得满分${weight}分；高于${target}%的，按比率在${target}%至${floor}%之间线性递减计分；达到或高于${floor}%不得分。`;
  }
  const rule = `达到${target}%及以上得满分${weight}分；低于目标值的，按“实际比率÷目标值×分值”计分`;
  // A floor of 0% leaves no rate below it: "低于0%不得分" would say nothing, so it is left out.
  return floor > 0 ? `${rule}；低于${floor}%不得分。` : `${rule}。`;
}
