import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/use-locale';
import { formatDate } from '../../lib/format';
import type { CampaignSentiment } from './comments-api';

echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

/** Daily comments stacked by sentiment, with the day's sentiment score as a line on the right axis. */
export function SentimentTrendChart({ daily }: { daily: CampaignSentiment['daily'] }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current);
    const days = daily.map((d) => formatDate(d.day, locale));
    const score = daily.map((d) => {
      const total = d.positive + d.neutral + d.negative;
      return total > 0 ? Math.round(((d.positive - d.negative) / total) * 1000) / 10 : null;
    });
    chart.setOption({
      animation: false,
      grid: { left: 40, right: 44, top: 32, bottom: 28 },
      legend: { top: 0, textStyle: { fontSize: 11 } },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: days },
      yAxis: [
        { type: 'value', name: '' },
        { type: 'value', min: -100, max: 100, splitLine: { show: false } },
      ],
      series: [
        {
          name: t('comments.sentiment.positive'),
          type: 'bar',
          stack: 'n',
          data: daily.map((d) => d.positive),
          color: '#10b981',
        },
        {
          name: t('comments.sentiment.neutral'),
          type: 'bar',
          stack: 'n',
          data: daily.map((d) => d.neutral),
          color: '#a1a1aa',
        },
        {
          name: t('comments.sentiment.negative'),
          type: 'bar',
          stack: 'n',
          data: daily.map((d) => d.negative),
          color: '#ef4444',
        },
        {
          name: t('comments.tiles.score'),
          type: 'line',
          yAxisIndex: 1,
          data: score,
          color: '#0f766e',
          connectNulls: true,
        },
      ],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [daily, locale, t]);
  return <div ref={ref} style={{ height: 260 }} className="w-full" data-testid="sentiment-chart" />;
}
