// One dictionary (案由 or 管理领域): every entry, disabled ones included, with an edit per row.
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import {
  DICTIONARY_KIND_LABELS,
  type DictionaryEntry,
  type DictionaryKind,
} from '../../../shared/api/dictionaries';
import { messageOf } from '../../lib/api-client';
import { dictionaryKeys, listDictionary } from './dictionaries-api';
import { DictionaryEntryModal, type DictionaryEntryTarget } from './dictionary-entry-modal';

export function DictionaryTable({ kind }: { kind: DictionaryKind }) {
  const [target, setTarget] = useState<DictionaryEntryTarget | null>(null);
  const list = useQuery({ queryKey: dictionaryKeys.list(kind), queryFn: () => listDictionary(kind) });
  const items = list.data?.items ?? [];
  const canManage = list.data?.abilities.manage ?? false;
  const nextSortOrder = Math.min(
    9999,
    Math.max(0, ...items.filter((e) => e.sortOrder < 999).map((e) => e.sortOrder)) + 10,
  );
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {list.error && <Alert type="error" showIcon title={messageOf(list.error)} />}
      {canManage && (
        <Button type="primary" onClick={() => setTarget({ kind, entry: null })}>
          新增{DICTIONARY_KIND_LABELS[kind]}
        </Button>
      )}
      <Table<DictionaryEntry>
        rowKey="code"
        size="middle"
        loading={list.isFetching}
        dataSource={items}
        pagination={false}
        columns={[
          { title: '排序号', dataIndex: 'sortOrder', key: 'sortOrder', width: 90 },
          { title: '名称', dataIndex: 'label', key: 'label' },
          { title: '代码', dataIndex: 'code', key: 'code' },
          {
            title: '状态',
            key: 'disabled',
            render: (_, e) => (e.disabled ? <Tag>已停用</Tag> : <Tag color="green">启用</Tag>),
          },
          {
            title: '操作',
            key: 'actions',
            render: (_, e) =>
              canManage && (
                <Button type="link" size="small" onClick={() => setTarget({ kind, entry: e })}>
                  编辑
                </Button>
              ),
          },
        ]}
      />
      <DictionaryEntryModal target={target} nextSortOrder={nextSortOrder} onClose={() => setTarget(null)} />
    </Space>
  );
}
