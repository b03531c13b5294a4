import { describe, expect, it } from 'vitest';
import { RATE_ROWS_PER_CHART, rateChartPages, renderRateBars } from './render-charts';

const units = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ name: `第${i + 1}单位`, rate: (i * 37) % 101 }));

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(png: Buffer) {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('agencies’ rates as charts', () => {
  it('keeps every unit, highest rate first, and splits a long list into charts of 30', () => {
    const pages = rateChartPages('各单位出庭应诉率', units(45));
    expect(pages.map((p) => [p.heading, p.bars.length])).toEqual([
      ['各单位出庭应诉率（1/2）', RATE_ROWS_PER_CHART],
      ['各单位出庭应诉率（2/2）', 15],
    ]);
    const rates = pages.flatMap((p) => p.bars.map((b) => b.rate));
    expect(rates).toEqual([...rates].sort((a, b) => b - a));
    expect(new Set(pages.flatMap((p) => p.bars.map((b) => b.name))).size).toBe(45);
  });

  it('keeps a short list in one chart under its own heading, ties by name', () => {
    const pages = rateChartPages('各单位出庭应诉率', [
      { name: '乙局', rate: 50 },
      { name: '甲局', rate: 50 },
      { name: '丙局', rate: 80 },
    ]);
    expect(pages).toEqual([
      {
        heading: '各单位出庭应诉率',
        bars: [
          { name: '丙局', rate: 80 },
          { name: '甲局', rate: 50 },
          { name: '乙局', rate: 50 },
        ],
      },
    ]);
  });

  it('lays many units as rows, the chart growing with them, and a few as columns', () => {
    const few = renderRateBars('各单位出庭应诉率', units(5));
    const many = renderRateBars('各单位出庭应诉率', units(RATE_ROWS_PER_CHART));
    expect(few).toMatchObject({ width: 600, height: 300 });
    expect(many.width).toBe(600);
    expect(many.height).toBeGreaterThan(500);
    // The picture has the printed proportions, at twice the drawing's pixels.
    for (const chart of [few, many]) {
      const size = pngSize(chart.png);
      expect(size.width).toBe(1600);
      expect(Math.abs(size.height / size.width - chart.height / chart.width)).toBeLessThan(0.01);
    }
  });
});
