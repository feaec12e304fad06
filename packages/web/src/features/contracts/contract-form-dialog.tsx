import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';
import { Field } from '../../components/ui/field';
import { Input, NativeSelect } from '../../components/ui/input';
import { useErrorText } from '../../lib/use-error-text';
import { campaignKey } from '../campaigns/campaign-api';
import { useWorkspace } from '../workspaces/use-workspace';
import { type ContractDraft, draftFromContract, emptyDraft, termsFromDraft } from './contract-draft';
import {
  CONTRACT_STATUSES,
  type Contract,
  type ContractStatus,
  contractsKey,
  createContract,
  updateContract,
} from './contracts-api';
import { DeliverableRows, MilestoneRows } from './milestone-rows';

interface Props {
  campaign: { id: string; creators: { creatorId: string; name: string }[] };
  contract: Contract | null;
  onClose: () => void;
}

/** Create or edit a contract: the money, the dates, the clauses; attachments are added once it exists. */
export function ContractFormDialog({ campaign, contract, onClose }: Props) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const [draft, setDraft] = useState<ContractDraft>(() =>
    contract ? draftFromContract(contract) : emptyDraft(campaign.creators[0]?.creatorId ?? ''),
  );
  const set = (patch: Partial<ContractDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const save = useMutation({
    mutationFn: () =>
      contract
        ? updateContract(workspace.id, contract.id, termsFromDraft(draft))
        : createContract(workspace.id, {
            ...termsFromDraft(draft),
            campaignId: campaign.id,
            creatorId: draft.creatorId,
          }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: contractsKey(workspace.id) });
      await queryClient.invalidateQueries({ queryKey: campaignKey(workspace.id, campaign.id) });
      onClose();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const text = (key: keyof ContractDraft, label: string, type = 'text', testId?: string) => (
    <Field label={label}>
      <Input
        type={type}
        value={draft[key] as string}
        onChange={(e) => set({ [key]: e.target.value })}
        data-testid={testId}
      />
    </Field>
  );
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={contract ? t('contracts.edit', { name: contract.creator.name }) : t('contracts.new')}
      testId="contract-form"
    >
      {campaign.creators.length === 0 && !contract ? (
        <Alert tone="warning">{t('contracts.noCreators')}</Alert>
      ) : (
        <form className="max-h-[70vh] space-y-3 overflow-y-auto pr-1" onSubmit={submit}>
          {!contract && (
            <Field label={t('contracts.form.creator')}>
              <NativeSelect
                value={draft.creatorId}
                onChange={(e) => set({ creatorId: e.target.value })}
                data-testid="contract-creator"
              >
                {campaign.creators.map((c) => (
                  <option key={c.creatorId} value={c.creatorId}>
                    {c.name}
                  </option>
                ))}
              </NativeSelect>
            </Field>
          )}
          {text('title', t('contracts.form.title'))}
          <div className="grid grid-cols-2 gap-3">
            <Field label={t('contracts.form.fee')} hint={t('contracts.form.feeHint')}>
              <Input
                required
                inputMode="numeric"
                value={draft.fee}
                onChange={(e) => set({ fee: e.target.value })}
                data-testid="contract-fee"
              />
            </Field>
            <Field label={t('contracts.form.status')}>
              <NativeSelect
                value={draft.status}
                onChange={(e) => set({ status: e.target.value as ContractStatus })}
                data-testid="contract-status"
              >
                {CONTRACT_STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {t(`contracts.statuses.${status}`)}
                  </option>
                ))}
              </NativeSelect>
            </Field>
            {text('signedOn', t('contracts.form.signedOn'), 'date')}
            {text('usageRightsExpiresOn', t('contracts.form.rightsExpiry'), 'date', 'contract-rights-expiry')}
            {text('exclusivityStart', t('contracts.form.exclusivityStart'), 'date')}
            {text('exclusivityEnd', t('contracts.form.exclusivityEnd'), 'date')}
          </div>
          {text('competitors', t('contracts.form.competitors'))}
          {text('usageRightsChannels', t('contracts.form.rightsChannels'))}
          {text('scandalClause', t('contracts.form.scandalClause'))}
          {text('contentApprovalClause', t('contracts.form.approvalClause'))}
          <DeliverableRows draft={draft} set={set} />
          <MilestoneRows draft={draft} set={set} />
          {save.isError && <Alert tone="error">{errorText(save.error)}</Alert>}
          <div className="flex justify-end gap-2 pt-2">
            <Button type="button" variant="secondary" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="contract-submit">
              {t('contracts.form.submit')}
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
