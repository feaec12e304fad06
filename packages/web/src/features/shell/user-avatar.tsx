export function UserAvatar({ name }: { name: string }) {
  const letter = name.trim().split(/\s+/).at(-1)?.[0]?.toUpperCase() ?? '?';
  return (
    <span
      aria-hidden="true"
      className="inline-flex size-7 shrink-0 items-center justify-center rounded-full bg-zinc-200 text-xs font-semibold text-zinc-700"
    >
      {letter}
    </span>
  );
}
