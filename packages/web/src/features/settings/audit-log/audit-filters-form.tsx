import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditFilters } from '../../../api/audit-log';
import { listMembers, membersKey } from '../../../api/members';
import type { Workspace } from '../../../api/types';
import { Button } from '../../../components/ui/button';
import { Field } from '../../../components/ui/field';
import { Input, NativeSelect } from '../../../components/ui/input';
import { zonedDayEnd, zonedDayStart } from '../../../lib/zoned-time';

interface AuditFiltersFormProps {
  workspace: Workspace;
  onApply: (filters: AuditFilters) => void;
}

const EMPTY = { actorId: '', action: '', entityType: '', from: '', to: '' };

export function AuditFiltersForm({ workspace, onApply }: AuditFiltersFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(EMPTY);
  const members = useQuery({ queryKey: membersKey(workspace.id), queryFn: () => listMembers(workspace.id) });
  const timeZone = workspace.settings.timezone;
  const set = (key: keyof typeof EMPTY) => (event: { target: { value: string } }) =>
    setDraft((current) => ({ ...current, [key]: event.target.value }));

  const apply = (values: typeof EMPTY) =>
    onApply({
      actorId: values.actorId || undefined,
      action: values.action.trim() || undefined,
      entityType: values.entityType.trim() || undefined,
      from: values.from ? zonedDayStart(values.from, timeZone).toISOString() : undefined,
      to: values.to ? zonedDayEnd(values.to, timeZone).toISOString() : undefined,
    });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    apply(draft);
  };

  return (
    <form
      onSubmit={submit}
      className="mb-4 grid gap-3 rounded-xl border border-zinc-200 bg-white p-4 shadow-xs sm:grid-cols-2 lg:grid-cols-[repeat(5,minmax(0,1fr))_auto] lg:items-end"
      data-testid="audit-filters"
    >
      <Field label={t('audit.filters.actor')}>
        <NativeSelect value={draft.actorId} onChange={set('actorId')}>
          <option value="">{t('audit.filters.anyActor')}</option>
          {members.data?.items.map((member) => (
            <option key={member.userId} value={member.userId}>
              {member.name}
            </option>
          ))}
        </NativeSelect>
      </Field>
      <Field label={t('audit.filters.action')}>
        <Input value={draft.action} onChange={set('action')} placeholder="invitation.create" />
      </Field>
      <Field label={t('audit.filters.entityType')}>
        <Input value={draft.entityType} onChange={set('entityType')} placeholder="invitation" />
      </Field>
      <Field label={t('audit.filters.from')}>
        <Input type="date" value={draft.from} onChange={set('from')} max={draft.to || undefined} />
      </Field>
      <Field label={t('audit.filters.to')}>
        <Input type="date" value={draft.to} onChange={set('to')} min={draft.from || undefined} />
      </Field>
      <div className="flex gap-2">
        <Button type="submit">{t('audit.filters.apply')}</Button>
        <Button
          variant="ghost"
          onClick={() => {
            setDraft(EMPTY);
            apply(EMPTY);
          }}
        >
          {t('audit.filters.reset')}
        </Button>
      </div>
    </form>
  );
}
