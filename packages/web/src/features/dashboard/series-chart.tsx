import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/use-locale';
import { cn } from '../../lib/cn';
import type { DailyPoint } from './dashboard-api';
import { formatCompact } from './format-kpi';

echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

const METRICS = ['reach', 'engagements', 'clicks', 'conversions'] as const;
type Metric = (typeof METRICS)[number];
const COLORS: Record<Metric, string> = {
  reach: '#0f766e',
  engagements: '#0369a1',
  clicks: '#7c3aed',
  conversions: '#b45309',
};

/** One metric at a time (they differ by orders of magnitude): the gain of each local day as bars. */
export function SeriesChart({ series }: { series: DailyPoint[] }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const [metric, setMetric] = useState<Metric>('reach');
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current || series.length === 0) return;
    const chart = echarts.init(ref.current);
    chart.setOption({
      animation: false,
      grid: { left: 56, right: 12, top: 12, bottom: 28 },
      tooltip: { trigger: 'axis', valueFormatter: (value: number) => formatCompact(value, locale) },
      xAxis: {
        type: 'category',
        data: series.map((point) => point.day.slice(5).split('-').reverse().join('/')),
        axisTick: { show: false },
      },
      yAxis: { type: 'value', axisLabel: { formatter: (value: number) => formatCompact(value, locale) } },
      series: [
        {
          type: 'bar',
          name: t(`dashboard.series.${metric}`),
          data: series.map((point) => point[metric]),
          itemStyle: { color: COLORS[metric], borderRadius: [3, 3, 0, 0] },
          barMaxWidth: 18,
        },
      ],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [series, metric, locale, t]);
  const totals = Object.fromEntries(
    METRICS.map((m) => [m, series.reduce((sum, point) => sum + point[m], 0)]),
  );
  return (
    <section
      className="rounded-xl border border-zinc-200 bg-white p-4 shadow-sm"
      data-testid="dashboard-series"
    >
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <div>
          <h2 className="text-sm font-semibold text-zinc-900">{t('dashboard.series.title')}</h2>
          <p className="text-xs text-zinc-500">{t('dashboard.series.hint')}</p>
        </div>
        <div className="flex gap-1" role="tablist">
          {METRICS.map((m) => (
            <button
              key={m}
              type="button"
              role="tab"
              aria-selected={metric === m}
              onClick={() => setMetric(m)}
              data-testid={`series-${m}`}
              className={cn(
                'rounded-md px-2.5 py-1 text-xs font-medium',
                metric === m ? 'bg-zinc-900 text-white' : 'text-zinc-600 hover:bg-zinc-100',
              )}
            >
              {t(`dashboard.series.${m}`)}{' '}
              <span className="tabular-nums opacity-70">{formatCompact(totals[m] ?? 0, locale)}</span>
            </button>
          ))}
        </div>
      </div>
      {series.length === 0 ? (
        <p className="py-10 text-center text-sm text-zinc-500">{t('dashboard.series.empty')}</p>
      ) : (
        <div ref={ref} style={{ height: 240 }} className="w-full" data-testid="series-chart" />
      )}
    </section>
  );
}
