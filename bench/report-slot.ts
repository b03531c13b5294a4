// The city-quarter report slot of `npm run bench`: what 编制 (create the draft)
// and 下载 Word cost for one synthetic city — generateRegionReport, the same
// call the create and refresh commands make, and renderPeriodicReportDocx with
// its charts, plus the .xlsx of its tables — in this process, a few runs.
// Nothing is written to the database: the draft row and its audit entry (one
// insert each) are left out, so the bench can run again on the same data.
// Target: a city-quarter report under 5 s.
import type { Db } from '../src/server/db/client';
import { generateRegionReport } from '../src/server/features/periodic-reports/generate-region-report';
import { draftNarrative } from '../src/server/features/periodic-reports/narrative-text';
import { reportTitleOf } from '../src/server/features/periodic-reports/periodic-reports.present';
import { findRegion, legalOfficeOf } from '../src/server/features/periodic-reports/periodic-reports.queries';
import { renderPeriodicReportDocx } from '../src/server/features/periodic-reports/render-periodic-report-docx';
import { renderReportWorkbook } from '../src/server/features/periodic-reports/render-report-workbook';
import { parsePeriod, periodContaining } from '../src/shared/domain/periodic-reports';
import { ms, timeSequentially } from './stats';

const TARGET_MS = 5000;

/** The last quarter that has ended by today, e.g. 2026-Q3 on 2026-11-22. */
export function lastEndedQuarter(today: string): string {
  const current = periodContaining('quarter', today);
  const [year, q] = [current.year, Number(current.key.slice(-1))];
  return q === 1 ? `${year - 1}-Q4` : `${year}-Q${q - 1}`;
}

export async function benchCityQuarterReport(options: {
  db: Db;
  /** The city's people's government: the region of its 市司法局's reports. */
  cityGovernmentId: string;
  periodKey: string;
  runs: number;
  now: Date;
}): Promise<void> {
  const { db, now } = options;
  const period = parsePeriod('quarter', options.periodKey);
  if (!period) throw new Error(`季度 ${options.periodKey} 格式不对，应为 YYYY-Qn`);
  const region = await findRegion(db, options.cityGovernmentId);
  const office = region && (await legalOfficeOf(db, region.id));
  if (!region || !office) throw new Error('找不到合成数据中的市政府及其司法局');
  const title = reportTitleOf({ regionName: region.name, kind: 'quarter', periodKey: period.key });

  const generate: number[] = [];
  const docx: number[] = [];
  const xlsx: number[] = [];
  let last = { received: 0, judged: 0, agencies: 0, docxBytes: 0, xlsxBytes: 0 };
  const total = await timeSequentially(options.runs, 1, async () => {
    let started = performance.now();
    const data = await generateRegionReport({ db, region, period, now });
    generate.push(performance.now() - started);
    started = performance.now();
    const document = await renderPeriodicReportDocx({
      issuerName: office.name,
      title,
      documentNumber: null,
      data,
      narrative: draftNarrative(data),
      publishedAt: null,
    });
    docx.push(performance.now() - started);
    started = performance.now();
    const workbook = await renderReportWorkbook(title, data);
    xlsx.push(performance.now() - started);
    last = {
      received: data.cases.received,
      judged: data.cases.judged,
      agencies: data.agencies.length,
      docxBytes: document.length,
      xlsxBytes: workbook.length,
    };
  });
  // The warm-up run is timed too by the pushes above; keep only the measured runs.
  const measured = (samples: number[]) => samples.slice(-options.runs).sort((a, b) => a - b);
  const line = (name: string, samples: number[]) => {
    const sorted = measured(samples);
    return `    ${name.padEnd(22)} p50=${ms(sorted[Math.ceil(sorted.length / 2) - 1]!)}  max=${ms(sorted.at(-1)!)}\n`;
  };
  const sortedTotal = [...total].sort((a, b) => a - b);
  const p50 = sortedTotal[Math.ceil(sortedTotal.length / 2) - 1]!;
  const max = sortedTotal.at(-1)!;
  process.stdout.write(
    `\n市级季度报告（进程内，${options.runs} 次，另有 1 次预热）：${office.name}，${title}，${period.from} 至 ${period.to}\n` +
      `  本期收案 ${last.received} 件、审结 ${last.judged} 件、${last.agencies} 个被告机关；` +
      `Word ${Math.round(last.docxBytes / 1024)} KB（含图表），Excel ${Math.round(last.xlsxBytes / 1024)} KB\n` +
      line('统计（generateRegionReport）', generate) +
      line('Word（含服务器端图表）', docx) +
      line('Excel（全部统计表）', xlsx) +
      `    合计                   p50=${ms(p50)}  max=${ms(max)}  目标 < ${TARGET_MS / 1000} 秒：${max < TARGET_MS ? '达标' : '未达标'}\n`,
  );
}
