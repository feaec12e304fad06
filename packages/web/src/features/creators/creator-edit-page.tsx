import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listMembers, membersKey } from '../../api/members';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { Field } from '../../components/ui/field';
import { Input, NativeSelect } from '../../components/ui/input';
import { PageHeader } from '../../components/ui/page-header';
import { ErrorBlock, LoadingBlock } from '../../components/ui/query-state';
import { isApiError } from '../../lib/api-error';
import { useErrorText } from '../../lib/use-error-text';
import { useWorkspace } from '../workspaces/use-workspace';
import { AccountFields } from './account-fields';
import { type CreatorDetail, creatorKey, getCreator, saveCreator } from './creator-api';
import { type CreatorDraft, creatorBody, draftFromCreator } from './creator-draft';
import { RateCardFields } from './rate-card-fields';
import { vettingKey } from './vetting-api';

/** "Thêm nhà sáng tạo" (no creatorId in the URL) or "Sửa" an existing one: every registry field of A1. */
export function CreatorEditPage() {
  const workspace = useWorkspace();
  const { creatorId } = useParams({ strict: false }) as { creatorId?: string };
  const query = useQuery({
    queryKey: creatorKey(workspace.id, creatorId ?? ''),
    queryFn: () => getCreator(workspace.id, creatorId ?? ''),
    enabled: !!creatorId,
  });
  if (!creatorId) return <CreatorForm />;
  if (query.isPending) return <LoadingBlock />;
  if (query.isError) return <ErrorBlock error={query.error} onRetry={() => query.refetch()} />;
  return <CreatorForm creator={query.data} />;
}

const TEXT_FIELDS = ['name', 'location', 'niches', 'tags', 'languages', 'email', 'phone'] as const;

function CreatorForm({ creator }: { creator?: CreatorDetail }) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const [draft, setDraft] = useState<CreatorDraft>(() => draftFromCreator(creator));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const members = useQuery({ queryKey: membersKey(workspace.id), queryFn: () => listMembers(workspace.id) });
  const save = useMutation({
    mutationFn: (body: Parameters<typeof saveCreator>[2]) =>
      saveCreator(workspace.id, creator?.id ?? null, body),
    onSuccess: async (saved) => {
      queryClient.setQueryData(creatorKey(workspace.id, saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: vettingKey(workspace.id, saved.id) });
      await navigate({
        to: '/w/$workspaceId/creators/$creatorId',
        params: { workspaceId: workspace.id, creatorId: saved.id },
      });
    },
    onError: (error) =>
      setErrors(
        isApiError(error) && error.details.length > 0 ? error.fieldErrors() : { form: errorText(error) },
      ),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = creatorBody(draft);
    if ('problems' in result) {
      setErrors(
        Object.fromEntries(result.problems.map((p) => [p.path, t(`creators.form.problems.${p.message}`)])),
      );
      return;
    }
    setErrors({});
    save.mutate(result.body);
  };
  const set = (patch: Partial<CreatorDraft>) => {
    setDraft({ ...draft, ...patch });
    // A field being corrected drops its own message (and those of the rows inside it); the rest stay.
    const changed = Object.keys(patch);
    if (Object.keys(errors).some((path) => changed.includes(path.split('.')[0] ?? '')))
      setErrors(
        Object.fromEntries(
          Object.entries(errors).filter(([path]) => !changed.includes(path.split('.')[0] ?? '')),
        ),
      );
  };
  const unplaced = Object.entries(errors).filter(([path]) => !isShown(path));
  return (
    <form onSubmit={submit} noValidate className="max-w-5xl space-y-6" data-testid="creator-form">
      <PageHeader
        title={creator ? t('creators.form.editTitle', { name: creator.name }) : t('creators.form.newTitle')}
        description={t('creators.form.subtitle')}
      />
      {unplaced.length > 0 && (
        <Alert tone="error">
          {unplaced.map(([path, message]) => (
            <div key={path}>{path === 'form' ? message : `${path}: ${message}`}</div>
          ))}
        </Alert>
      )}
      <Section title={t('creators.form.profile')}>
        <div className="grid gap-4 sm:grid-cols-2">
          {TEXT_FIELDS.map((field) => (
            <Field key={field} label={t(`creators.form.${field}`)} error={errors[field]}>
              <Input
                value={draft[field]}
                placeholder={t(`creators.form.placeholders.${field}`)}
                onChange={(event) => set({ [field]: event.target.value })}
                data-testid={`creator-${field}`}
              />
            </Field>
          ))}
          <Field label={t('creators.form.owner')} error={errors.ownerUserId}>
            <NativeSelect
              value={draft.ownerUserId}
              onChange={(event) => set({ ownerUserId: event.target.value })}
            >
              <option value="">{t('creators.form.noOwner')}</option>
              {(members.data?.items ?? []).map((member) => (
                <option key={member.userId} value={member.userId}>
                  {member.name}
                </option>
              ))}
            </NativeSelect>
          </Field>
        </div>
        <div className="mt-4 grid gap-4 sm:grid-cols-2">
          {(['bio', 'notes'] as const).map((field) => (
            <label key={field} className="block space-y-1.5 text-[13px] font-medium text-zinc-700">
              {t(`creators.form.${field}`)}
              <textarea
                className="block min-h-24 w-full rounded-md border border-zinc-300 px-3 py-2 text-sm font-normal text-zinc-900 shadow-sm focus:border-teal-600 focus:outline-none focus:ring-2 focus:ring-teal-600/20"
                value={draft[field]}
                onChange={(event) => set({ [field]: event.target.value })}
              />
            </label>
          ))}
        </div>
      </Section>
      <Section title={t('creators.form.accounts')}>
        <AccountFields accounts={draft.accounts} errors={errors} onChange={(accounts) => set({ accounts })} />
      </Section>
      <Section title={t('creators.form.rateCard')}>
        <RateCardFields items={draft.rateCard} errors={errors} onChange={(rateCard) => set({ rateCard })} />
      </Section>
      <div className="flex gap-2">
        <Button type="submit" loading={save.isPending} data-testid="creator-save">
          {t('creators.form.save')}
        </Button>
        <Link
          to={creator ? '/w/$workspaceId/creators/$creatorId' : '/w/$workspaceId/creators'}
          params={{ workspaceId: workspace.id, creatorId: creator?.id ?? '' }}
          className="inline-flex h-9 items-center px-3.5 text-sm text-zinc-700 hover:underline"
        >
          {t('fit.form.cancel')}
        </Link>
      </div>
    </form>
  );
}

/** Paths the form shows beside their field; anything else (a server rule on another field) goes on top. */
function isShown(path: string): boolean {
  if ((TEXT_FIELDS as readonly string[]).includes(path) || path === 'ownerUserId') return true;
  return (
    /^accounts\.\d+\.(handle|url|followers|audience\.(ageBands|gender)\.[^.]+|audience\.topLocations)$/.test(
      path,
    ) || /^rateCard\.\d+\.(deliverable|amount)$/.test(path)
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="rounded-lg border border-zinc-200 bg-white p-4">
      <h2 className="mb-3 text-sm font-semibold text-zinc-900">{title}</h2>
      {children}
    </section>
  );
}
