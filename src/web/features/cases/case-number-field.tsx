// 案号 with live validation: the parser runs in the browser at each keystroke
// and shows either the recognised parts or what is wrong, in Chinese.
import { Form, Input, Space, Tag, Typography } from 'antd';
import { caseNumberFeedback } from './case-number-feedback';

export function CaseNumberField() {
  const value = Form.useWatch<string | undefined>('caseNumber');
  const feedback = value ? caseNumberFeedback(value) : null;
  const recognised =
    feedback && feedback.parts.length > 0 ? (
      <Space size={4} wrap aria-label="案号解析结果" role="group">
        <Typography.Text type="secondary">识别为：</Typography.Text>
        {feedback.parts.map((part) => (
          <Tag key={part.label} color={feedback.problems.length === 0 ? 'green' : 'default'}>
            {part.label} {part.value}
          </Tag>
        ))}
        {feedback.parsed.normalized && feedback.parsed.normalized !== value?.trim() && (
          <Typography.Text type="secondary">将保存为 {feedback.parsed.normalized}</Typography.Text>
        )}
      </Space>
    ) : (
      '格式如（2026）浙0825行初12号；括号、全角数字和空格均可'
    );
  return (
    <Form.Item
      name="caseNumber"
      label="案号"
      required
      extra={recognised}
      rules={[
        {
          validator: async (_, raw?: string) => {
            const problems = caseNumberFeedback(raw ?? '').problems;
            if (problems.length > 0) throw new Error(problems.join('；'));
          },
        },
      ]}
    >
      <Input placeholder="（2026）浙0825行初12号" maxLength={60} autoComplete="off" />
    </Form.Item>
  );
}
