// 登记案件: intake from the court's 应诉通知书 — number, court, the dispute,
// the parties, and the service of the notice — then on to the case page.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Col, DatePicker, Form, Input, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { Link, useNavigate } from 'react-router';
import type { z } from 'zod';
import { registerCaseSchema } from '../../shared/api/cases';
import { useReportError } from '../components/use-report-error';
import { useCurrentUser } from '../features/auth/session';
import { SERVICE_MANNER_OPTIONS } from '../features/cases/case-options';
import { caseKeys, registerCase } from '../features/cases/cases-api';
import { applySchemaIssues, applyServerErrors } from '../features/cases/form-errors';
import {
  RegistrationFields,
  type RegistrationValues,
  registrationInput,
} from '../features/cases/registration-fields';
import { notFuture } from '../features/cases/step-form-fields';

interface IntakeValues extends RegistrationValues {
  service?: { servedOn?: Dayjs | null; manner?: string; signedBy?: string };
}

type RegisterBody = z.input<typeof registerCaseSchema>;

function inputOf(values: IntakeValues): RegisterBody {
  const service = values.service?.servedOn
    ? {
        servedOn: values.service.servedOn.format('YYYY-MM-DD'),
        manner: values.service.manner as 'direct',
        signedBy: values.service.signedBy?.trim() || null,
      }
    : null;
  return { ...registrationInput(values), service };
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
      const unplaced = applySchemaIssues(form, checked.error.issues);
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
        <RegistrationFields
          defendantNames={ownAgency ? { [ownAgency.id]: ownAgency.name } : {}}
          noticeExtra={
            <>
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
                        if (getFieldValue(['service', 'servedOn']) && !value)
                          throw new Error('请选择送达方式');
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
            </>
          }
        />

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
