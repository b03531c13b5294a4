// 口径: what an indicator counts, shown beside every number computed under it.
import { QuestionCircleOutlined } from '@ant-design/icons';
import { Button, Popover, Typography } from 'antd';
import type { z } from 'zod';
import type { variantSchema } from '../../../shared/api/indicators';

export type Variant = z.infer<typeof variantSchema>;

export function DefinitionText({ variant, dateBasis }: { variant: Variant; dateBasis: string }) {
  return (
    <div style={{ maxWidth: 440 }}>
      <Typography.Paragraph style={{ marginBottom: 4 }}>
        <Typography.Text strong>分子：</Typography.Text>
        {variant.numerator}
      </Typography.Paragraph>
      <Typography.Paragraph style={{ marginBottom: 4 }}>
        <Typography.Text strong>分母：</Typography.Text>
        {variant.denominator}
      </Typography.Paragraph>
      <Typography.Paragraph style={{ marginBottom: 4 }}>
        <Typography.Text strong>统计日期：</Typography.Text>
        {dateBasis}
      </Typography.Paragraph>
      {variant.counts.length > 0 && (
        <>
          <Typography.Text strong>计入：</Typography.Text>
          <ul style={{ margin: '0 0 4px', paddingInlineStart: 20 }}>
            {variant.counts.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </>
      )}
      {variant.excludes.length > 0 && (
        <>
          <Typography.Text strong>不计入：</Typography.Text>
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {variant.excludes.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

export function DefinitionPopover({
  name,
  variant,
  dateBasis,
}: {
  name: string;
  variant: Variant;
  dateBasis: string;
}) {
  return (
    <Popover
      title={`${name}的统计口径：${variant.name}（第${variant.version}版）`}
      content={<DefinitionText variant={variant} dateBasis={dateBasis} />}
      trigger="click"
    >
      <Button type="link" size="small" icon={<QuestionCircleOutlined />} aria-label={`${name}的口径`}>
        口径
      </Button>
    </Popover>
  );
}
