import { useRef } from 'react';
import { Button } from './button';

/** Attachments the server accepts (documents, images, spreadsheets). */
export const ATTACHMENT_ACCEPT = '.pdf,.png,.jpg,.jpeg,.webp,.doc,.docx,.xls,.xlsx,.txt,.csv';

/** A button that opens the file picker and hands over one chosen file; the picker is cleared for the next one. */
export function FileUploadButton({
  label,
  onFile,
  loading,
  inputTestId,
  accept = ATTACHMENT_ACCEPT,
}: {
  label: string;
  onFile: (file: File) => void;
  loading: boolean;
  inputTestId: string;
  accept?: string;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={input}
        type="file"
        accept={accept}
        className="hidden"
        data-testid={inputTestId}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) onFile(file);
          e.target.value = '';
        }}
      />
      <Button variant="secondary" size="sm" loading={loading} onClick={() => input.current?.click()}>
        {label}
      </Button>
    </>
  );
}
