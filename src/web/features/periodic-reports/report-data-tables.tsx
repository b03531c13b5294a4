// The report's statistical tables as the server presents them — the same
// headers and rows as in the Word document and the Excel workbook.
import { Table, Typography } from 'antd';
import type { PeriodicReport } from '../../../shared/api/periodic-reports';

export function ReportDataTables({ tables }: { tables: PeriodicReport['tables'] }) {
  return (
    <>
      {tables.map((t) => (
        <div key={t.id} style={{ marginBottom: 24 }}>
          <Typography.Title level={5}>{t.title}</Typography.Title>
          <Table
            size="small"
            bordered
            pagination={false}
            scroll={{ x: 'max-content' }}
            rowKey={(row) => String(row[0])}
            dataSource={t.rows}
            locale={{ emptyText: '本期无数据' }}
            columns={t.headers.map((header, i) => ({
              title: header,
              key: String(i),
              render: (_: unknown, row: (string | number)[]) => row[i],
            }))}
          />
        </div>
      ))}
    </>
  );
}
