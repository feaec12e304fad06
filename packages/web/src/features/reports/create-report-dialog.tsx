import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { campaignsKey, listCampaigns } from '../../api/catalog';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { CopyButton } from '../../components/ui/copy-button';
import { Dialog } from '../../components/ui/dialog';
import { Field } from '../../components/ui/field';
import { Input, NativeSelect } from '../../components/ui/input';
import { useErrorText } from '../../lib/use-error-text';
import { type CreatedSharedReport, createSharedReport, sharedReportsKey } from './reports-api';

const EXPIRY_CHOICES = ['7', '30', '90', 'never'] as const;
const MIN_PASSWORD = 6;

function CreatedReportLink({ created, onDone }: { created: CreatedSharedReport; onDone(): void }) {
  const { t } = useTranslation();
  return (
    <div className="space-y-4">
      <Alert tone="success">{t('sharedReports.create.createdOnce')}</Alert>
      <div className="flex items-center gap-2 rounded-md bg-teal-50 px-3 py-2">
        <span
          className="min-w-0 flex-1 truncate font-mono text-xs text-teal-900"
          data-testid="report-link-url"
        >
          {created.url}
        </span>
        <CopyButton value={created.url} testId="report-link-copy" />
      </div>
      <div className="flex justify-end">
        <Button onClick={onDone} data-testid="report-link-done">
          {t('sharedReports.create.done')}
        </Button>
      </div>
    </div>
  );
}

/** Campaign, expiry, optional password and note; the link (with its token) is shown once, to copy. */
export function CreateReportDialog({
  workspaceId,
  open,
  onOpenChange,
}: {
  workspaceId: string;
  open: boolean;
  onOpenChange(open: boolean): void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const campaigns = useQuery({
    queryKey: campaignsKey(workspaceId),
    queryFn: () => listCampaigns(workspaceId),
  });
  const [campaignId, setCampaignId] = useState('');
  const [expiry, setExpiry] = useState<(typeof EXPIRY_CHOICES)[number]>('30');
  const [password, setPassword] = useState('');
  const [note, setNote] = useState('');
  const [passwordError, setPasswordError] = useState<string | undefined>();
  const chosenCampaign = campaignId || campaigns.data?.items[0]?.id || '';
  const create = useMutation({
    mutationFn: () =>
      createSharedReport(workspaceId, chosenCampaign, {
        expiresInDays: expiry === 'never' ? null : Number(expiry),
        password: password || null,
        note: note.trim() || null,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sharedReportsKey(workspaceId) }),
  });
  const close = (next: boolean) => {
    if (!next) {
      create.reset();
      setPassword('');
      setNote('');
      setPasswordError(undefined);
    }
    onOpenChange(next);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const tooShort = password.length > 0 && password.length < MIN_PASSWORD;
    setPasswordError(
      tooShort ? t('sharedReports.create.passwordTooShort', { count: MIN_PASSWORD }) : undefined,
    );
    if (chosenCampaign && !tooShort) create.mutate();
  };
  return (
    <Dialog
      open={open}
      onOpenChange={close}
      title={t('sharedReports.create.title')}
      description={t('sharedReports.create.description')}
      testId="report-create-dialog"
    >
      {create.data ? (
        <CreatedReportLink created={create.data} onDone={() => close(false)} />
      ) : (
        <form onSubmit={submit} noValidate className="space-y-4">
          {create.isError && <Alert tone="error">{errorText(create.error)}</Alert>}
          <Field label={t('sharedReports.create.campaign')}>
            <NativeSelect
              value={chosenCampaign}
              onChange={(event) => setCampaignId(event.target.value)}
              data-testid="report-campaign"
            >
              {(campaigns.data?.items ?? []).map((campaign) => (
                <option key={campaign.id} value={campaign.id}>
                  {campaign.name}
                </option>
              ))}
            </NativeSelect>
          </Field>
          <Field label={t('sharedReports.create.expiry')}>
            <NativeSelect
              value={expiry}
              onChange={(event) =>
                setExpiry(EXPIRY_CHOICES.find((choice) => choice === event.target.value) ?? '30')
              }
              data-testid="report-expiry"
            >
              {EXPIRY_CHOICES.map((choice) => (
                <option key={choice} value={choice}>
                  {t(`sharedReports.create.expiryChoice.${choice}`)}
                </option>
              ))}
            </NativeSelect>
          </Field>
          <Field
            label={t('sharedReports.create.password')}
            hint={t('sharedReports.create.passwordHint')}
            error={passwordError}
          >
            <Input
              type="password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              autoComplete="new-password"
              data-testid="report-password-new"
            />
          </Field>
          <Field label={t('sharedReports.create.note')} hint={t('sharedReports.create.noteHint')}>
            <Input
              value={note}
              onChange={(event) => setNote(event.target.value)}
              maxLength={500}
              placeholder={t('sharedReports.create.notePlaceholder')}
              data-testid="report-note"
            />
          </Field>
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => close(false)}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              loading={create.isPending}
              disabled={!chosenCampaign}
              data-testid="report-create-submit"
            >
              {t('sharedReports.create.submit')}
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
