import { useQuery } from '@tanstack/react-query';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NativeSelect } from '../../components/ui/input';
import { useLocale } from '../../i18n/use-locale';
import { formatDate, formatNumber } from '../../lib/format';
import { commentsKey, getShareOfVoice, type ShareOfVoiceData } from './comments-api';
import { MentionAliasesEditor } from './mention-aliases-editor';

echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

const COLORS = ['#0f766e', '#f59e0b', '#6366f1', '#e11d48', '#0284c7'];

function SovChart({ data, sovLabel }: { data: ShareOfVoiceData; sovLabel: string }) {
  const { locale } = useLocale();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current);
    const periods = data.series.map((b) => formatDate(b.period, locale));
    chart.setOption({
      animation: false,
      grid: { left: 40, right: 44, top: 32, bottom: 28 },
      legend: { top: 0, textStyle: { fontSize: 11 } },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: periods },
      yAxis: [{ type: 'value' }, { type: 'value', min: 0, max: 100, splitLine: { show: false } }],
      color: COLORS,
      series: [
        ...data.targets.map((target) => ({
          name: target.name,
          type: 'bar',
          stack: 'mentions',
          data: data.series.map((b) => (target.role === 'brand' ? b.brand : (b.competitors[target.id] ?? 0))),
        })),
        {
          name: sovLabel,
          type: 'line',
          yAxisIndex: 1,
          connectNulls: true,
          data: data.series.map((b) =>
            b.shareOfVoice === null ? null : Math.round(b.shareOfVoice * 10) / 10,
          ),
        },
      ],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [data, locale, sovLabel]);
  return <div ref={ref} style={{ height: 240 }} className="w-full" data-testid="sov-chart" />;
}

export function ShareOfVoiceCard({ workspaceId, campaignId }: { workspaceId: string; campaignId: string }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const [interval, setInterval] = useState<'day' | 'week'>('week');
  const [editing, setEditing] = useState(false);
  const query = useQuery({
    queryKey: [...commentsKey(workspaceId), 'sov', campaignId, interval],
    queryFn: () => getShareOfVoice(workspaceId, campaignId, interval),
  });
  const data = query.data;
  const value = data?.total.shareOfVoice ?? null;
  return (
    <section className="rounded-lg border border-zinc-200 bg-white p-4" data-testid="sov-card">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-sm font-semibold text-zinc-900">{t('comments.sov.title')}</h2>
        <button
          type="button"
          onClick={() => setEditing((open) => !open)}
          className="ml-auto text-[13px] font-medium text-teal-700 hover:underline"
          data-testid="aliases-toggle"
        >
          {t('comments.aliases.edit')}
        </button>
        <NativeSelect
          className="w-32"
          value={interval}
          onChange={(e) => setInterval(e.target.value === 'day' ? 'day' : 'week')}
          aria-label={t('comments.sov.interval')}
        >
          <option value="week">{t('comments.sov.week')}</option>
          <option value="day">{t('comments.sov.day')}</option>
        </NativeSelect>
      </div>
      {editing && <MentionAliasesEditor campaignId={campaignId} onDone={() => setEditing(false)} />}
      {data && (
        <>
          <p className="mb-2 text-sm text-zinc-700" title={t('comments.sov.formula')} data-testid="sov-total">
            <span className="text-2xl font-semibold tabular-nums text-zinc-900">
              {value === null ? '—' : `${formatNumber(Math.round(value * 10) / 10, locale)} %`}
            </span>{' '}
            {value === null
              ? t('comments.sov.none')
              : t('comments.sov.summary', {
                  brand: data.brand ?? '',
                  mentions: data.total.brand,
                  competitors: Object.values(data.total.competitors).reduce((a, b) => a + b, 0),
                })}
          </p>
          {data.series.length > 0 && <SovChart data={data} sovLabel={t('comments.sov.title')} />}
        </>
      )}
    </section>
  );
}
