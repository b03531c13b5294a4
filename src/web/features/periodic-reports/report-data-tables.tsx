// The report's statistical tables as the server presents them — the same
// headers and rows as in the Word document and the Excel workbook.
import { Table, Typography } from 'antd';
import type { PeriodicReport } from '../../../shared/api/periodic-reports';

type ReportTable = PeriodicReport['tables'][number];

/** Longer than this (in characters), a column's text is a sentence, such as a 口径, not a figure. */
const SENTENCE_LENGTH = 30;

/** Whether a column holds sentences, which wrap within a bounded width instead of widening the table. */
const isTextColumn = (t: ReportTable, i: number) =>
  t.rows.some((row) => typeof row[i] === 'string' && row[i].length > SENTENCE_LENGTH);

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
            // Wide tables of figures (each unit's eight rates) scroll; a column of sentences wraps.
            scroll={{ x: 'max-content' }}
            rowKey={(row) => String(row[0])}
            dataSource={t.rows}
            locale={{ emptyText: '本期无数据' }}
            columns={t.headers.map((header, i) => {
              const wraps = isTextColumn(t, i);
              return {
                title: header,
                key: String(i),
                render: (_: unknown, row: (string | number)[]) =>
                  wraps ? (
                    // The table is as wide as its content: a bounded block makes the long text wrap.
                    <div style={{ minWidth: '16em', maxWidth: '32em', whiteSpace: 'normal' }}>{row[i]}</div>
                  ) : (
                    row[i]
                  ),
              };
            })}
          />
        </div>
      ))}
    </>
  );
}
