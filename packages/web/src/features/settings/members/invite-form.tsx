import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createInvitation, invitationsKey } from '../../../api/members';
import type { Invitation, Role } from '../../../api/types';
import { RoleSelect } from '../../../components/domain/role-select';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { CopyButton } from '../../../components/ui/copy-button';
import { Field } from '../../../components/ui/field';
import { Input } from '../../../components/ui/input';
import { assignableRoles } from '../../../lib/roles';
import { useFieldErrors } from '../../../lib/use-field-errors';
import { collectErrors, validateEmail } from '../../../lib/validate';
import { Card } from '../section';

const FIELDS = ['email', 'role'] as const;

export function InviteForm({ workspaceId, actorRole }: { workspaceId: string; actorRole: Role }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('manager');
  const [created, setCreated] = useState<Invitation | null>(null);
  const { errors, validate, fromError, clear } = useFieldErrors(FIELDS);
  const invite = useMutation({
    mutationFn: () => createInvitation(workspaceId, email.trim(), role),
    onSuccess: async (invitation) => {
      setCreated(invitation);
      setEmail('');
      clear();
      await queryClient.invalidateQueries({ queryKey: invitationsKey(workspaceId) });
    },
    onError: (error) => fromError(error, 'email'),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setCreated(null);
    if (validate(collectErrors({ email: validateEmail(email) }))) invite.mutate();
  };

  return (
    <Card>
      <form
        onSubmit={submit}
        noValidate
        className="grid gap-3 sm:grid-cols-[1fr_180px_auto] sm:items-start"
        data-testid="invite-form"
      >
        <Field label={t('members.invite.email')} error={errors.email}>
          <Input
            type="email"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            placeholder="ten@congty.vn"
            data-testid="invite-email"
          />
        </Field>
        <Field label={t('members.invite.role')} error={errors.role}>
          <RoleSelect
            value={role}
            onChange={setRole}
            roles={assignableRoles(actorRole)}
            data-testid="invite-role"
          />
        </Field>
        <div>
          <span aria-hidden="true" className="mb-1.5 hidden text-[13px] sm:block">
            &nbsp;
          </span>
          <Button type="submit" loading={invite.isPending} className="w-full" data-testid="invite-submit">
            {t('members.invite.submit')}
          </Button>
        </div>
      </form>
      {errors.form && (
        <div className="mt-3">
          <Alert tone="error">{errors.form}</Alert>
        </div>
      )}
      {created?.url && (
        <div
          className="mt-4 space-y-2 rounded-lg border border-teal-200 bg-teal-50/60 p-3"
          data-testid="invite-result"
        >
          <p className="text-sm text-teal-900">{t('members.invite.created', { email: created.email })}</p>
          <div className="flex items-center gap-2">
            <code
              className="min-w-0 flex-1 truncate rounded-md border border-teal-200 bg-white px-2.5 py-1.5 font-mono text-xs text-zinc-800"
              data-testid="invite-link"
            >
              {created.url}
            </code>
            <CopyButton value={created.url} testId="invite-copy" />
          </div>
        </div>
      )}
    </Card>
  );
}
