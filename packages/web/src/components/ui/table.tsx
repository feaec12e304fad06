import type { ComponentProps } from 'react';
import { cn } from '../../lib/cn';

export function Table({ className, children, ...rest }: ComponentProps<'table'>) {
  return (
    <div className="overflow-x-auto rounded-xl border border-zinc-200 bg-white shadow-xs">
      <table className={cn('w-full min-w-[640px] border-collapse text-sm', className)} {...rest}>
        {children}
      </table>
    </div>
  );
}

export function Th({ className, ...rest }: ComponentProps<'th'>) {
  return (
    <th
      scope="col"
      className={cn(
        'border-b border-zinc-200 bg-zinc-50/80 px-3 py-2 text-left text-xs font-medium tracking-wide text-zinc-500 first:pl-4 last:pr-4',
        className,
      )}
      {...rest}
    />
  );
}

export function Td({ className, ...rest }: ComponentProps<'td'>) {
  return (
    <td
      className={cn('border-b border-zinc-100 px-3 py-2.5 align-middle first:pl-4 last:pr-4', className)}
      {...rest}
    />
  );
}

export function Tr({ className, ...rest }: ComponentProps<'tr'>) {
  return <tr className={cn('last:[&>td]:border-b-0 hover:bg-zinc-50/60', className)} {...rest} />;
}
