// The state of a 三通报 as a tag: 待报送, 已报送, or 逾期未报送 in red.
import { Tag } from 'antd';
import { MONTHLY_REPORT_STATUS_LABELS } from '../../../shared/api/monthly-reports';

export function ReportStatusTag({ status, isOverdue }: { status: 'draft' | 'sent'; isOverdue: boolean }) {
  if (isOverdue) return <Tag color="red">{MONTHLY_REPORT_STATUS_LABELS.overdue}</Tag>;
  return <Tag color={status === 'sent' ? 'green' : 'gold'}>{MONTHLY_REPORT_STATUS_LABELS[status]}</Tag>;
}
