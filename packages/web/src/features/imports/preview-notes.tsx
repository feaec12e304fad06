import { useTranslation } from 'react-i18next';
import type { ImportPreview } from './import-api';

/** What the kind noticed about the file (orders per line, sessions, rows matched to creators…), translated. */
export function PreviewNotes({ preview }: { preview: ImportPreview }) {
  const { t, i18n } = useTranslation();
  if (preview.notes.length === 0) return null;
  return (
    <ul className="list-disc space-y-1 pl-5 text-sm text-zinc-700" data-testid="import-notes">
      {preview.notes.map((text, index) => {
        const detail = preview.noteDetails?.[index];
        const key = detail ? `imports.notes.${detail.code}` : '';
        return (
          <li key={text}>
            {detail && i18n.exists(key) ? t(key as 'imports.notes.ga4.sessions', detail.values) : text}
          </li>
        );
      })}
    </ul>
  );
}
