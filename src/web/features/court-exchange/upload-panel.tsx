// Choose the kind, download its template, upload a file: the dry run starts
// at once and its report opens below.
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Radio, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import {
  EXCHANGE_COLUMNS,
  EXCHANGE_KIND_LABELS,
  EXCHANGE_KINDS,
  type ExchangeKind,
} from '../../../shared/domain/court-exchange/columns';
import { useReportError } from '../../components/use-report-error';
import { exchangeKeys, templateUrl, uploadImport } from './exchange-api';

export function UploadPanel({ onStarted }: { onStarted: (importId: string) => void }) {
  const [kind, setKind] = useState<ExchangeKind>('hearings');
  const queryClient = useQueryClient();
  const reportError = useReportError();
  const upload = useMutation({
    mutationFn: (file: File) => uploadImport(kind, file),
    onSuccess: (item) => {
      queryClient.setQueryData(exchangeKeys.import(item.id), item);
      void queryClient.invalidateQueries({ queryKey: ['court-exchange', 'imports'] });
      onStarted(item.id);
    },
    onError: (error) => reportError(error),
  });
  const required = EXCHANGE_COLUMNS[kind].filter((c) => c.isRequired).map((c) => c.header);
  return (
    <Card title="上传数据文件">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Radio.Group
          value={kind}
          onChange={(e) => setKind(e.target.value)}
          optionType="button"
          buttonStyle="solid"
          aria-label="数据类型"
          options={EXCHANGE_KINDS.map((k) => ({ value: k, label: EXCHANGE_KIND_LABELS[k] }))}
        />
        <Typography.Text type="secondary">
          支持 Excel（.xlsx）和 CSV（UTF-8 或 GB18030）。必需的列：{required.join('、')}。
          上传后先逐行预检，确认后才写入；同一文件重复导入不会重复登记。
        </Typography.Text>
        <Space wrap>
          <Button icon={<DownloadOutlined />} href={templateUrl(kind)} download>
            下载{EXCHANGE_KIND_LABELS[kind]}模板
          </Button>
          <Upload
            accept=".xlsx,.csv"
            showUploadList={false}
            beforeUpload={(file) => {
              upload.mutate(file);
              return false;
            }}
          >
            <Button type="primary" icon={<UploadOutlined />} loading={upload.isPending}>
              上传并预检
            </Button>
          </Upload>
        </Space>
      </Space>
    </Card>
  );
}
