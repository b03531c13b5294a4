// A small React wrapper around ECharts: the chart is made on mount, given the
// option on every change, resized with its box and disposed on unmount. Only
// the charts and components the pages use are registered, to keep the bundle
// small; a click on a data item is passed on (to open the records behind it).
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import {
  DatasetComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([
  BarChart,
  LineChart,
  PieChart,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  SVGRenderer,
]);

export type EChartOption = echarts.EChartsCoreOption;
export interface EChartClick {
  seriesIndex?: number;
  dataIndex: number;
  name: string;
}

export function EChart({
  option,
  height = 280,
  label,
  onClick,
}: {
  option: EChartOption;
  height?: number;
  /** What the chart shows, for screen readers (the same numbers are in a table beside it). */
  label: string;
  onClick?: (event: EChartClick) => void;
}) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const click = useRef(onClick);
  click.current = onClick;

  useEffect(() => {
    if (!box.current) return;
    const instance = echarts.init(box.current, undefined, { renderer: 'svg' });
    chart.current = instance;
    instance.on('click', (params) => {
      const p = params as { seriesIndex?: number; dataIndex: number; name: string };
      click.current?.({ seriesIndex: p.seriesIndex, dataIndex: p.dataIndex, name: p.name });
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(box.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={box} role="img" aria-label={label} style={{ width: '100%', height }} />;
}
