export function CommentsCard({
  title,
  children,
  className,
  testId,
}: {
  title: string;
  children: React.ReactNode;
  className?: string;
  testId?: string;
}) {
  return (
    <section
      className={`rounded-lg border border-zinc-200 bg-white p-4 ${className ?? ''}`}
      data-testid={testId}
    >
      <h2 className="mb-3 text-sm font-semibold text-zinc-900">{title}</h2>
      {children}
    </section>
  );
}
