import { LineChart as ELineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([ELineChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

export interface Series {
  name: string;
  points: [string, number][];
}

/** A time-series line chart; `format` renders axis and tooltip values. */
export function LineChart({
  series,
  format,
  testId,
  height = 220,
}: {
  series: Series[];
  format(value: number): string;
  testId: string;
  height?: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current);
    chart.setOption({
      animation: false,
      grid: { left: 64, right: 16, top: series.length > 1 ? 32 : 12, bottom: 28 },
      legend: series.length > 1 ? { top: 0, textStyle: { fontSize: 11 } } : undefined,
      tooltip: { trigger: 'axis', valueFormatter: (value: number) => format(value) },
      xAxis: { type: 'time' },
      yAxis: { type: 'value', scale: true, axisLabel: { formatter: (value: number) => format(value) } },
      color: ['#0f766e', '#0369a1', '#7c3aed', '#b45309', '#be123c'],
      series: series.map((item) => ({
        name: item.name,
        type: 'line',
        showSymbol: item.points.length < 40,
        data: item.points,
      })),
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [series, format]);
  return <div ref={ref} style={{ height }} className="w-full" data-testid={testId} />;
}
