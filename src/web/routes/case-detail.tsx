// 案件详情: summary, parties and related instances; tabs for the timeline,
// the deadlines, hearings and appearances, and materials and letters; the
// steps the server allows now, and corrections of recorded events.
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Result, Skeleton, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { CaseEventView } from '../../shared/api/cases';
import { CaseAttachments } from '../features/cases/case-attachments';
import { CaseDeadlines } from '../features/cases/case-deadlines';
import { CaseHearings } from '../features/cases/case-hearings';
import { CaseLetters } from '../features/cases/case-letters';
import { CaseParties, CaseSummaryView, RelatedCases } from '../features/cases/case-summary';
import { FlagTags, StageTag } from '../features/cases/case-tags';
import { CaseTimeline } from '../features/cases/case-timeline';
import { caseKeys, fetchCase } from '../features/cases/cases-api';
import { CorrectionModal } from '../features/cases/correction-modal';
import { StepActions } from '../features/cases/step-actions';
import type { StepSpec } from '../features/cases/step-fields';
import { StepModal } from '../features/cases/step-modal';
import { CaseSuggestions } from '../features/suggestions/case-suggestions';
import { isApiError, messageOf } from '../lib/api-client';

export function CaseDetailPage() {
  const { id = '' } = useParams();
  const [step, setStep] = useState<StepSpec | null>(null);
  const [correcting, setCorrecting] = useState<CaseEventView | null>(null);
  const query = useQuery({ queryKey: caseKeys.detail(id), queryFn: () => fetchCase(id) });
  const detail = query.data;

  if (query.isLoading) return <Skeleton active />;
  if (!detail) {
    const missing = isApiError(query.error, 'NOT_FOUND') || isApiError(query.error, 'VALIDATION_FAILED');
    return (
      <Result
        status={missing ? '404' : 'error'}
        title={missing ? '案件不存在或无权查看' : messageOf(query.error)}
        extra={<Link to="/cases">返回案件列表</Link>}
      />
    );
  }

  const overdue = detail.deadlines.filter((d) => d.isOverdue).length;
  const atRisk = detail.hearings.some((h) => h.isAtRisk);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={
          <Space wrap>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {detail.caseNumber}
            </Typography.Title>
            <StageTag stage={detail.stage} />
            <FlagTags flags={detail} />
          </Space>
        }
        extra={
          <Space>
            {detail.abilities.correct && <Link to={`/cases/${detail.id}/registration`}>更正登记信息</Link>}
            <Link to="/cases">返回案件列表</Link>
          </Space>
        }
      >
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          {query.error && <Alert type="error" showIcon title={messageOf(query.error)} />}
          {overdue > 0 && (
            <Alert type="error" showIcon title={`有 ${overdue} 项期限已逾期，请在“期限”中查看`} />
          )}
          {atRisk && <Alert type="warning" showIcon title="开庭在即，尚未确定出庭负责人" />}
          <CaseSummaryView detail={detail} />
          <section aria-label="当事人">
            <Typography.Title level={5}>当事人</Typography.Title>
            <CaseParties parties={detail.parties} />
          </section>
          <section aria-label="关联案件">
            <Typography.Title level={5}>同一争议的其他审级</Typography.Title>
            <RelatedCases detail={detail} />
          </section>
          <StepActions detail={detail} onOpen={setStep} />
        </Space>
      </Card>
      <Card>
        <Tabs
          items={[
            {
              key: 'timeline',
              label: '时间线',
              children: <CaseTimeline detail={detail} onCorrect={setCorrecting} />,
            },
            {
              key: 'deadlines',
              label: `期限（${detail.deadlines.length}）`,
              children: <CaseDeadlines detail={detail} />,
            },
            {
              key: 'hearings',
              label: `开庭与出庭（${detail.hearings.length}）`,
              children: <CaseHearings detail={detail} />,
            },
            {
              key: 'documents',
              label: '材料与文书',
              children: (
                <Space orientation="vertical" size="large" style={{ width: '100%' }}>
                  <CaseAttachments detail={detail} />
                  <CaseLetters detail={detail} />
                  <CaseSuggestions caseId={detail.id} />
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <StepModal detail={detail} spec={step} onClose={() => setStep(null)} />
      <CorrectionModal detail={detail} event={correcting} onClose={() => setCorrecting(null)} />
    </Space>
  );
}
