// 统计口径设置 (coordinator): the region's variant of each indicator. A change
// is confirmed first, audited by the server, and every number is reloaded.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Popconfirm, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import type { IndicatorDefinitionView } from '../../../shared/api/indicators';
import type { IndicatorId } from '../../../shared/domain/indicators/definitions';
import { useReportError } from '../../components/use-report-error';
import { messageOf } from '../../lib/api-client';
import { DefinitionText } from './definition-popover';
import { chooseVariant, fetchDefinitions, indicatorKeys } from './indicators-api';

function VariantControl({ definition }: { definition: IndicatorDefinitionView }) {
  const [variantId, setVariantId] = useState(definition.applied.id);
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const reportError = useReportError();
  const choose = useMutation({
    mutationFn: () => chooseVariant(definition.id as IndicatorId, variantId),
    onSuccess: async (updated) => {
      message.success(`${updated.name}的统计口径已改为“${updated.applied.name}”`);
      // Every number computed under the old variant, here and on the dashboard.
      await queryClient.invalidateQueries();
    },
    onError: (error) => reportError(error),
  });
  const chosen = definition.variants.find((variant) => variant.id === variantId);
  const isChanged = variantId !== definition.applied.id;
  return (
    <span style={{ display: 'inline-flex', gap: 8 }}>
      <Select
        aria-label={`${definition.name}的统计口径`}
        value={variantId}
        onChange={setVariantId}
        style={{ width: 240 }}
        disabled={definition.variants.length < 2}
        options={definition.variants.map((variant) => ({
          value: variant.id,
          label: `${variant.name}（第${variant.version}版）`,
        }))}
      />
      <Popconfirm
        title={`将${definition.name}的统计口径改为“${chosen?.name ?? ''}”？`}
        description={
          chosen ? (
            <div style={{ maxWidth: 440 }}>
              <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
                本地区此后的统计均按此口径计算，此项修改记入审计日志。
              </Typography.Paragraph>
              <DefinitionText variant={chosen} dateBasis={definition.dateBasis} />
            </div>
          ) : null
        }
        okText="确认修改"
        cancelText="取消"
        disabled={!isChanged}
        onConfirm={() => choose.mutateAsync().catch(() => {})}
      >
        <Button type="primary" disabled={!isChanged} loading={choose.isPending}>
          应用
        </Button>
      </Popconfirm>
    </span>
  );
}

export function VariantSettings() {
  const definitions = useQuery({ queryKey: indicatorKeys.definitions, queryFn: fetchDefinitions });
  const items = definitions.data?.items ?? [];
  if (definitions.data && !items.some((item) => item.abilities.configure)) return null;
  return (
    <Card size="small" title="统计口径设置（本地区）">
      {definitions.error ? (
        <Alert type="error" showIcon title={`口径加载失败：${messageOf(definitions.error)}`} />
      ) : null}
      <section aria-label="统计口径设置">
        <Table<IndicatorDefinitionView>
          size="small"
          rowKey="id"
          loading={definitions.isFetching}
          dataSource={items}
          pagination={false}
          locale={{ emptyText: '暂无指标' }}
          columns={[
            { title: '指标', key: 'name', dataIndex: 'name', width: 160 },
            {
              title: '当前口径',
              key: 'applied',
              render: (_, item) => (
                <>
                  {item.applied.name}（第{item.applied.version}版）
                  <Typography.Text type="secondary">
                    {item.appliedBy ? `，由${item.appliedBy}选定` : '，系统默认'}
                  </Typography.Text>
                </>
              ),
            },
            {
              title: '选择口径',
              key: 'choose',
              render: (_, item) =>
                item.abilities.configure ? (
                  <VariantControl key={`${item.id}-${item.applied.id}`} definition={item} />
                ) : (
                  '—'
                ),
            },
          ]}
        />
      </section>
    </Card>
  );
}
