import type { ReactNode } from 'react';
import { Logo } from '../../components/brand/logo';
import { LanguageSwitch } from '../../components/language-switch';
import { useDocumentTitle } from '../../lib/use-document-title';

interface AuthLayoutProps {
  title: string;
  subtitle?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
}

export function AuthLayout({ title, subtitle, children, footer }: AuthLayoutProps) {
  useDocumentTitle(title);
  return (
    <div className="flex min-h-dvh flex-col bg-[radial-gradient(circle_at_50%_-10%,#ccfbf1_0,transparent_45%)]">
      <header className="flex items-center justify-between px-5 py-4 sm:px-8">
        <Logo />
        <LanguageSwitch />
      </header>
      <main className="flex flex-1 items-start justify-center px-4 pt-6 pb-16 sm:pt-14">
        <div className="w-full max-w-[400px]">
          <div className="rounded-xl border border-zinc-200 bg-white p-6 shadow-sm sm:p-7">
            <h1 className="text-lg font-semibold tracking-tight text-zinc-900">{title}</h1>
            {subtitle && <p className="mt-1 text-sm text-zinc-600">{subtitle}</p>}
            <div className="mt-6">{children}</div>
          </div>
          {footer && <div className="mt-5 text-center text-sm text-zinc-600">{footer}</div>}
        </div>
      </main>
    </div>
  );
}
