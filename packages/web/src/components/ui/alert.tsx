import type { ReactNode } from 'react';
import { cn } from '../../lib/cn';

const TONES = {
  error: 'border-red-200 bg-red-50 text-red-800',
  info: 'border-teal-200 bg-teal-50 text-teal-900',
  warning: 'border-amber-200 bg-amber-50 text-amber-900',
  success: 'border-emerald-200 bg-emerald-50 text-emerald-900',
} as const;

export function Alert({ tone = 'info', children }: { tone?: keyof typeof TONES; children: ReactNode }) {
  return (
    <div
      role={tone === 'error' ? 'alert' : 'status'}
      className={cn('rounded-lg border px-3.5 py-2.5 text-sm', TONES[tone])}
    >
      {children}
    </div>
  );
}
