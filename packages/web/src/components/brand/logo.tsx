function LogoMark({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" className={className ?? 'size-7'} aria-hidden="true">
      <rect width="32" height="32" rx="8" fill="#0f766e" />
      <circle cx="16" cy="16" r="3.5" fill="#fff" />
      <circle cx="16" cy="16" r="8" fill="none" stroke="#fff" strokeOpacity=".7" strokeWidth="2" />
      <circle cx="16" cy="16" r="12.5" fill="none" stroke="#fff" strokeOpacity=".35" strokeWidth="2" />
    </svg>
  );
}

export function Logo() {
  return (
    <span className="inline-flex items-center gap-2">
      <LogoMark />
      <span className="text-[15px] font-semibold tracking-tight text-zinc-900">Lantoa</span>
    </span>
  );
}
