// The form of one step (记录送达, 安排开庭, 记录出庭情况…): its fields, checked
// in the browser with the server's schema, sent with the case's version. On a
// conflict the server's message is shown, the case reloaded and the form kept.
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Form, Modal } from 'antd';
import { useState } from 'react';
import type { CaseDetail } from '../../../shared/api/cases';
import { CASE_EVENT_LABELS } from '../../../shared/domain/cases/vocabulary';
import { isApiError, messageOf } from '../../lib/api-client';
import { recordCaseStep } from './cases-api';
import { applyProblems, applyServerErrors } from './form-errors';
import type { StepSpec } from './step-fields';
import { StepFormFields } from './step-form-fields';
import { checkPayload, type FormValues, toFormValues, toPayload } from './step-values';
import { useCaseUpdate } from './use-case-update';

interface StepModalProps {
  detail: CaseDetail;
  spec: StepSpec | null;
  onClose: () => void;
}

export function StepModal({ detail, spec, onClose }: StepModalProps) {
  const [form] = Form.useForm<FormValues>();
  const { message } = App.useApp();
  const update = useCaseUpdate(detail.id);
  const [conflict, setConflict] = useState<string | null>(null);
  const title = spec ? CASE_EVENT_LABELS[spec.type] : '';

  const save = useMutation({
    // The version is read when sending: after a conflict it is the reloaded case's.
    mutationFn: (payload: Record<string, unknown>) =>
      recordCaseStep(detail.id, spec!.path, payload, detail.version),
    onSuccess: async (updated) => {
      await update.saved(updated);
      message.success(`已${title}`);
      close();
    },
    onError: (error) => {
      if (isApiError(error, 'CONFLICT')) {
        setConflict(error.message);
        void update.reload();
        return;
      }
      applyServerErrors(form, error);
      message.error(messageOf(error));
    },
  });

  const close = () => {
    setConflict(null);
    onClose();
  };

  const submit = (values: FormValues) => {
    if (!spec) return;
    const payload = toPayload(spec, values);
    const problems = checkPayload(spec.type, payload);
    if (problems.length > 0) {
      const unplaced = applyProblems(form, problems);
      if (unplaced.length > 0) message.error(unplaced[0]);
      return;
    }
    setConflict(null);
    save.mutate(payload);
  };

  return (
    <Modal
      open={spec !== null}
      title={title}
      onCancel={close}
      onOk={() => form.submit()}
      okText="保存"
      confirmLoading={save.isPending}
      destroyOnHidden
      width={640}
    >
      {conflict && (
        <Alert
          type="warning"
          showIcon
          title={conflict}
          description="案件已重新加载，请核对后再保存。"
          style={{ marginBottom: 16 }}
        />
      )}
      {spec && (
        <Form
          name={`step-${spec.path}`}
          form={form}
          layout="vertical"
          initialValues={toFormValues(spec)}
          onFinish={submit}
          preserve={false}
        >
          <StepFormFields spec={spec} detail={detail} />
        </Form>
      )}
    </Modal>
  );
}
