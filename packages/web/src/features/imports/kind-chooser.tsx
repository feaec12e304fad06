import { useTranslation } from 'react-i18next';
import type { ImportKind } from './import-api';
import { IMPORT_KINDS } from './import-kinds';

/** What the file holds: one card per kind, with the export it comes from. */
export function KindChooser({
  kind,
  disabled,
  onChange,
}: {
  kind: ImportKind;
  disabled: boolean;
  onChange(kind: ImportKind): void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="mb-4" data-testid="import-kinds">
      <legend className="mb-2 text-sm font-medium text-zinc-800">{t('imports.chooseKind')}</legend>
      <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-5">
        {IMPORT_KINDS.map((option) => {
          const selected = option === kind;
          return (
            <label
              key={option}
              className={`cursor-pointer rounded-lg border p-3 text-sm transition-colors ${
                selected
                  ? 'border-teal-600 bg-teal-50 ring-1 ring-teal-600'
                  : 'border-zinc-200 bg-white hover:border-zinc-300'
              } ${disabled ? 'cursor-not-allowed opacity-60' : ''}`}
              data-testid={`import-kind-${option}`}
              data-selected={selected}
            >
              <input
                type="radio"
                name="import-kind"
                value={option}
                checked={selected}
                disabled={disabled}
                onChange={() => onChange(option)}
                className="sr-only"
              />
              <span className="block font-medium text-zinc-900">{t(`imports.kinds.${option}.label`)}</span>
              <span className="mt-0.5 block text-xs text-zinc-500">{t(`imports.kinds.${option}.short`)}</span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
