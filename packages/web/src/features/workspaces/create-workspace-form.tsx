import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { meKey } from '../../api/me';
import { createWorkspace, workspaceKey } from '../../api/workspaces';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { Field } from '../../components/ui/field';
import { Input } from '../../components/ui/input';
import { storeLastWorkspaceId } from '../../lib/local-preferences';
import { useFieldErrors } from '../../lib/use-field-errors';
import { collectErrors, validateRequired } from '../../lib/validate';

const FIELDS = ['name'] as const;

export function CreateWorkspaceForm({
  onCreated,
  onCancel,
}: {
  onCreated?: () => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const { errors, validate, fromError } = useFieldErrors(FIELDS);
  const mutation = useMutation({
    mutationFn: (workspaceName: string) => createWorkspace(workspaceName),
    onSuccess: async (workspace) => {
      queryClient.setQueryData(workspaceKey(workspace.id), workspace);
      await queryClient.invalidateQueries({ queryKey: meKey });
      storeLastWorkspaceId(workspace.id);
      onCreated?.();
      await navigate({ to: '/w/$workspaceId', params: { workspaceId: workspace.id } });
    },
    onError: (error) => fromError(error, 'name'),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (validate(collectErrors({ name: validateRequired(name) }))) mutation.mutate(name.trim());
  };

  return (
    <form onSubmit={submit} noValidate className="space-y-4" data-testid="create-workspace-form">
      {errors.form && <Alert tone="error">{errors.form}</Alert>}
      <Field label={t('workspace.create.name')} error={errors.name} hint={t('workspace.create.nameHint')}>
        <Input
          value={name}
          onChange={(event) => setName(event.target.value)}
          placeholder={t('workspace.create.namePlaceholder')}
          maxLength={80}
          data-testid="create-workspace-name"
          autoFocus
        />
      </Field>
      <div className="flex justify-end gap-2">
        {onCancel && (
          <Button variant="secondary" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        )}
        <Button type="submit" loading={mutation.isPending} data-testid="create-workspace-submit">
          {t('workspace.create.submit')}
        </Button>
      </div>
    </form>
  );
}
