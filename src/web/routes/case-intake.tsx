// 登记案件: intake from the court's 应诉通知书 — number, court, the dispute,
// the parties, and the service of the notice — then on to the case page.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Checkbox, Col, DatePicker, Form, Input, Row, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { Link, useNavigate } from 'react-router';
import type { z } from 'zod';
import { registerCaseSchema } from '../../shared/api/cases';
import type { CASE_FLAGS } from '../../shared/domain/cases/vocabulary';
import { useReportError } from '../components/use-report-error';
import { useCurrentUser } from '../features/auth/session';
import { CaseNumberField } from '../features/cases/case-number-field';
import { FLAG_OPTIONS, SERVICE_MANNER_OPTIONS } from '../features/cases/case-options';
import { caseKeys, registerCase } from '../features/cases/cases-api';
import { CourtField } from '../features/cases/court-field';
import { DefendantList, type DefendantValues } from '../features/cases/defendant-list';
import { applyProblems, applyServerErrors } from '../features/cases/form-errors';
import { PartyList, type PartyValues, partyInput } from '../features/cases/party-list';
import { CaseSearchSelect, DictionarySelect } from '../features/cases/reference-selects';
import { notFuture } from '../features/cases/step-form-fields';

interface IntakeValues {
  caseNumber: string;
  courtId?: string;
  previousCaseId?: string;
  causeCode?: string;
  domainCode?: string;
  subject?: string;
  claims?: string;
  filedOn?: Dayjs | null;
  flags?: (typeof CASE_FLAGS)[number][];
  defendants?: DefendantValues[];
  plaintiffs?: PartyValues[];
  thirdParties?: PartyValues[];
  service?: { servedOn?: Dayjs | null; manner?: string; signedBy?: string };
}

type RegisterBody = z.input<typeof registerCaseSchema>;

function inputOf(values: IntakeValues): RegisterBody {
  const flags = new Set(values.flags ?? []);
  const service = values.service?.servedOn
    ? {
        servedOn: values.service.servedOn.format('YYYY-MM-DD'),
        manner: values.service.manner as 'direct',
        signedBy: values.service.signedBy?.trim() || null,
      }
    : null;
  return {
    caseNumber: values.caseNumber?.trim() ?? '',
    courtId: values.courtId ?? '',
    previousCaseId: values.previousCaseId ?? null,
    causeCode: values.causeCode ?? '',
    domainCode: values.domainCode ?? '',
    subject: values.subject?.trim() ?? '',
    claims: values.claims?.trim() || null,
    filedOn: values.filedOn?.format('YYYY-MM-DD') ?? null,
    isMajorSensitive: flags.has('isMajorSensitive'),
    isMass: flags.has('isMass'),
    isEnterprise: flags.has('isEnterprise'),
    isDebt: flags.has('isDebt'),
    defendants: (values.defendants ?? []).map((d) => ({
      organisationId: d.organisationId ?? '',
      isReconsiderationBody: d.isReconsiderationBody === true,
    })),
    plaintiffs: (values.plaintiffs ?? []).map(partyInput),
    thirdParties: (values.thirdParties ?? []).map(partyInput),
    service,
  };
}

// The kinds of organisation whose own staff register cases against it (the coordinator's
// office registers cases of other agencies: it starts with an empty defendant).
const OWN_DEFENDANT_KINDS = ['agency', 'township'];

export function CaseIntakePage() {
  const [form] = Form.useForm<IntakeValues>();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const reportError = useReportError();
  // An agency's clerk registers the cases against the agency: it is the first defendant.
  const ownAgency = OWN_DEFENDANT_KINDS.includes(me.organisation.kind) ? me.organisation : null;

  const save = useMutation({
    mutationFn: (input: RegisterBody) => registerCase(input as Parameters<typeof registerCase>[0]),
    onSuccess: async (created) => {
      await queryClient.invalidateQueries({ queryKey: caseKeys.all });
      message.success(`已登记案件 ${created.caseNumber}`);
      navigate(`/cases/${created.id}`);
    },
    onError: (error) => {
      applyServerErrors(form, error);
      reportError(error);
    },
  });

  const submit = (values: IntakeValues) => {
    const input = inputOf(values);
    // The server's own schema, run first: each problem lands on its row at once.
    const checked = registerCaseSchema.safeParse(input);
    if (!checked.success) {
      const unplaced = applyProblems(
        form,
        checked.error.issues.map((issue) => ({
          name: issue.path.map((p) => (typeof p === 'number' ? p : String(p))),
          message: issue.message,
        })),
      );
      message.error(unplaced[0] ?? '请按提示修改后再保存');
      return;
    }
    save.mutate(input);
  };

  return (
    <Card title="登记案件" extra={<Link to="/cases">返回案件列表</Link>}>
      <Form<IntakeValues>
        name="case-intake"
        form={form}
        layout="vertical"
        onFinish={submit}
        onFinishFailed={() => message.error('请按提示修改后再保存')}
        scrollToFirstError
        initialValues={{
          defendants: [{ organisationId: ownAgency?.id, isReconsiderationBody: false }],
          plaintiffs: [{ kind: 'person' }],
          thirdParties: [],
          flags: [],
          service: { manner: 'direct' },
        }}
      >
        <Card type="inner" title="应诉通知书" style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} lg={12}>
              <CaseNumberField />
            </Col>
            <Col xs={24} lg={12}>
              <CourtField />
            </Col>
            <Col xs={24} lg={8}>
              <Form.Item
                name={['service', 'servedOn']}
                label="送达日期"
                extra="未送达的可留空，登记后再“记录送达”"
              >
                <DatePicker disabledDate={notFuture} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} lg={8}>
              <Form.Item
                name={['service', 'manner']}
                label="送达方式"
                dependencies={[['service', 'servedOn']]}
                rules={[
                  ({ getFieldValue }) => ({
                    validator: async (_, value?: string) => {
                      if (getFieldValue(['service', 'servedOn']) && !value) throw new Error('请选择送达方式');
                    },
                  }),
                ]}
              >
                <Select options={SERVICE_MANNER_OPTIONS} />
              </Form.Item>
            </Col>
            <Col xs={24} lg={8}>
              <Form.Item
                name={['service', 'signedBy']}
                label="签收人"
                rules={[{ max: 30, message: '签收人最多30个字符' }]}
              >
                <Input maxLength={30} />
              </Form.Item>
            </Col>
            <Col xs={24} lg={8}>
              <Form.Item name="filedOn" label="立案日期">
                <DatePicker disabledDate={notFuture} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} lg={16}>
              <Form.Item
                name="previousCaseId"
                label="前审案件"
                extra="二审、再审等：关联同一争议的前一审级（可选）"
              >
                <CaseSearchSelect placeholder="输入案号搜索" allowClear />
              </Form.Item>
            </Col>
          </Row>
        </Card>

        <Card type="inner" title="案件信息" style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} lg={12}>
              <Form.Item name="causeCode" label="案由" rules={[{ required: true, message: '请选择案由' }]}>
                <DictionarySelect kind="cause" placeholder="选择案由" />
              </Form.Item>
            </Col>
            <Col xs={24} lg={12}>
              <Form.Item
                name="domainCode"
                label="管理领域"
                rules={[{ required: true, message: '请选择管理领域' }]}
              >
                <DictionarySelect kind="domain" placeholder="选择管理领域" />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item
            name="subject"
            label="被诉行政行为"
            rules={[
              { required: true, whitespace: true, message: '请填写被诉行政行为' },
              { min: 2, max: 500, message: '被诉行政行为应为2–500个字符' },
            ]}
          >
            <Input maxLength={500} placeholder="如：作出的衢柯自然资罚〔2026〕12号行政处罚决定" />
          </Form.Item>
          <Form.Item
            name="claims"
            label="诉讼请求"
            rules={[{ max: 2000, message: '诉讼请求最多2000个字符' }]}
          >
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
          <Form.Item name="flags" label="案件标记">
            <Checkbox.Group options={FLAG_OPTIONS} />
          </Form.Item>
        </Card>

        <Card type="inner" title="被告" style={{ marginBottom: 16 }}>
          <DefendantList initialLabel={ownAgency?.name} />
        </Card>
        <Card type="inner" title="原告" style={{ marginBottom: 16 }}>
          <PartyList name="plaintiffs" title="原告" min={1} />
        </Card>
        <Card type="inner" title="第三人" style={{ marginBottom: 16 }}>
          <PartyList name="thirdParties" title="第三人" min={0} />
        </Card>

        <Space>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            登记
          </Button>
          <Link to="/cases">
            <Button>取消</Button>
          </Link>
        </Space>
      </Form>
    </Card>
  );
}
