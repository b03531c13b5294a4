// The status of the day as a coloured tag, with the days left or late.
import { Tag } from 'antd';
import type { SuggestionSummary } from '../../../shared/api/suggestions';

const COLORS: Record<SuggestionSummary['status'], string> = {
  pending: 'blue',
  'due-soon': 'orange',
  overdue: 'red',
  replied: 'green',
};

export function SuggestionStatusTag({ item }: { item: SuggestionSummary }) {
  let extra = '';
  if (item.daysLeft !== null && item.status !== 'replied') {
    extra =
      item.daysLeft < 0
        ? `（逾期${-item.daysLeft}天）`
        : item.daysLeft === 0
          ? '（今天到期）'
          : `（剩${item.daysLeft}天）`;
  }
  if (item.status === 'replied') extra = item.isOnTime ? '（按期）' : '（逾期答复）';
  return <Tag color={COLORS[item.status]}>{`${item.statusLabel}${extra}`}</Tag>;
}
