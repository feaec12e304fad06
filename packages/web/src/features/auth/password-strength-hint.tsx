import { useTranslation } from 'react-i18next';
import { cn } from '../../lib/cn';
import { MIN_PASSWORD_LENGTH } from '../../lib/validate';
import { passwordStrength, STRENGTH_SCORE } from './password-strength';

const BAR_COLOURS = ['bg-zinc-200', 'bg-red-500', 'bg-amber-500', 'bg-teal-500', 'bg-teal-700'];

export function PasswordStrengthHint({ password }: { password: string }) {
  const { t } = useTranslation();
  const level = passwordStrength(password);
  const score = STRENGTH_SCORE[level];
  return (
    <span className="block" data-testid="password-strength" data-level={level}>
      <span className="mb-1 flex gap-1" aria-hidden="true">
        {[1, 2, 3, 4].map((step) => (
          <span
            key={step}
            className={cn('h-1 flex-1 rounded-full', step <= score ? BAR_COLOURS[score] : 'bg-zinc-200')}
          />
        ))}
      </span>
      <span aria-live="polite">
        {password
          ? t(`auth.strength.${level}`, { min: MIN_PASSWORD_LENGTH })
          : t('auth.passwordRule', { min: MIN_PASSWORD_LENGTH })}
      </span>
    </span>
  );
}
