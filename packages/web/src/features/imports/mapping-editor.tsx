import { useTranslation } from 'react-i18next';
import { NativeSelect } from '../../components/ui/input';
import type { ImportKind } from './import-api';
import { fieldLabel } from './problem-text';

/** One select per column: which field of the kind it holds, or "do not import". */
export function MappingEditor({
  kind,
  headers,
  fields,
  mapping,
  onChange,
}: {
  kind: ImportKind;
  headers: string[];
  fields: string[];
  mapping: (string | null)[];
  onChange(next: (string | null)[]): void;
}) {
  const { t } = useTranslation();
  return (
    <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3" data-testid="import-mapping">
      {headers
        .map((header, position) => ({ header, index: position, id: `${position}:${header}` }))
        .map(({ header, index, id }) => (
          <div key={id} className="rounded-md border border-zinc-200 bg-white p-2">
            <label
              htmlFor={`map-${index}`}
              className="mb-1 block truncate text-xs font-medium text-zinc-700"
              title={header}
            >
              {header}
            </label>
            <NativeSelect
              compact
              id={`map-${index}`}
              value={mapping[index] ?? ''}
              data-testid={`import-map-${index}`}
              onChange={(event) => {
                const next = [...mapping];
                next[index] = event.target.value || null;
                onChange(next);
              }}
            >
              <option value="">{t('imports.skipColumn')}</option>
              {fields.map((field) => (
                <option key={field} value={field}>
                  {fieldLabel(t, kind, field)}
                </option>
              ))}
            </NativeSelect>
          </div>
        ))}
    </div>
  );
}
