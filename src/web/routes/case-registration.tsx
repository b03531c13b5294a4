// 更正登记信息: the registration's form filled with the case as registered;
// saving records a correction (with its reason) on the 登记案件 event. A
// stored 身份证号 shows masked and stays when its field is left empty.
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, Result, Skeleton, Space } from 'antd';
import dayjs from 'dayjs';
import { Link, useNavigate, useParams } from 'react-router';
import type { z } from 'zod';
import { type CaseDetail, registrationCorrectionSchema } from '../../shared/api/cases';
import { CASE_FLAGS } from '../../shared/domain/cases/vocabulary';
import { useReportError } from '../components/use-report-error';
import { caseKeys, correctRegistration, fetchCase } from '../features/cases/cases-api';
import { applySchemaIssues, applyServerErrors } from '../features/cases/form-errors';
import {
  RegistrationFields,
  type RegistrationValues,
  registrationInput,
} from '../features/cases/registration-fields';
import { useCaseUpdate } from '../features/cases/use-case-update';
import { isApiError, messageOf } from '../lib/api-client';

interface CorrectionValues extends RegistrationValues {
  reason?: string;
}
type CorrectionBody = z.input<typeof registrationCorrectionSchema>;

function valuesOf(detail: CaseDetail): CorrectionValues {
  const registered = detail.events.find((e) => e.type === 'registered')?.payload as
    | { defendants?: { organisationId: string; isReconsiderationBody?: boolean }[] }
    | undefined;
  const isReconsiderationBody = (id: string) =>
    registered?.defendants?.find((d) => d.organisationId === id)?.isReconsiderationBody === true;
  const partiesIn = (role: 'plaintiff' | 'third-party') =>
    detail.parties
      .filter((p) => p.role === role)
      .map((p) => ({
        partyId: p.id,
        idNumberMasked: p.idNumberMasked,
        kind: p.kind,
        name: p.name,
        uscc: p.uscc ?? undefined,
      }));
  return {
    caseNumber: detail.caseNumber,
    courtId: detail.court.id,
    previousCaseId: detail.previousCase?.id ?? null,
    causeCode: detail.cause.code,
    domainCode: detail.domain.code,
    subject: detail.subject,
    claims: detail.claims,
    filedOn: detail.filedOn ? dayjs(detail.filedOn) : null,
    flags: CASE_FLAGS.filter((flag) => detail[flag]),
    defendants: detail.defendants.map((d) => ({
      organisationId: d.id,
      isReconsiderationBody: isReconsiderationBody(d.id),
    })),
    plaintiffs: partiesIn('plaintiff'),
    thirdParties: partiesIn('third-party'),
  };
}

function CorrectionForm({ detail }: { detail: CaseDetail }) {
  const [form] = Form.useForm<CorrectionValues>();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const reportError = useReportError();
  const update = useCaseUpdate(detail.id);

  const save = useMutation({
    mutationFn: (input: CorrectionBody) =>
      correctRegistration(detail.id, input as Parameters<typeof correctRegistration>[1]),
    onSuccess: async (updated) => {
      await update.saved(updated);
      message.success('登记信息已更正');
      navigate(`/cases/${detail.id}`);
    },
    onError: (error) => {
      if (isApiError(error, 'CONFLICT')) void update.reload();
      applyServerErrors(form, error);
      reportError(error);
    },
  });

  const submit = (values: CorrectionValues) => {
    const input = {
      ...registrationInput(values),
      reason: values.reason?.trim() ?? '',
      version: detail.version,
    };
    const checked = registrationCorrectionSchema.safeParse(input);
    if (!checked.success) {
      const unplaced = applySchemaIssues(form, checked.error.issues);
      message.error(unplaced[0] ?? '请按提示修改后再保存');
      return;
    }
    save.mutate(input);
  };

  return (
    <Form<CorrectionValues>
      name="case-registration"
      form={form}
      layout="vertical"
      onFinish={submit}
      onFinishFailed={() => message.error('请按提示修改后再保存')}
      scrollToFirstError
      initialValues={valuesOf(detail)}
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="更正作为一条更正记录保存在时间线上，原登记内容仍可查看；登记信息不影响期限的计算。"
      />
      <RegistrationFields
        caseId={detail.id}
        previousCase={detail.previousCase}
        defendantNames={Object.fromEntries(detail.defendants.map((d) => [d.id, d.name]))}
      />
      <Card type="inner" title="更正理由" style={{ marginBottom: 16 }}>
        <Form.Item
          name="reason"
          label="理由"
          rules={[
            { required: true, whitespace: true, message: '请填写更正理由' },
            { min: 2, max: 500, message: '更正理由应为2–500个字符' },
          ]}
        >
          <Input.TextArea rows={2} maxLength={500} placeholder="如：案号录入错误，以应诉通知书为准" />
        </Form.Item>
      </Card>
      <Space>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          保存更正
        </Button>
        <Link to={`/cases/${detail.id}`}>
          <Button>取消</Button>
        </Link>
      </Space>
    </Form>
  );
}

export function CaseRegistrationPage() {
  const { id = '' } = useParams();
  const query = useQuery({ queryKey: caseKeys.detail(id), queryFn: () => fetchCase(id) });
  const detail = query.data;
  if (query.isLoading) return <Skeleton active />;
  if (!detail?.abilities.correct) {
    const missing = !detail || isApiError(query.error, 'NOT_FOUND');
    return (
      <Result
        status={missing ? '404' : '403'}
        title={missing ? '案件不存在或无权查看' : '无权更正本案的登记信息'}
        subTitle={query.error ? messageOf(query.error) : undefined}
        extra={<Link to="/cases">返回案件列表</Link>}
      />
    );
  }
  return (
    <Card
      title={`更正登记信息：${detail.caseNumber}`}
      extra={<Link to={`/cases/${detail.id}`}>返回案件</Link>}
    >
      {/* Keyed by version: a reload after someone else's save starts from the new registration. */}
      <CorrectionForm key={detail.version} detail={detail} />
    </Card>
  );
}
