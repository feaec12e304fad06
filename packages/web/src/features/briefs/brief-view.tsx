import { useTranslation } from 'react-i18next';
import type { BriefContent } from './brief-api';

/** The brief as a creator reads it; shared by the campaign page and the public link. */
export function BriefView({ content }: { content: BriefContent }) {
  const { t } = useTranslation();
  const list = (items: string[]) => (
    <ul className="list-disc space-y-1 pl-5">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
  const section = (label: string, body: React.ReactNode, show = true) =>
    show && (
      <div>
        <h3 className="text-xs font-semibold tracking-wide text-zinc-500 uppercase">{label}</h3>
        <div className="mt-1 text-sm text-zinc-900">{body}</div>
      </div>
    );
  return (
    <div className="space-y-4" data-testid="brief-view">
      {section(t('briefs.fields.keyMessage'), <p className="text-base font-medium">{content.keyMessage}</p>)}
      {section(t('briefs.fields.usp'), <p>{content.usp}</p>, content.usp !== '')}
      <div className="grid gap-4 sm:grid-cols-2">
        {section(t('briefs.fields.dos'), list(content.dos), content.dos.length > 0)}
        {section(t('briefs.fields.donts'), list(content.donts), content.donts.length > 0)}
      </div>
      {section(
        t('briefs.fields.disclosures'),
        <div className="flex flex-wrap gap-2">
          {content.disclosures.map((d) => (
            <span key={d} className="rounded-md bg-amber-100 px-2 py-0.5 font-medium text-amber-900">
              {d}
            </span>
          ))}
        </div>,
        content.disclosures.length > 0,
      )}
      {section(
        t('briefs.fields.storytelling'),
        <p className="whitespace-pre-line">{content.storytelling}</p>,
        content.storytelling !== '',
      )}
      {section(
        t('briefs.fields.references'),
        <ul className="space-y-1">
          {content.references.map((r) => (
            <li key={`${r.label}${r.url}`}>
              {r.url ? (
                <a href={r.url} target="_blank" rel="noreferrer" className="text-teal-700 hover:underline">
                  {r.label}
                </a>
              ) : (
                r.label
              )}
            </li>
          ))}
        </ul>,
        content.references.length > 0,
      )}
    </div>
  );
}
