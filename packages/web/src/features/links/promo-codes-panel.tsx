import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workspace } from '../../api/types';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { Field } from '../../components/ui/field';
import { Input, NativeSelect } from '../../components/ui/input';
import { ErrorBlock, LoadingBlock } from '../../components/ui/query-state';
import { Table, Td, Th, Tr } from '../../components/ui/table';
import { useErrorText } from '../../lib/use-error-text';
import { useCampaignCreatorOptions } from './campaign-creator-options';
import { generatePromoCodes, listPromoCodes, promoCodesKey } from './tracking-api';

export function PromoCodesPanel({ workspace, canEdit }: { workspace: Workspace; canEdit: boolean }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const { campaigns, creators } = useCampaignCreatorOptions(workspace.id);
  const codes = useQuery({
    queryKey: promoCodesKey(workspace.id),
    queryFn: () => listPromoCodes(workspace.id),
  });
  const [campaignId, setCampaignId] = useState('');
  const [creatorId, setCreatorId] = useState('');
  const [prefix, setPrefix] = useState('');
  const [count, setCount] = useState('10');
  const generate = useMutation({
    mutationFn: () =>
      generatePromoCodes(workspace.id, {
        campaignId,
        creatorId: creatorId || null,
        prefix,
        count: Number(count),
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: promoCodesKey(workspace.id) }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (campaignId && prefix) generate.mutate();
  };
  return (
    <div className="space-y-5">
      {canEdit && (
        <form
          onSubmit={submit}
          className="grid grid-cols-2 items-end gap-3 rounded-xl border border-zinc-200 bg-white p-4 lg:grid-cols-5"
          data-testid="promo-form"
        >
          <Field label={t('linkTracker.campaign')}>
            <NativeSelect
              value={campaignId}
              onChange={(e) => setCampaignId(e.target.value)}
              data-testid="promo-campaign"
            >
              <option value="">{t('linkTracker.choose')}</option>
              {campaigns.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </NativeSelect>
          </Field>
          <Field label={t('linkTracker.creator')}>
            <NativeSelect
              value={creatorId}
              onChange={(e) => setCreatorId(e.target.value)}
              data-testid="promo-creator"
            >
              <option value="">{t('linkTracker.noCreator')}</option>
              {creators.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </NativeSelect>
          </Field>
          <Field label={t('promoCodes.prefix')}>
            <Input
              value={prefix}
              onChange={(e) => setPrefix(e.target.value.toUpperCase().replace(/[^A-Z0-9]/g, ''))}
              maxLength={16}
              placeholder="LINH"
              data-testid="promo-prefix"
            />
          </Field>
          <Field label={t('promoCodes.count')}>
            <Input
              type="number"
              min={1}
              max={1000}
              value={count}
              onChange={(e) => setCount(e.target.value)}
            />
          </Field>
          <Button
            type="submit"
            loading={generate.isPending}
            disabled={!campaignId || !prefix}
            data-testid="promo-submit"
          >
            {t('promoCodes.generate')}
          </Button>
          {generate.isError && (
            <div className="col-span-full">
              <Alert tone="error">{errorText(generate.error)}</Alert>
            </div>
          )}
        </form>
      )}
      {codes.isPending ? (
        <LoadingBlock />
      ) : codes.isError ? (
        <ErrorBlock error={codes.error} onRetry={() => codes.refetch()} />
      ) : codes.data.items.length === 0 ? (
        <p className="text-sm text-zinc-500">{t('promoCodes.empty')}</p>
      ) : (
        <Table data-testid="promo-table">
          <thead>
            <tr>
              <Th>{t('promoCodes.code')}</Th>
              <Th>{t('linkTracker.columns.creator')}</Th>
            </tr>
          </thead>
          <tbody>
            {codes.data.items.map((code) => (
              <Tr key={code.id} data-testid="promo-row">
                <Td className="font-mono font-medium">{code.code}</Td>
                <Td>
                  <span className="text-zinc-900">{code.creator?.name ?? '—'}</span>
                  <span className="ml-2 text-xs text-zinc-500">{code.campaign.name}</span>
                </Td>
              </Tr>
            ))}
          </tbody>
        </Table>
      )}
    </div>
  );
}
