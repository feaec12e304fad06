import type { ComponentProps } from 'react';
import { cn } from '../../lib/cn';

const controlClass =
  'block w-full rounded-md border border-zinc-300 bg-white px-3 text-sm text-zinc-900 shadow-sm placeholder:text-zinc-400 ' +
  'focus:border-teal-600 focus:outline-none focus:ring-2 focus:ring-teal-600/20 disabled:bg-zinc-50 disabled:text-zinc-500 ' +
  'aria-[invalid=true]:border-red-500 aria-[invalid=true]:focus:ring-red-500/20';

export function Input({ className, ...rest }: ComponentProps<'input'>) {
  return <input className={cn(controlClass, 'h-9', className)} {...rest} />;
}

/** A native select (best on mobile and for keyboards) with the app's look; `className` sizes the wrapper. */
export function NativeSelect({
  className,
  children,
  compact,
  ...rest
}: ComponentProps<'select'> & { compact?: boolean }) {
  return (
    <div className={cn('relative', className ?? 'w-full')}>
      <select
        className={cn(controlClass, compact ? 'h-8' : 'h-9', 'w-full cursor-pointer appearance-none pr-8')}
        {...rest}
      >
        {children}
      </select>
      <svg
        viewBox="0 0 20 20"
        className="pointer-events-none absolute top-1/2 right-2.5 size-4 -translate-y-1/2 text-zinc-500"
        aria-hidden="true"
      >
        <path d="m6 8 4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
      </svg>
    </div>
  );
}
