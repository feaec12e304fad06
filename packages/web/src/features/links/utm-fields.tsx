import { useTranslation } from 'react-i18next';
import { Field } from '../../components/ui/field';
import { Input } from '../../components/ui/input';
import type { Utm } from './links-api';

const KEYS = ['source', 'medium', 'campaign', 'content', 'term'] as const;

/** The five UTM tags as inputs; `onChange` receives the whole set. */
export function UtmFields({ value, onChange }: { value: Utm; onChange: (utm: Utm) => void }) {
  const { t } = useTranslation();
  return (
    <div className="grid grid-cols-2 gap-3">
      {KEYS.map((key) => (
        <Field key={key} label={`utm_${key}`} hint={t(`linkTracker.utmHint.${key}`)}>
          <Input
            value={value[key] ?? ''}
            onChange={(event) => onChange({ ...value, [key]: event.target.value })}
            maxLength={120}
            data-testid={`link-utm-${key}`}
          />
        </Field>
      ))}
    </div>
  );
}
