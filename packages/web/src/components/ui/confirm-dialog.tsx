import { useTranslation } from 'react-i18next';
import { Button } from './button';
import { Dialog } from './dialog';

interface ConfirmDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description: string;
  confirmLabel: string;
  onConfirm: () => void;
  pending?: boolean;
  error?: string | null;
}

export function ConfirmDialog(props: ConfirmDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={props.open}
      onOpenChange={props.onOpenChange}
      title={props.title}
      description={props.description}
      testId="confirm-dialog"
      footer={
        <>
          <Button variant="secondary" onClick={() => props.onOpenChange(false)}>
            {t('common.cancel')}
          </Button>
          <Button
            variant="danger"
            loading={props.pending}
            onClick={props.onConfirm}
            data-testid="confirm-submit"
          >
            {props.confirmLabel}
          </Button>
        </>
      }
    >
      {props.error && (
        <p className="text-sm text-red-600" role="alert">
          {props.error}
        </p>
      )}
    </Dialog>
  );
}
