// 时间线: every event of the case in the order it was recorded — what, when,
// who recorded it, and its content read in Chinese. A corrected or voided
// event says so, with the correction's reason. The registration is corrected
// on its own page (更正登记信息), every other step in the correction dialog.
import { Button, Descriptions, Empty, Space, Tag, Timeline, Typography } from 'antd';
import { Link } from 'react-router';
import type { CaseDetail, CaseEventView } from '../../../shared/api/cases';
import { formatDateTime } from '../../components/format';
import { type DisplayContext, describeEvent } from './event-display';
import { useDictionaryLabels } from './reference-selects';
import { isStepType } from './step-fields';
import { hearingLabelOf } from './step-form-fields';

function useDisplayContext(detail: CaseDetail): DisplayContext {
  const causes = useDictionaryLabels('cause');
  const domains = useDictionaryLabels('domain');
  const orgs = new Map<string, string>([
    [detail.court.id, detail.court.name],
    ...detail.defendants.map((d) => [d.id, d.name] as [string, string]),
  ]);
  const cases = new Map<string, string>(detail.relatedCases.map((c) => [c.id, c.caseNumber]));
  if (detail.previousCase) cases.set(detail.previousCase.id, detail.previousCase.caseNumber);
  return {
    orgName: (id) => orgs.get(id),
    hearingLabel: (eventId) => {
      const hearing = detail.hearings.find((h) => h.eventId === eventId);
      return hearing && hearingLabelOf(hearing);
    },
    dictionaryLabel: (kind, code) => {
      const own = kind === 'cause' ? detail.cause : detail.domain;
      return (kind === 'cause' ? causes : domains).get(code) ?? (own.code === code ? own.label : undefined);
    },
    eventLabel: (eventId) => {
      const event = detail.events.find((e) => e.id === eventId);
      return event && `${event.label}${event.occurredOn ? `（${event.occurredOn}）` : ''}`;
    },
    caseNumberOf: (caseId) => cases.get(caseId),
  };
}

interface CaseTimelineProps {
  detail: CaseDetail;
  onCorrect?: (event: CaseEventView) => void;
}

export function CaseTimeline({ detail, onCorrect }: CaseTimelineProps) {
  const ctx = useDisplayContext(detail);
  if (detail.events.length === 0) return <Empty description="暂无记录" />;
  const reasonOf = (correctionId: number | null) => {
    const correction = detail.events.find((e) => e.id === correctionId);
    return typeof correction?.payload.reason === 'string' ? correction.payload.reason : null;
  };
  const canCorrect = (event: CaseEventView) =>
    detail.abilities.correct && isStepType(event.type) && !event.isVoided && onCorrect !== undefined;

  return (
    <Timeline
      items={detail.events.map((event) => {
        const rows = describeEvent(event, ctx);
        const reason = reasonOf(event.correctedByEventId);
        return {
          key: event.id,
          color: event.isVoided ? 'gray' : event.type === 'correction' ? 'blue' : 'green',
          content: (
            <article aria-label={event.label} data-event-type={event.type}>
              <Space wrap size={8}>
                <Typography.Text strong delete={event.isVoided}>
                  {event.label}
                </Typography.Text>
                {event.occurredOn && <Typography.Text>{event.occurredOn}</Typography.Text>}
                {event.isVoided && <Tag color="red">已作废</Tag>}
                {!event.isVoided && event.correctedByEventId !== null && <Tag color="orange">已更正</Tag>}
                {event.type === 'registered' && detail.abilities.correct && onCorrect !== undefined && (
                  <Link to={`/cases/${detail.id}/registration`}>
                    <Button size="small" type="link">
                      更正
                    </Button>
                  </Link>
                )}
                {canCorrect(event) && (
                  <Button size="small" type="link" onClick={() => onCorrect!(event)}>
                    更正
                  </Button>
                )}
              </Space>
              <div>
                <Typography.Text type="secondary">
                  {event.recordedByName} 于 {formatDateTime(event.recordedAt)} 记录
                </Typography.Text>
              </div>
              {reason && (
                <Typography.Text type="warning">
                  {event.isVoided ? '作废' : '更正'}理由：{reason}
                </Typography.Text>
              )}
              {rows.length > 0 && (
                <Descriptions
                  size="small"
                  column={1}
                  style={{ marginTop: 8, maxWidth: 760 }}
                  items={rows.map((row, i) => ({ key: i, label: row.label, children: row.value }))}
                />
              )}
            </article>
          ),
        };
      })}
    />
  );
}
