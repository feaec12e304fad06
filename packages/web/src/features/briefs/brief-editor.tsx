import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { Field } from '../../components/ui/field';
import { Input } from '../../components/ui/input';
import { useErrorText } from '../../lib/use-error-text';
import { useWorkspace } from '../workspaces/use-workspace';
import { type Brief, type BriefContent, briefKey, linesOf, referencesOf, saveBrief } from './brief-api';

const areaClass =
  'block w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm text-zinc-900 shadow-sm focus:border-teal-600 focus:outline-none focus:ring-2 focus:ring-teal-600/20';

const DEFAULT_DISCLOSURES = ['#quangcao'];

export function BriefEditor({ brief, onDone }: { brief: Brief; onDone: () => void }) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const c = brief.current?.content;
  const [keyMessage, setKeyMessage] = useState(c?.keyMessage ?? '');
  const [usp, setUsp] = useState(c?.usp ?? '');
  const [dos, setDos] = useState((c?.dos ?? []).join('\n'));
  const [donts, setDonts] = useState((c?.donts ?? []).join('\n'));
  const [disclosures, setDisclosures] = useState((c?.disclosures ?? DEFAULT_DISCLOSURES).join('\n'));
  const [storytelling, setStorytelling] = useState(c?.storytelling ?? '');
  const [references, setReferences] = useState(
    (c?.references ?? [])
      .map((r) => (r.url && r.url !== r.label ? `${r.label} | ${r.url}` : r.label))
      .join('\n'),
  );
  const save = useMutation({
    mutationFn: () => {
      const content: BriefContent = {
        keyMessage,
        usp,
        dos: linesOf(dos),
        donts: linesOf(donts),
        disclosures: linesOf(disclosures),
        storytelling,
        references: referencesOf(references),
      };
      return saveBrief(workspace.id, brief.campaignId, content);
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(briefKey(workspace.id, brief.campaignId), saved);
      onDone();
    },
  });
  const area = (value: string, set: (v: string) => void, rows = 3, testId?: string) => (
    <textarea
      rows={rows}
      className={areaClass}
      value={value}
      onChange={(e) => set(e.target.value)}
      data-testid={testId}
    />
  );
  return (
    <div className="space-y-4" data-testid="brief-editor">
      <Field label={t('briefs.fields.keyMessage')}>
        <Input
          value={keyMessage}
          onChange={(e) => setKeyMessage(e.target.value)}
          data-testid="brief-key-message"
        />
      </Field>
      <Field label={t('briefs.fields.usp')}>{area(usp, setUsp, 2)}</Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t('briefs.fields.dos')} hint={t('briefs.onePerLine')}>
          {area(dos, setDos, 4, 'brief-dos')}
        </Field>
        <Field label={t('briefs.fields.donts')} hint={t('briefs.onePerLine')}>
          {area(donts, setDonts, 4, 'brief-donts')}
        </Field>
      </div>
      <Field label={t('briefs.fields.disclosures')} hint={t('briefs.disclosuresHint')}>
        {area(disclosures, setDisclosures, 2)}
      </Field>
      <Field label={t('briefs.fields.storytelling')}>{area(storytelling, setStorytelling, 3)}</Field>
      <Field label={t('briefs.fields.references')} hint={t('briefs.referencesHint')}>
        {area(references, setReferences, 2)}
      </Field>
      {save.isError && <Alert tone="error">{errorText(save.error)}</Alert>}
      <div className="flex gap-2">
        <Button onClick={() => save.mutate()} loading={save.isPending} data-testid="brief-save">
          {t('briefs.save')}
        </Button>
        {brief.current && (
          <Button variant="secondary" onClick={onDone}>
            {t('briefs.cancel')}
          </Button>
        )}
      </div>
    </div>
  );
}
