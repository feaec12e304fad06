import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiKeysKey, createApiKey } from '../../../api/api-keys';
import type { CreatedApiKey, Role, Workspace } from '../../../api/types';
import { RoleSelect } from '../../../components/domain/role-select';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { Field } from '../../../components/ui/field';
import { Input } from '../../../components/ui/input';
import { assignableRoles } from '../../../lib/roles';
import { useFieldErrors } from '../../../lib/use-field-errors';
import { collectErrors, validateRequired } from '../../../lib/validate';

const FIELDS = ['name', 'role'] as const;

interface CreateApiKeyDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  workspace: Workspace;
  onCreated: (created: CreatedApiKey) => void;
}

export function CreateApiKeyDialog({ open, onOpenChange, workspace, onCreated }: CreateApiKeyDialogProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('analyst');
  const { errors, validate, fromError, clear } = useFieldErrors(FIELDS);
  const create = useMutation({
    mutationFn: () => createApiKey(workspace.id, name.trim(), role),
    onSuccess: async (created) => {
      setName('');
      clear();
      onCreated(created);
      await queryClient.invalidateQueries({ queryKey: apiKeysKey(workspace.id) });
    },
    onError: (error) => fromError(error, 'name'),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (validate(collectErrors({ name: validateRequired(name) }))) create.mutate();
  };

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={t('apiKeys.create')}
      description={t('apiKeys.createDescription')}
    >
      <form onSubmit={submit} noValidate className="space-y-4" data-testid="api-key-form">
        {errors.form && <Alert tone="error">{errors.form}</Alert>}
        <Field label={t('apiKeys.name')} error={errors.name} hint={t('apiKeys.nameHint')}>
          <Input
            value={name}
            onChange={(event) => setName(event.target.value)}
            maxLength={80}
            data-testid="api-key-name"
            autoFocus
          />
        </Field>
        <Field label={t('apiKeys.role')} error={errors.role} hint={t('apiKeys.roleHint')}>
          <RoleSelect
            value={role}
            onChange={setRole}
            roles={assignableRoles(workspace.role)}
            data-testid="api-key-role"
          />
        </Field>
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={() => onOpenChange(false)}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending} data-testid="api-key-submit">
            {t('apiKeys.createSubmit')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
