// The court of the intake form. The court is proposed from the first
// defendant's region and the filing (or service) date, by the jurisdiction
// table (集中管辖 included); the user may pick another. A court whose 法院代字
// differs from the one in the 案号 is pointed out.
import { useQuery } from '@tanstack/react-query';
import { Form, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useRef } from 'react';
import { parseCaseNumber } from '../../../shared/domain/case-number';
import { chinaToday } from '../../components/format';
import { fetchOrganisation, proposeCourt, referenceKeys } from './cases-api';
import { CourtSelect, useCourts } from './reference-selects';

function useCourtProposal(defendantId: string | undefined, date: string) {
  const org = useQuery({
    queryKey: referenceKeys.org(defendantId ?? ''),
    queryFn: () => fetchOrganisation(defendantId!),
    enabled: !!defendantId,
    staleTime: 5 * 60_000,
  });
  const regionCode = org.data?.regionCode;
  return useQuery({
    queryKey: referenceKeys.proposal(regionCode ?? '', date),
    queryFn: () => proposeCourt(regionCode!, date),
    enabled: !!regionCode,
    staleTime: 5 * 60_000,
  });
}

export function CourtField() {
  const form = Form.useFormInstance();
  const defendantId = Form.useWatch<string | undefined>(['defendants', 0, 'organisationId'], form);
  const filedOn = Form.useWatch<Dayjs | null | undefined>('filedOn', form);
  const servedOn = Form.useWatch<Dayjs | null | undefined>(['service', 'servedOn'], form);
  const courtId = Form.useWatch<string | undefined>('courtId', form);
  const caseNumber = Form.useWatch<string | undefined>('caseNumber', form);
  const date = (filedOn ?? servedOn ?? chinaToday()).format('YYYY-MM-DD');
  const proposal = useCourtProposal(defendantId, date);
  const courts = useCourts();
  // The last court we filled in: a proposal replaces it, never a court the user picked.
  const proposed = useRef<string | undefined>(undefined);

  const proposedId = proposal.data?.court?.organisationId;
  useEffect(() => {
    if (!proposedId) return;
    const current = form.getFieldValue('courtId');
    if (!current || current === proposed.current) form.setFieldValue('courtId', proposedId);
    proposed.current = proposedId;
  }, [form, proposedId]);

  const numberCode = caseNumber ? parseCaseNumber(caseNumber).courtCode : null;
  const chosen = courts.data?.items.find((court) => court.organisationId === courtId);
  const mismatch = numberCode && chosen && chosen.courtCode !== numberCode;

  const extra = (
    <Space orientation="vertical" size={0}>
      {proposal.data && (
        <Typography.Text type="secondary">
          {proposal.data.court ? `建议：${proposal.data.court.name}。` : ''}
          {proposal.data.reason}
        </Typography.Text>
      )}
      {mismatch && (
        <Typography.Text type="warning">
          案号中的法院代字为“{numberCode}”，所选法院的代字为“{chosen.courtCode}”，请核对
        </Typography.Text>
      )}
    </Space>
  );
  return (
    <Form.Item
      name="courtId"
      label="审理法院"
      rules={[{ required: true, message: '请选择审理法院' }]}
      extra={extra}
    >
      <CourtSelect placeholder="选择法院" />
    </Form.Item>
  );
}
