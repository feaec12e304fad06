import { useTranslation } from 'react-i18next';
import { Table, Td, Th, Tr } from '../../components/ui/table';
import type { ImportKind, ImportPreview } from './import-api';
import { fieldLabel, problemText } from './problem-text';

/** Every problem of the preview by row, column and reason. */
export function ProblemsTable({ preview, kind }: { preview: ImportPreview; kind: ImportKind }) {
  const { t } = useTranslation();
  if (preview.problems.length === 0) return null;
  // A field with no column is named by its id (`handle`): say its label instead.
  const columnName = (column: string) =>
    preview.headers.includes(column) || !preview.fields.includes(column)
      ? column
      : fieldLabel(t, kind, column);
  return (
    <div>
      <h2 className="mb-2 text-sm font-semibold text-zinc-900">
        {t('imports.problems', { shown: preview.problemsShown, total: preview.problemsTotal })}
      </h2>
      <Table data-testid="import-problems">
        <thead>
          <tr>
            <Th>{t('imports.row')}</Th>
            <Th>{t('imports.column')}</Th>
            <Th>{t('imports.reason')}</Th>
          </tr>
        </thead>
        <tbody>
          {preview.problems.map((problem) => (
            <Tr key={`${problem.row}-${problem.column}-${problem.message}`} data-testid="import-problem">
              <Td className="tabular-nums">{problem.row}</Td>
              <Td>{columnName(problem.column)}</Td>
              <Td className="text-zinc-700">{problemText(t, problem, kind)}</Td>
            </Tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
