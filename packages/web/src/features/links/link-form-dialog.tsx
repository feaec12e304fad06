import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { campaignsKey, listCampaigns } from '../../api/catalog';
import type { Creator, Page, Workspace } from '../../api/types';
import { workspaceKey, workspacePath } from '../../api/workspaces';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';
import { Field } from '../../components/ui/field';
import { Input, NativeSelect } from '../../components/ui/input';
import { api } from '../../lib/api-client';
import { useFieldErrors } from '../../lib/use-field-errors';
import { createLink, linksKey, type TrackedLink, type Utm, updateLink } from './links-api';
import { UtmFields } from './utm-fields';
import { UtmPresetPicker } from './utm-preset-picker';

const FIELDS = ['campaignId', 'creatorId', 'slug', 'destinationUrl'] as const;

interface LinkFormDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  workspace: Workspace;
  /** The link to edit; absent to create one. */
  link?: TrackedLink | undefined;
}

export function LinkFormDialog({ open, onOpenChange, workspace, link }: LinkFormDialogProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const campaigns = useQuery({
    queryKey: campaignsKey(workspace.id),
    queryFn: () => listCampaigns(workspace.id),
  });
  const creators = useQuery({
    queryKey: [...workspaceKey(workspace.id), 'creators', 'link-options'],
    queryFn: () =>
      api.get<Page<Creator>>(`${workspacePath(workspace.id)}/creators`, { limit: 200, sort: 'name' }),
  });
  const [campaignId, setCampaignId] = useState('');
  const [creatorId, setCreatorId] = useState('');
  const [slug, setSlug] = useState('');
  const [destinationUrl, setDestinationUrl] = useState('');
  const [utm, setUtm] = useState<Utm>({});
  const { errors, validate, fromError, clear } = useFieldErrors(FIELDS);

  useEffect(() => {
    if (!open) return;
    clear();
    setCampaignId(link?.campaign.id ?? '');
    setCreatorId(link?.creator?.id ?? '');
    setSlug(link?.slug ?? '');
    setDestinationUrl(link?.destinationUrl ?? '');
    setUtm(link?.utm ?? {});
  }, [open, link, clear]);

  const save = useMutation({
    mutationFn: () =>
      link
        ? updateLink(workspace.id, link.id, {
            slug: slug.trim() || link.slug,
            destinationUrl: destinationUrl.trim(),
            utm,
          })
        : createLink(workspace.id, {
            campaignId,
            creatorId: creatorId || null,
            ...(slug.trim() ? { slug: slug.trim() } : {}),
            destinationUrl: destinationUrl.trim(),
            utm,
          }),
    onSuccess: async () => {
      onOpenChange(false);
      await queryClient.invalidateQueries({ queryKey: linksKey(workspace.id) });
    },
    onError: (error) => fromError(error),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const failed: Partial<Record<(typeof FIELDS)[number], 'required'>> = {};
    if (!link && !campaignId) failed.campaignId = 'required';
    if (!destinationUrl.trim()) failed.destinationUrl = 'required';
    if (validate(failed)) save.mutate();
  };

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={link ? t('linkTracker.editTitle') : t('linkTracker.createTitle')}
      description={t('linkTracker.formDescription')}
      testId="link-dialog"
    >
      <form
        onSubmit={submit}
        noValidate
        className="max-h-[70vh] space-y-4 overflow-y-auto pr-1"
        data-testid="link-form"
      >
        {errors.form && <Alert tone="error">{errors.form}</Alert>}
        {!link && (
          <div className="grid grid-cols-2 gap-3">
            <Field label={t('linkTracker.campaign')} error={errors.campaignId}>
              <NativeSelect
                value={campaignId}
                onChange={(e) => setCampaignId(e.target.value)}
                data-testid="link-campaign"
              >
                <option value="">{t('linkTracker.choose')}</option>
                {(campaigns.data?.items ?? []).map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </NativeSelect>
            </Field>
            <Field label={t('linkTracker.creator')} error={errors.creatorId}>
              <NativeSelect
                value={creatorId}
                onChange={(e) => setCreatorId(e.target.value)}
                data-testid="link-creator"
              >
                <option value="">{t('linkTracker.noCreator')}</option>
                {(creators.data?.items ?? []).map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </NativeSelect>
            </Field>
          </div>
        )}
        <Field
          label={t('linkTracker.destination')}
          error={errors.destinationUrl}
          hint={t('linkTracker.destinationHint')}
        >
          <Input
            type="url"
            value={destinationUrl}
            onChange={(e) => setDestinationUrl(e.target.value)}
            placeholder="https://shop.vn/san-pham"
            data-testid="link-destination"
          />
        </Field>
        <Field label={t('linkTracker.slug')} error={errors.slug} hint={t('linkTracker.slugHint')}>
          <Input
            value={slug}
            onChange={(e) => setSlug(e.target.value)}
            maxLength={64}
            data-testid="link-slug"
          />
        </Field>
        <UtmPresetPicker workspaceId={workspace.id} utm={utm} onPick={setUtm} />
        <UtmFields value={utm} onChange={setUtm} />
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={() => onOpenChange(false)}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="link-submit">
            {link ? t('common.save') : t('linkTracker.createSubmit')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
