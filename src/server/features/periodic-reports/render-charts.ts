// The report's charts, drawn on the server: ECharts renders SVG without a DOM
// (server-side rendering, animation off) and resvg rasterises it to PNG with a
// CJK font, so that Word shows the same picture everywhere and the Chinese
// labels are glyphs, not boxes. Fonts are looked for under /usr/share/fonts
// (WenQuanYi Micro Hei in CI and on the servers); system fonts are loaded too.
import fs from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import * as echarts from 'echarts';

const FONT_FAMILY = 'WenQuanYi Micro Hei, Microsoft YaHei, SimHei, sans-serif';
const CJK_FONT_NAMES = /(wqy|microhei|zenhei|noto.*cjk|sourcehan|simhei|simsun|msyh|droidsansfallback)/i;
const WIDTH = 800;
const HEIGHT = 400;
/** Pixels of the PNG: twice the drawing, so that print stays sharp. */
export const CHART_PIXEL_WIDTH = 1600;

let fontFiles: string[] | null = null;
function cjkFontFiles(): string[] {
  if (fontFiles) return fontFiles;
  const found: string[] = [];
  const walk = (dir: string, depth: number) => {
    if (depth > 4) return;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full, depth + 1);
      else if (/\.(ttf|ttc|otf)$/i.test(entry.name) && CJK_FONT_NAMES.test(entry.name)) found.push(full);
    }
  };
  walk('/usr/share/fonts', 0);
  fontFiles = found;
  return found;
}

export interface ChartPng {
  png: Buffer;
  /** Size the image takes in the document, in pixels at 96 dpi. */
  width: number;
  height: number;
}

function renderOption(option: echarts.EChartsCoreOption, height = HEIGHT): ChartPng {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: WIDTH, height });
  try {
    chart.setOption({
      animation: false,
      backgroundColor: '#ffffff',
      textStyle: { fontFamily: FONT_FAMILY },
      ...option,
    });
    const svg = chart.renderToSVGString();
    const resvg = new Resvg(svg, {
      font: { loadSystemFonts: true, fontFiles: cjkFontFiles(), defaultFontFamily: 'WenQuanYi Micro Hei' },
      fitTo: { mode: 'width', value: CHART_PIXEL_WIDTH },
    });
    // Printed 600 pixels wide (of the 版心's 590 at 96 dpi, near enough), the height in proportion.
    return { png: resvg.render().asPng(), width: 600, height: Math.round((height * 600) / WIDTH) };
  } finally {
    chart.dispose();
  }
}

const title = (text: string) => ({
  text,
  left: 'center',
  textStyle: { fontSize: 16, fontFamily: FONT_FAMILY },
});

/** Up to this many names, rates stand as columns; more lie as rows, one name a line. */
const COLUMN_LIMIT = 8;
/** Rows in one chart: 30 fill about three quarters of an A4 page. */
export const RATE_ROWS_PER_CHART = 30;
const ROW_HEIGHT = 24;

/**
 * A rate per name as one chart or, past RATE_ROWS_PER_CHART names, several, highest rate
 * first (ties by name): every name stays in the report and legible, however many units a
 * city has. Headings of a split carry 1/n.
 */
export function rateChartPages(
  heading: string,
  bars: { name: string; rate: number }[],
): { heading: string; bars: { name: string; rate: number }[] }[] {
  const sorted = [...bars].sort((a, b) => b.rate - a.rate || a.name.localeCompare(b.name, 'zh-CN'));
  const count = Math.max(1, Math.ceil(sorted.length / RATE_ROWS_PER_CHART));
  return Array.from({ length: count }, (_, i) => ({
    heading: count === 1 ? heading : `${heading}（${i + 1}/${count}）`,
    bars: sorted.slice(i * RATE_ROWS_PER_CHART, (i + 1) * RATE_ROWS_PER_CHART),
  }));
}

/** Bars of a rate per name (0–100%): columns for a few names, rows (names at the left) for more. */
export function renderRateBars(heading: string, bars: { name: string; rate: number }[]): ChartPng {
  const series = {
    type: 'bar',
    data: bars.map((b) => b.rate),
    barMaxWidth: 40,
    itemStyle: { color: '#c0392b' },
  };
  const rates = { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } };
  if (bars.length <= COLUMN_LIMIT) {
    return renderOption({
      title: title(heading),
      // Room above 100% for the bars' value labels, below the title.
      grid: { left: 60, right: 20, top: 66, bottom: 110 },
      xAxis: {
        type: 'category',
        data: bars.map((b) => b.name),
        axisLabel: { interval: 0, rotate: bars.length > 5 ? 30 : 0, fontSize: 12 },
      },
      yAxis: rates,
      series: [{ ...series, label: { show: true, position: 'top', formatter: '{c}%', fontSize: 12 } }],
    });
  }
  // Names at the left as wide as the longest (a Chinese character is about 13 px at 13 px).
  const nameWidth = Math.min(Math.max(...bars.map((b) => [...b.name].length)) * 13 + 12, 340);
  return renderOption(
    {
      title: title(heading),
      grid: { left: nameWidth, right: 56, top: 50, bottom: 30 },
      xAxis: rates,
      yAxis: {
        type: 'category',
        inverse: true,
        data: bars.map((b) => b.name),
        axisLabel: { interval: 0, fontSize: 13 },
      },
      series: [{ ...series, label: { show: true, position: 'right', formatter: '{c}%', fontSize: 12 } }],
    },
    80 + bars.length * ROW_HEIGHT,
  );
}

/** Bars of counts per group (案由, 管理领域…). */
export function renderCountBars(heading: string, groups: { label: string; count: number }[]): ChartPng {
  return renderOption({
    title: title(heading),
    grid: { left: 50, right: 20, top: 50, bottom: 110 },
    xAxis: {
      type: 'category',
      data: groups.map((g) => g.label),
      axisLabel: { interval: 0, rotate: groups.length > 5 ? 35 : 0, fontSize: 11 },
    },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        type: 'bar',
        data: groups.map((g) => g.count),
        barMaxWidth: 40,
        itemStyle: { color: '#2c6fbb' },
        label: { show: true, position: 'top', fontSize: 11 },
      },
    ],
  });
}

/** The monthly trend: cases received (bars) and the head-appearance rate (line). */
export function renderTrend(
  heading: string,
  months: { label: string; received: number; rate: number | null }[],
): ChartPng {
  return renderOption({
    title: title(heading),
    legend: { bottom: 4, data: ['收案件数', '负责人出庭应诉率'] },
    grid: { left: 50, right: 60, top: 60, bottom: 70 },
    xAxis: { type: 'category', data: months.map((m) => m.label) },
    yAxis: [
      { type: 'value', name: '件', minInterval: 1 },
      { type: 'value', name: '%', min: 0, max: 100 },
    ],
    series: [
      { name: '收案件数', type: 'bar', data: months.map((m) => m.received), itemStyle: { color: '#2c6fbb' } },
      {
        name: '负责人出庭应诉率',
        type: 'line',
        yAxisIndex: 1,
        data: months.map((m) => m.rate),
        connectNulls: true,
        itemStyle: { color: '#c0392b' },
        label: { show: true, formatter: '{c}%', fontSize: 11 },
      },
    ],
  });
}
