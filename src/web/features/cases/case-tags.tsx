// Small pieces shown wherever a case appears: its stage, its flags, and a due
// date coloured by urgency (red overdue, orange within 3 working days).
import { Space, Tag, Typography } from 'antd';
import {
  CASE_FLAG_LABELS,
  CASE_FLAGS,
  CASE_STAGE_LABELS,
  type CaseStage,
} from '../../../shared/domain/cases/vocabulary';
import { STAGE_COLORS } from './case-options';

export function StageTag({ stage }: { stage: CaseStage }) {
  return <Tag color={STAGE_COLORS[stage]}>{CASE_STAGE_LABELS[stage]}</Tag>;
}

export function FlagTags({ flags }: { flags: Record<(typeof CASE_FLAGS)[number], boolean> }) {
  const set = CASE_FLAGS.filter((flag) => flags[flag]);
  if (set.length === 0) return null;
  return (
    <>
      {set.map((flag) => (
        <Tag key={flag} color={flag === 'isMajorSensitive' ? 'red' : 'volcano'}>
          {CASE_FLAG_LABELS[flag]}
        </Tag>
      ))}
    </>
  );
}

export const URGENCY_COLORS = { overdue: '#cf1322', soon: '#d46b08' } as const;

export function urgencyOf(item: { isOverdue: boolean; isDueSoon: boolean }): 'overdue' | 'soon' | null {
  if (item.isOverdue) return 'overdue';
  if (item.isDueSoon) return 'soon';
  return null;
}

/** A due date; overdue in red, due soon in orange, each with words (not colour alone). */
export function DueDate({
  due,
  isOverdue,
  isDueSoon,
}: {
  due: string;
  isOverdue: boolean;
  isDueSoon: boolean;
}) {
  const urgency = urgencyOf({ isOverdue, isDueSoon });
  if (!urgency) return <span>{due}</span>;
  return (
    <Space size={4}>
      <Typography.Text strong style={{ color: URGENCY_COLORS[urgency] }}>
        {due}
      </Typography.Text>
      <Tag color={urgency === 'overdue' ? 'red' : 'orange'}>
        {urgency === 'overdue' ? '已逾期' : '即将到期'}
      </Tag>
    </Space>
  );
}
