import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { workspacePath } from '../../api/workspaces';
import { Badge } from '../../components/ui/badge';
import { Button } from '../../components/ui/button';
import { NativeSelect } from '../../components/ui/input';
import { useLocale } from '../../i18n/use-locale';
import { api } from '../../lib/api-client';
import { formatDateTime } from '../../lib/format';
import { useErrorText } from '../../lib/use-error-text';
import { useWorkspace } from '../workspaces/use-workspace';
import { canWriteCreators } from './creator-permissions';
import { vettingKey } from './vetting-api';

type Level = 'medium' | 'high' | 'critical';
interface BackgroundCheck {
  id: string;
  note: string;
  raisesRiskTo: Level | null;
  authorName: string;
  createdAt: string;
}

const LEVEL_TONES = { medium: 'amber', high: 'red', critical: 'red' } as const;

/** Manual background-check notes (B4): who wrote what and when; a note may raise the risk level. */
export function BackgroundChecksPanel({ creatorId }: { creatorId: string }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const workspace = useWorkspace();
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const path = `${workspacePath(workspace.id)}/creators/${encodeURIComponent(creatorId)}/background-checks`;
  const key = [...vettingKey(workspace.id, creatorId), 'background-checks'];
  const [note, setNote] = useState('');
  const [level, setLevel] = useState<Level | ''>('');
  const notes = useQuery({ queryKey: key, queryFn: () => api.get<{ items: BackgroundCheck[] }>(path) });
  const add = useMutation({
    mutationFn: () => api.post<BackgroundCheck>(path, { note: note.trim(), raisesRiskTo: level || null }),
    onSuccess: () => {
      setNote('');
      setLevel('');
      return queryClient.invalidateQueries({ queryKey: vettingKey(workspace.id, creatorId) });
    },
  });
  return (
    <section className="rounded-lg border border-zinc-200 bg-white p-4" data-testid="background-checks">
      <h2 className="text-sm font-semibold text-zinc-900">{t('backgroundChecks.title')}</h2>
      <ul className="mt-2 space-y-2 text-sm">
        {(notes.data?.items ?? []).map((item) => (
          <li key={item.id} data-testid="background-check">
            {item.raisesRiskTo && (
              <Badge tone={LEVEL_TONES[item.raisesRiskTo]}>
                {t(`backgroundChecks.levels.${item.raisesRiskTo}`)}
              </Badge>
            )}{' '}
            {item.note}
            <div className="text-xs text-zinc-500">
              {item.authorName}, {formatDateTime(item.createdAt, locale)}
            </div>
          </li>
        ))}
        {notes.isSuccess && notes.data.items.length === 0 && (
          <li className="text-zinc-500">{t('backgroundChecks.none')}</li>
        )}
      </ul>
      {canWriteCreators(workspace.role) && (
        <form
          className="mt-3 space-y-2"
          onSubmit={(event) => {
            event.preventDefault();
            add.mutate();
          }}
        >
          <textarea
            aria-label={t('backgroundChecks.note')}
            className="min-h-16 w-full rounded-md border border-zinc-300 px-3 py-2 text-sm"
            value={note}
            onChange={(event) => setNote(event.target.value)}
            placeholder={t('backgroundChecks.placeholder')}
            data-testid="background-check-note"
          />
          <div className="flex flex-wrap items-center gap-2">
            <NativeSelect
              aria-label={t('backgroundChecks.raise')}
              value={level}
              onChange={(event) => setLevel(event.target.value as Level | '')}
              data-testid="background-check-level"
            >
              <option value="">{t('backgroundChecks.noRaise')}</option>
              {(['medium', 'high', 'critical'] as const).map((value) => (
                <option key={value} value={value}>
                  {t('backgroundChecks.raiseTo', { level: t(`backgroundChecks.levels.${value}`) })}
                </option>
              ))}
            </NativeSelect>
            <Button type="submit" size="sm" disabled={note.trim().length < 3} loading={add.isPending}>
              {t('backgroundChecks.add')}
            </Button>
          </div>
          {add.isError && <p className="text-xs text-red-600">{errorText(add.error)}</p>}
        </form>
      )}
    </section>
  );
}
