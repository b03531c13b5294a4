// 更正: the event's fields prefilled (or 作废 with a reason), a preview of the
// deadlines that move, then 确认更正. Nothing is saved before the preview of
// exactly these values has been seen.
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Modal, Radio, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { CaseDetail, CaseEventView } from '../../../shared/api/cases';
import { isApiError, messageOf } from '../../lib/api-client';
import {
  type CorrectionInput,
  type CorrectionPreview,
  correctCaseEvent,
  previewCorrection,
} from './cases-api';
import { applyProblems, applyServerErrors } from './form-errors';
import { isStepType, stepSpecOf } from './step-fields';
import { StepFormFields } from './step-form-fields';
import { checkPayload, type FormValues, toFormValues, toPayload } from './step-values';
import { useCaseUpdate } from './use-case-update';

type Move = CorrectionPreview['moves'][number];
const CHANGE_LABELS: Record<Move['change'], { text: string; color: string }> = {
  moved: { text: '届满日变更', color: 'orange' },
  added: { text: '新增', color: 'blue' },
  cancelled: { text: '不再适用', color: 'default' },
};

interface CorrectionModalProps {
  detail: CaseDetail;
  event: CaseEventView | null;
  onClose: () => void;
}

export function CorrectionModal({ detail, event, onClose }: CorrectionModalProps) {
  const [form] = Form.useForm<FormValues & { mode: 'edit' | 'void'; reason?: string }>();
  const { message } = App.useApp();
  const update = useCaseUpdate(detail.id);
  const [preview, setPreview] = useState<CorrectionPreview | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const spec = event && isStepType(event.type) ? stepSpecOf(event.type) : null;

  /** The request for the form's current values, or null with the problems shown on the form. */
  const inputOf = async (): Promise<CorrectionInput | null> => {
    if (!spec || !event) return null;
    let values: FormValues & { mode: 'edit' | 'void'; reason?: string };
    try {
      values = await form.validateFields();
    } catch {
      return null;
    }
    const isVoid = values.mode === 'void';
    const payload = isVoid ? null : toPayload(spec, values);
    if (payload) {
      const problems = checkPayload(spec.type, payload);
      if (problems.length > 0) {
        applyProblems(form, problems);
        return null;
      }
    }
    return {
      correctsEventId: event.id,
      reason: values.reason?.trim() ?? '',
      payload,
      isVoid,
      version: detail.version,
    };
  };

  const onError = (error: unknown) => {
    setPreview(null);
    if (isApiError(error, 'CONFLICT')) {
      setConflict(error.message);
      void update.reload();
      return;
    }
    applyServerErrors(form, error, ['payload']);
    message.error(messageOf(error));
  };
  const previewing = useMutation({
    mutationFn: (input: CorrectionInput) => previewCorrection(detail.id, input),
    onSuccess: setPreview,
    onError,
  });
  const saving = useMutation({
    mutationFn: (input: CorrectionInput) => correctCaseEvent(detail.id, input),
    onSuccess: async (updated) => {
      await update.saved(updated);
      message.success('已更正，相关期限已重新计算');
      close();
    },
    onError,
  });

  const close = () => {
    setPreview(null);
    setConflict(null);
    onClose();
  };
  const run = async (mutation: typeof previewing | typeof saving) => {
    const input = await inputOf();
    if (input) {
      setConflict(null);
      mutation.mutate(input);
    }
  };

  return (
    <Modal
      open={event !== null}
      title={event ? `更正记录：${event.label}${event.occurredOn ? `（${event.occurredOn}）` : ''}` : ''}
      onCancel={close}
      width={720}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={close}>取消</Button>
          <Button onClick={() => run(previewing)} loading={previewing.isPending}>
            预览
          </Button>
          <Button type="primary" disabled={!preview} onClick={() => run(saving)} loading={saving.isPending}>
            确认更正
          </Button>
        </Space>
      }
    >
      {conflict && (
        <Alert
          type="warning"
          showIcon
          title={conflict}
          description="案件已重新加载，请重新预览。"
          style={{ marginBottom: 16 }}
        />
      )}
      {spec && event && (
        <Form
          name="case-correction"
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={{ ...toFormValues(spec, event.payload), mode: 'edit' }}
          // A changed value needs a new preview before it may be saved.
          onValuesChange={() => setPreview(null)}
        >
          <Form.Item name="mode" label="更正方式">
            <Radio.Group
              options={[
                { value: 'edit', label: '更正内容' },
                { value: 'void', label: '作废该记录' },
              ]}
            />
          </Form.Item>
          <Form.Item
            name="reason"
            label="更正理由"
            rules={[
              { required: true, whitespace: true, message: '请填写更正理由' },
              { min: 2, max: 500, message: '更正理由应为2–500个字符' },
            ]}
          >
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a, b) => a.mode !== b.mode}>
            {({ getFieldValue }) =>
              getFieldValue('mode') === 'void' ? (
                <Alert type="info" showIcon title="作废后该记录不再计入案件状态，相关期限将重新计算" />
              ) : (
                <StepFormFields spec={spec} detail={detail} />
              )
            }
          </Form.Item>
        </Form>
      )}
      {preview && (
        <section aria-label="更正预览">
          <Typography.Title level={5}>预览：期限变动</Typography.Title>
          {preview.moves.length === 0 ? (
            <Typography.Text type="secondary">没有期限因此变动</Typography.Text>
          ) : (
            <Table<Move>
              size="small"
              pagination={false}
              rowKey={(m) => `${m.ruleId}-${m.change}-${m.dueBefore}-${m.dueAfter}`}
              dataSource={preview.moves}
              columns={[
                { title: '期限', dataIndex: 'title' },
                {
                  title: '变动',
                  key: 'change',
                  render: (_, m) => (
                    <Tag color={CHANGE_LABELS[m.change].color}>{CHANGE_LABELS[m.change].text}</Tag>
                  ),
                },
                { title: '原期限届满日', key: 'before', render: (_, m) => m.dueBefore ?? '—' },
                { title: '更正后', key: 'after', render: (_, m) => m.dueAfter ?? '—' },
              ]}
            />
          )}
        </section>
      )}
    </Modal>
  );
}
