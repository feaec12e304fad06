import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/ui/badge';
import { Button } from '../../components/ui/button';
import { CopyButton } from '../../components/ui/copy-button';
import { Table, Td, Th, Tr } from '../../components/ui/table';
import { useLocale } from '../../i18n/use-locale';
import { formatNumber } from '../../lib/format';
import type { TrackedLink } from './links-api';

interface LinksTableProps {
  links: TrackedLink[];
  canEdit: boolean;
  updatedAt: number;
  onEdit: (link: TrackedLink) => void;
  onQr: (link: TrackedLink) => void;
  onToggle: (link: TrackedLink) => void;
}

export function LinksTable({ links, canEdit, updatedAt, onEdit, onQr, onToggle }: LinksTableProps) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const n = (value: number) => formatNumber(value, locale);
  const freshness = t('linkTracker.freshness', { time: new Date(updatedAt).toLocaleTimeString(locale) });
  return (
    <Table data-testid="links-table">
      <thead>
        <tr>
          <Th>{t('linkTracker.columns.link')}</Th>
          <Th>{t('linkTracker.columns.creator')}</Th>
          <Th className="text-right" title={`${t('linkTracker.formula.clicks')}\n${freshness}`}>
            {t('linkTracker.columns.clicks')}
          </Th>
          <Th className="text-right" title={`${t('linkTracker.formula.scans')}\n${freshness}`}>
            {t('linkTracker.columns.scans')}
          </Th>
          <Th className="text-right" title={`${t('linkTracker.formula.filtered')}\n${freshness}`}>
            {t('linkTracker.columns.filtered')}
          </Th>
          <Th>{t('linkTracker.columns.status')}</Th>
          <Th className="text-right">{t('common.actions')}</Th>
        </tr>
      </thead>
      <tbody>
        {links.map((link) => (
          <Tr key={link.id} data-testid="link-row" data-slug={link.slug}>
            <Td className="max-w-80">
              <div className="flex items-center gap-2">
                <a
                  href={link.shortUrl}
                  target="_blank"
                  rel="noreferrer"
                  className="font-medium whitespace-nowrap text-teal-800 hover:underline"
                  data-testid="link-short-url"
                >
                  {link.shortUrl.replace(/^https?:\/\//, '')}
                </a>
                <CopyButton value={link.shortUrl} />
              </div>
              <div className="mt-0.5 truncate text-xs text-zinc-500" title={link.finalUrl}>
                → {link.destinationUrl}
              </div>
            </Td>
            <Td>
              <div className="text-zinc-900">{link.creator?.name ?? '—'}</div>
              <div className="mt-0.5 text-xs text-zinc-500">{link.campaign.name}</div>
            </Td>
            <Td
              className="text-right font-medium tabular-nums"
              title={`${t('linkTracker.formula.clicks')}\n${freshness}`}
              data-testid="link-clicks"
            >
              {n(link.clicks)}
            </Td>
            <Td className="text-right tabular-nums" title={`${t('linkTracker.formula.scans')}\n${freshness}`}>
              {n(link.scans)}
            </Td>
            <Td
              className="text-right text-zinc-500 tabular-nums"
              title={t('linkTracker.filteredDetail', {
                bots: n(link.botClicks),
                repeats: n(link.repeatClicks),
              })}
            >
              {n(link.botClicks)} · {n(link.repeatClicks)}
            </Td>
            <Td>
              <Badge tone={link.status === 'active' ? 'green' : 'neutral'}>
                {t(`linkTracker.status.${link.status}`)}
              </Badge>
            </Td>
            <Td className="text-right whitespace-nowrap">
              <div className="flex justify-end gap-1">
                <Button size="sm" variant="ghost" onClick={() => onQr(link)} data-testid="link-qr">
                  {t('linkTracker.qr')}
                </Button>
                {canEdit && (
                  <>
                    <Button size="sm" variant="ghost" onClick={() => onEdit(link)} data-testid="link-edit">
                      {t('linkTracker.edit')}
                    </Button>
                    <Button
                      size="sm"
                      variant="ghost"
                      onClick={() => onToggle(link)}
                      data-testid="link-toggle"
                    >
                      {link.status === 'active' ? t('linkTracker.disable') : t('linkTracker.enable')}
                    </Button>
                  </>
                )}
              </div>
            </Td>
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}
