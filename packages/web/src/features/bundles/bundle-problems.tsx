import { useTranslation } from 'react-i18next';
import type { ApiErrorDetail } from '../../lib/api-error';
import { problemText } from './problem-text';

/** Every problem of a bundle, by JSON path (`posts[2].snapshots[0].likes`), in a scrollable list. */
export function BundleProblems({ problems }: { problems: readonly ApiErrorDetail[] }) {
  const { t } = useTranslation();
  return (
    <ul
      data-testid="bundle-problems"
      className="max-h-64 space-y-1 overflow-y-auto rounded-md border border-red-200 bg-red-50/60 p-2.5 text-[13px]"
    >
      {problems.map((problem) => (
        <li key={`${problem.path}:${problem.message}`} className="text-red-900">
          <code className="rounded bg-white px-1 py-0.5 font-mono text-[12px] text-red-800">
            {problem.path.replace(/^body\.?/, '') || '(root)'}
          </code>{' '}
          {problemText(problem.message, t)}
        </li>
      ))}
    </ul>
  );
}
