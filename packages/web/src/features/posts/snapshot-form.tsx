import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { Field } from '../../components/ui/field';
import { Input } from '../../components/ui/input';
import { useErrorText } from '../../lib/use-error-text';
import { isoToLocalInput, localInputToIso } from '../deliverables/local-datetime';
import { useWorkspace } from '../workspaces/use-workspace';
import { parseCount } from './post-figures';
import {
  postsKey,
  pushSnapshot,
  SNAPSHOT_METRICS,
  type SnapshotInput,
  type SnapshotMetric,
} from './posts-api';

type Counts = Record<SnapshotMetric, string>;
const BLANK = Object.fromEntries(SNAPSHOT_METRICS.map((metric) => [metric, ''])) as Counts;

/** Adds one snapshot by hand; a metric left blank is sent as not recorded, never as 0. */
export function SnapshotForm({ postId }: { postId: string }) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const timeZone = workspace.settings.timezone;
  const [at, setAt] = useState(() => isoToLocalInput(new Date().toISOString(), timeZone));
  const [counts, setCounts] = useState<Counts>(BLANK);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const push = useMutation({
    mutationFn: (snapshot: SnapshotInput) => pushSnapshot(workspace.id, postId, snapshot),
    onSuccess: async () => {
      setCounts(BLANK);
      setSaved(true);
      await queryClient.invalidateQueries({ queryKey: postsKey(workspace.id) });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const snapshot: SnapshotInput = { at: localInputToIso(at, timeZone) };
    for (const metric of SNAPSHOT_METRICS) {
      const parsed = parseCount(counts[metric]);
      if (!parsed.ok) {
        setProblem(t('posts.snapshotForm.notACount', { metric: t(`dashboard.inputs.${metric}`) }));
        return;
      }
      if (parsed.value !== null) snapshot[metric] = parsed.value;
    }
    if (SNAPSHOT_METRICS.every((metric) => snapshot[metric] === undefined)) {
      setProblem(t('posts.snapshotForm.nothing'));
      return;
    }
    setProblem(null);
    push.mutate(snapshot);
  };
  return (
    <form onSubmit={submit} className="space-y-3" noValidate data-testid="snapshot-form">
      <Field label={t('posts.snapshotForm.at')}>
        <Input
          type="datetime-local"
          value={at}
          onChange={(event) => setAt(event.target.value)}
          required
          data-testid="snapshot-at"
        />
      </Field>
      <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        {SNAPSHOT_METRICS.map((metric) => (
          <Field key={metric} label={t(`dashboard.inputs.${metric}`)}>
            <Input
              inputMode="numeric"
              value={counts[metric]}
              onChange={(event) => setCounts((current) => ({ ...current, [metric]: event.target.value }))}
              placeholder="—"
              data-testid={`snapshot-${metric}`}
            />
          </Field>
        ))}
      </div>
      <p className="text-xs text-zinc-500">{t('posts.snapshotForm.blankHint')}</p>
      {problem && <Alert tone="error">{problem}</Alert>}
      {push.isError && <Alert tone="error">{errorText(push.error)}</Alert>}
      {saved && <Alert tone="success">{t('posts.snapshotForm.saved')}</Alert>}
      <Button type="submit" size="sm" loading={push.isPending} data-testid="snapshot-submit">
        {t('posts.snapshotForm.submit')}
      </Button>
    </form>
  );
}
