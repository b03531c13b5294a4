// 法院数据报送: the court liaison uploads hearing schedules, appearance results
// and judgments (dry run, progress, per-row report, confirmation), looks back
// at past imports, or enters one record by hand.
import { Space, Tabs } from 'antd';
import { useState } from 'react';
import { EntryForm } from '../features/court-exchange/entry-form';
import { ImportHistory } from '../features/court-exchange/import-history';
import { ImportReport } from '../features/court-exchange/import-report';
import { UploadPanel } from '../features/court-exchange/upload-panel';

export function CourtExchangePage() {
  const [tab, setTab] = useState('upload');
  const [importId, setImportId] = useState<string | null>(null);
  const open = (id: string) => {
    setImportId(id);
    setTab('upload');
  };
  return (
    <Tabs
      activeKey={tab}
      onChange={setTab}
      items={[
        {
          key: 'upload',
          label: '批量导入',
          children: (
            <Space direction="vertical" style={{ width: '100%' }}>
              <UploadPanel onStarted={setImportId} />
              {importId && <ImportReport key={importId} importId={importId} />}
            </Space>
          ),
        },
        { key: 'entry', label: '逐条录入', children: <EntryForm /> },
        { key: 'history', label: '导入记录', children: <ImportHistory onOpen={open} /> },
      ]}
    />
  );
}
