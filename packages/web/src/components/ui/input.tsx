import type { ComponentProps } from 'react';
import { cn } from '../../lib/cn';

export const controlClass =
  'block w-full rounded-md border border-zinc-300 bg-white px-3 text-sm text-zinc-900 shadow-sm placeholder:text-zinc-400 ' +
  'focus:border-teal-600 focus:outline-none focus:ring-2 focus:ring-teal-600/20 disabled:bg-zinc-50 disabled:text-zinc-500 ' +
  'aria-[invalid=true]:border-red-500 aria-[invalid=true]:focus:ring-red-500/20';

export function Input({ className, ...rest }: ComponentProps<'input'>) {
  return <input className={cn(controlClass, 'h-9', className)} {...rest} />;
}

export function NativeSelect({ className, children, ...rest }: ComponentProps<'select'>) {
  return (
    <select className={cn(controlClass, 'h-9 pr-8', className)} {...rest}>
      {children}
    </select>
  );
}
