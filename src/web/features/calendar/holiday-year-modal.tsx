// 录入/修订节假日安排: the year's days in editable rows, the notice cited (required) and the
// notice's addresses. The rows are checked as on the server (shared/domain/holiday-year.ts)
// before saving; what the server still refuses lands on the row it names.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, DatePicker, Form, Input, Modal, Select, Space, Spin } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { SavedHolidayYear } from '../../../shared/api/calendar';
import { type HolidayDayProblem, holidayYearProblems } from '../../../shared/domain/holiday-year';
import { useReportError } from '../../components/use-report-error';
import { isApiError, messageOf } from '../../lib/api-client';
import { calendarKeys, getHolidayYear, saveHolidayYear } from './calendar-api';

interface DayRow {
  date?: Dayjs | null;
  name?: string;
  isOffDay: boolean;
}

interface YearFormValues {
  notice: string;
  papers?: string;
  days: DayRow[];
}

const KIND_OPTIONS = [
  { value: true, label: '放假' },
  { value: false, label: '调休上班' },
];

/** 'days.3.date' → ['days', 3, 'date'], the form's name path. */
const namePath = (field: string) =>
  field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));

interface HolidayYearModalProps {
  year: number | null;
  onClose: () => void;
  /** After a save: the year as saved, with the registered deadlines it moved. */
  onSaved: (saved: SavedHolidayYear) => void;
}

export function HolidayYearModal({ year, onClose, onSaved }: HolidayYearModalProps) {
  const [form] = Form.useForm<YearFormValues>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const reportError = useReportError();
  const detail = useQuery({
    queryKey: calendarKeys.year(year ?? 0),
    queryFn: () => getHolidayYear(year!),
    enabled: year !== null,
  });
  const showProblems = (problems: HolidayDayProblem[]) =>
    form.setFields(problems.map((p) => ({ name: namePath(p.field) as never, errors: [p.message] })));

  const save = useMutation({
    mutationFn: (values: YearFormValues) => {
      const days = values.days.map((d) => ({
        date: d.date ? d.date.format('YYYY-MM-DD') : '',
        name: (d.name ?? '').trim(),
        isOffDay: d.isOffDay,
      }));
      const problems = holidayYearProblems(year!, days);
      if (problems.length > 0) {
        showProblems(problems);
        return Promise.reject(new Error(problems[0]!.message));
      }
      const papers = (values.papers ?? '')
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
      return saveHolidayYear(year!, {
        days,
        papers,
        notice: values.notice.trim(),
        version: detail.data!.version,
      });
    },
    onSuccess: async (saved) => {
      const count = saved.movedDeadlines.length;
      message.success(
        `已保存${saved.year}年的节假日安排，已登记的期限已按新安排重算：${count > 0 ? `${count}个期限的届满日有调整` : '没有期限因此调整'}`,
      );
      // Deadlines shown anywhere (cases, suggestions, to-dos) may have moved.
      await queryClient.invalidateQueries();
      onSaved(saved);
      onClose();
    },
    onError: (error) => {
      // Problems found here before sending are already on their rows.
      if (!isApiError(error)) {
        message.error(error.message);
        return;
      }
      if (error.details.some((d) => d.field.startsWith('days.'))) showProblems(error.details);
      reportError(error, {
        form,
        onConflict: () => {
          void queryClient.invalidateQueries({ queryKey: calendarKeys.all });
          onClose();
        },
      });
    },
  });

  const data = detail.data;
  const initialValues: YearFormValues | undefined = data && {
    notice: data.notice ?? '',
    papers: data.papers.join('\n'),
    days:
      data.days.length > 0
        ? data.days.map((d) => ({ date: dayjs(d.date), name: d.name, isOffDay: d.isOffDay }))
        : [{ date: null, name: '元旦', isOffDay: true }],
  };
  return (
    <Modal
      open={year !== null}
      title={`${data?.source === 'missing' ? '录入' : '修订'}${year ?? ''}年节假日安排`}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="保存"
      confirmLoading={save.isPending}
      destroyOnHidden
      width={760}
    >
      {detail.isLoading && <Spin />}
      {detail.error && <Alert type="error" showIcon title={messageOf(detail.error)} />}
      {initialValues && (
        <Form
          name="holiday-year"
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={initialValues}
          onFinish={(values) => save.mutate(values)}
        >
          {data?.source === 'shipped' && (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 16 }}
              title="保存后，本年度以修订内容为准，取代随系统发布的数据"
            />
          )}
          <Form.Item
            name="notice"
            label="所依据的通知"
            rules={[
              { required: true, whitespace: true, message: '请填写所依据的国务院办公厅通知' },
              { min: 4, max: 200, message: '通知名称应为4–200个字符' },
            ]}
            extra="如：国务院办公厅关于2027年部分节假日安排的通知（国办发明电〔2026〕X号）"
          >
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="papers" label="通知网址" extra="每行一个，可不填">
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.List name="days">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Space key={field.key} align="start" style={{ display: 'flex' }}>
                    <Form.Item
                      name={[field.name, 'date']}
                      rules={[{ required: true, message: '请选择日期' }]}
                      style={{ marginBottom: 8 }}
                    >
                      <DatePicker placeholder="日期" aria-label="日期" />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'name']}
                      rules={[{ required: true, whitespace: true, message: '请填写节日名称' }]}
                      style={{ marginBottom: 8 }}
                    >
                      <Input
                        placeholder="节日，如 春节"
                        aria-label="节日名称"
                        maxLength={20}
                        style={{ width: 160 }}
                      />
                    </Form.Item>
                    <Form.Item name={[field.name, 'isOffDay']} style={{ marginBottom: 8 }}>
                      <Select options={KIND_OPTIONS} aria-label="安排" style={{ width: 120 }} />
                    </Form.Item>
                    <Button
                      type="text"
                      aria-label="删除此行"
                      icon={<DeleteOutlined />}
                      onClick={() => remove(field.name)}
                    />
                  </Space>
                ))}
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  onClick={() => add({ date: null, name: '', isOffDay: true })}
                >
                  添加一天
                </Button>
              </>
            )}
          </Form.List>
        </Form>
      )}
    </Modal>
  );
}
