// 答复 (the addressee): date, content, adoption with the reason when not fully
// adopted, rectification measures and, when done, the day it was completed.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, Modal, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { replySuggestionSchema, type SuggestionDetail } from '../../../shared/api/suggestions';
import { ADOPTION_LABELS, ADOPTIONS, type Adoption } from '../../../shared/domain/suggestions';
import { chinaToday } from '../../components/format';
import { messageOf } from '../../lib/api-client';
import { applySchemaIssues, applyServerErrors } from '../cases/form-errors';
import { replyToSuggestion, suggestionKeys } from './suggestions-api';

interface Values {
  repliedOn?: Dayjs;
  content?: string;
  adoption?: Adoption;
  adoptionReason?: string;
  rectificationMeasures?: string;
  rectifiedOn?: Dayjs | null;
}

export function ReplyModal(props: { detail: SuggestionDetail; open: boolean; onClose: () => void }) {
  const { detail, open, onClose } = props;
  const [form] = Form.useForm<Values>();
  const adoption = Form.useWatch('adoption', form);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const reply = useMutation({
    mutationFn: (input: Parameters<typeof replyToSuggestion>[1]) => replyToSuggestion(detail.id, input),
    onSuccess: async (saved) => {
      queryClient.setQueryData(suggestionKeys.detail(detail.id), saved);
      await queryClient.invalidateQueries({ queryKey: suggestionKeys.all });
      message.success(saved.isOnTime ? '已答复' : '已答复（逾期答复）');
      onClose();
    },
    onError: (error) => {
      applyServerErrors(form, error);
      message.error(messageOf(error));
    },
  });
  const submit = (values: Values) => {
    const parsed = replySuggestionSchema.safeParse({
      repliedOn: values.repliedOn?.format('YYYY-MM-DD') ?? '',
      content: values.content ?? '',
      adoption: values.adoption,
      adoptionReason: values.adoptionReason || null,
      rectificationMeasures: values.rectificationMeasures || null,
      rectifiedOn: values.rectifiedOn ? values.rectifiedOn.format('YYYY-MM-DD') : null,
      version: detail.version,
    });
    if (!parsed.success) {
      applySchemaIssues(form, parsed.error.issues);
      return;
    }
    reply.mutate(parsed.data);
  };
  return (
    <Modal
      open={open}
      title={`答复 ${detail.documentNumber}`}
      width={680}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="提交答复"
      confirmLoading={reply.isPending}
      destroyOnHidden
    >
      <Form
        name="suggestion-reply"
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ repliedOn: chinaToday(), adoption: 'adopted' }}
        onFinish={submit}
      >
        <Form.Item
          name="repliedOn"
          label="答复日期"
          required
          extra={detail.dueOn ? `答复期限：${detail.dueOn}` : '未设答复期限'}
        >
          <DatePicker />
        </Form.Item>
        <Form.Item name="content" label="答复内容" required>
          <Input.TextArea rows={5} maxLength={10000} />
        </Form.Item>
        <Form.Item name="adoption" label="采纳情况" required>
          <Radio.Group options={ADOPTIONS.map((a) => ({ value: a, label: ADOPTION_LABELS[a] }))} />
        </Form.Item>
        {adoption && adoption !== 'adopted' && (
          <Form.Item name="adoptionReason" label="理由" required>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        )}
        <Form.Item name="rectificationMeasures" label="整改措施">
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
        <Form.Item name="rectifiedOn" label="整改完成日期" extra="尚未整改完成的留空，完成后在详情页登记">
          <DatePicker />
        </Form.Item>
      </Form>
    </Modal>
  );
}
