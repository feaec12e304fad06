import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/ui/dialog';
import { CreateWorkspaceForm } from './create-workspace-form';

export function CreateWorkspaceDialog({
  open,
  onOpenChange,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={t('workspace.create.title')}
      description={t('workspace.create.description')}
      testId="create-workspace-dialog"
    >
      <CreateWorkspaceForm onCreated={() => onOpenChange(false)} onCancel={() => onOpenChange(false)} />
    </Dialog>
  );
}
