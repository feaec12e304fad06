import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { meKey, updateMe } from '../../../api/me';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Field } from '../../../components/ui/field';
import { Input } from '../../../components/ui/input';
import { useFieldErrors } from '../../../lib/use-field-errors';
import { collectErrors, validateRequired } from '../../../lib/validate';
import { useMe } from '../../workspaces/use-workspace';
import { Card } from '../section';

const FIELDS = ['name'] as const;

export function ProfileForm() {
  const { t } = useTranslation();
  const { user } = useMe();
  const queryClient = useQueryClient();
  const [name, setName] = useState(user.name);
  const { errors, validate, fromError } = useFieldErrors(FIELDS);
  const save = useMutation({
    mutationFn: () => updateMe({ name: name.trim() }),
    onSuccess: (me) => queryClient.setQueryData(meKey, me),
    onError: (error) => fromError(error, 'name'),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (validate(collectErrors({ name: validateRequired(name) }))) save.mutate();
  };

  return (
    <Card>
      <form onSubmit={submit} noValidate className="grid max-w-md gap-4" data-testid="profile-form">
        {errors.form && <Alert tone="error">{errors.form}</Alert>}
        {save.isSuccess && <Alert tone="success">{t('common.saved')}</Alert>}
        <Field label={t('auth.fields.name')} error={errors.name}>
          <Input
            value={name}
            onChange={(event) => setName(event.target.value)}
            autoComplete="name"
            maxLength={120}
          />
        </Field>
        <Field label={t('auth.fields.email')} hint={t('account.profile.emailHint')}>
          <Input value={user.email} readOnly disabled />
        </Field>
        <div>
          <Button type="submit" loading={save.isPending} data-testid="profile-save">
            {t('common.save')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
