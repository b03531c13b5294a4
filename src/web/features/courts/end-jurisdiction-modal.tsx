// 终止集中管辖安排: the last day the mapping is in force.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Form, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { Jurisdiction } from '../../../shared/api/courts';
import { useReportError } from '../../components/use-report-error';
import { courtKeys, endJurisdiction } from './courts-api';

interface EndJurisdictionModalProps {
  mapping: Jurisdiction | null;
  onClose: () => void;
}

export function EndJurisdictionModal({ mapping, onClose }: EndJurisdictionModalProps) {
  const [form] = Form.useForm<{ effectiveTo: Dayjs }>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const reportError = useReportError();
  const refresh = () => queryClient.invalidateQueries({ queryKey: courtKeys.all });
  const end = useMutation({
    mutationFn: (effectiveTo: string) => endJurisdiction(mapping!, effectiveTo),
    onSuccess: async (ended) => {
      message.success(`已终止，最后有效日为 ${ended.effectiveTo}`);
      await refresh();
      onClose();
    },
    onError: (error) =>
      reportError(error, {
        form,
        onConflict: () => {
          void refresh();
          onClose();
        },
      }),
  });
  return (
    <Modal
      open={mapping !== null}
      title="终止集中管辖安排"
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="终止"
      okButtonProps={{ danger: true }}
      confirmLoading={end.isPending}
      destroyOnHidden
    >
      {mapping && (
        <Typography.Paragraph>
          行政区划 {mapping.regionCode} 的案件自 {mapping.effectiveFrom} 起由{mapping.court.name}管辖。
          终止后，此后立案的案件按其他管辖安排或由本区划的基层人民法院管辖。
        </Typography.Paragraph>
      )}
      <Form
        name="end-jurisdiction"
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={(values) => end.mutate(values.effectiveTo.format('YYYY-MM-DD'))}
      >
        <Form.Item
          name="effectiveTo"
          label="最后有效日（含当日）"
          rules={[{ required: true, message: '请选择最后有效日' }]}
        >
          <DatePicker
            style={{ width: '100%' }}
            disabledDate={(date) => mapping !== null && date.isBefore(dayjs(mapping.effectiveFrom), 'day')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
