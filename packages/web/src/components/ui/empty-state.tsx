import type { ReactNode } from 'react';

interface EmptyStateProps {
  icon?: ReactNode;
  title: string;
  description: ReactNode;
  children?: ReactNode;
  testId?: string;
}

export function EmptyState({ icon, title, description, children, testId }: EmptyStateProps) {
  return (
    <div
      data-testid={testId}
      className="flex flex-col items-center rounded-xl border border-dashed border-zinc-300 bg-white px-6 py-12 text-center"
    >
      {icon && <div className="mb-4 rounded-full bg-teal-50 p-3 text-teal-700">{icon}</div>}
      <h2 className="text-base font-semibold text-zinc-900">{title}</h2>
      <div className="mt-1.5 max-w-md text-sm text-zinc-600">{description}</div>
      {children && <div className="mt-5 flex w-full max-w-md flex-col items-center gap-3">{children}</div>}
    </div>
  );
}
