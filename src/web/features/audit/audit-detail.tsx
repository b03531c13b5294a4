// The expanded audit row: each recorded field before → after, then the request
// it came from and the row's hash.
import { Descriptions, Table, Typography } from 'antd';
import type { AuditEventRow } from '../../../shared/api/audit';
import { fieldLabel, formatAuditValue } from './audit-fields';

interface ChangeRow {
  key: string;
  before: string;
  after: string;
  changed: boolean;
}

function asRecord(value: unknown): Record<string, unknown> | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  return { value };
}

function changesOf(event: AuditEventRow): ChangeRow[] {
  const before = asRecord(event.before);
  const after = asRecord(event.after);
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return keys.map((key) => {
    const b = before ? formatAuditValue(key, before[key]) : '—';
    const a = after ? formatAuditValue(key, after[key]) : '—';
    return { key, before: b, after: a, changed: b !== a };
  });
}

const pre = { margin: 0, whiteSpace: 'pre-wrap' as const, fontFamily: 'inherit' };

export function AuditDetail({ event }: { event: AuditEventRow }) {
  const rows = changesOf(event);
  return (
    <div style={{ display: 'grid', gap: 12 }}>
      {rows.length > 0 ? (
        <Table<ChangeRow>
          size="small"
          rowKey="key"
          pagination={false}
          dataSource={rows}
          columns={[
            { title: '字段', key: 'key', width: 220, render: (_, row) => fieldLabel(row.key) },
            { title: '修改前', key: 'before', render: (_, row) => <pre style={pre}>{row.before}</pre> },
            {
              title: '修改后',
              key: 'after',
              render: (_, row) => (
                <pre style={{ ...pre, fontWeight: row.changed && event.before ? 600 : undefined }}>
                  {row.after}
                </pre>
              ),
            },
          ]}
        />
      ) : (
        <Typography.Text type="secondary">此记录未记载字段变化</Typography.Text>
      )}
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label="对象标识">{event.targetId ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="请求编号">{event.requestId ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="浏览器/客户端">{event.userAgent ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="哈希">
          <Typography.Text code copyable style={{ wordBreak: 'break-all' }}>
            {event.hash}
          </Typography.Text>
        </Descriptions.Item>
      </Descriptions>
    </div>
  );
}
