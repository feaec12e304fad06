import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workspace } from '../../../api/types';
import { workspaceKey, workspacePath } from '../../../api/workspaces';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Field } from '../../../components/ui/field';
import { Input } from '../../../components/ui/input';
import { api } from '../../../lib/api-client';
import { canEditWorkspace } from '../../../lib/roles';
import { useErrorText } from '../../../lib/use-error-text';
import { useWorkspace } from '../../workspaces/use-workspace';
import { Card, Section } from '../section';

interface CompetitorBrand {
  name: string;
  aliases: string[];
}
interface RiskSettings {
  competitorBrands?: CompetitorBrand[];
  collaborationWindowMonths?: number;
}

/** "Brand: alias, alias" per line ⇄ the settings list. */
export function parseBrandLines(text: string): CompetitorBrand[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [name = '', aliases = ''] = line.split(':');
      return {
        name: name.trim(),
        aliases: aliases
          .split(',')
          .map((alias) => alias.trim())
          .filter(Boolean),
      };
    })
    .filter((brand) => brand.name !== '');
}

const brandLines = (brands: CompetitorBrand[]) =>
  brands
    .map((brand) => (brand.aliases.length ? `${brand.name}: ${brand.aliases.join(', ')}` : brand.name))
    .join('\n');

/** Competitor brands scanned over captions and comments, and the collaboration window (B4). */
export function CompetitorBrandsCard() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const editable = canEditWorkspace(workspace.role);
  const settings = workspace.settings as typeof workspace.settings & RiskSettings;
  const [text, setText] = useState(brandLines(settings.competitorBrands ?? []));
  const [months, setMonths] = useState(String(settings.collaborationWindowMonths ?? 6));
  const save = useMutation({
    mutationFn: () =>
      api.patch<Workspace>(workspacePath(workspace.id), {
        settings: { competitorBrands: parseBrandLines(text), collaborationWindowMonths: Number(months) },
      }),
    onSuccess: (updated) =>
      queryClient.setQueryData(workspaceKey(workspace.id), { ...workspace, ...updated }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <Section title={t('riskSettings.title')} description={t('riskSettings.description')}>
      <Card>
        <form
          onSubmit={submit}
          noValidate
          className="grid max-w-xl gap-4"
          data-testid="competitor-brands-form"
        >
          {save.isError && <Alert tone="error">{errorText(save.error)}</Alert>}
          {save.isSuccess && <Alert tone="success">{t('common.saved')}</Alert>}
          <Field label={t('riskSettings.brands')} hint={t('riskSettings.brandsHint')}>
            <textarea
              className="min-h-24 w-full rounded-md border border-zinc-300 px-3 py-2 text-sm"
              value={text}
              onChange={(event) => setText(event.target.value)}
              disabled={!editable}
              data-testid="competitor-brands"
            />
          </Field>
          <Field label={t('riskSettings.window')}>
            <Input
              inputMode="numeric"
              value={months}
              onChange={(event) => setMonths(event.target.value.replace(/[^0-9]/g, ''))}
              disabled={!editable}
              data-testid="collaboration-window"
            />
          </Field>
          {editable && (
            <div>
              <Button type="submit" loading={save.isPending} data-testid="competitor-brands-save">
                {t('common.save')}
              </Button>
            </div>
          )}
        </form>
      </Card>
    </Section>
  );
}
