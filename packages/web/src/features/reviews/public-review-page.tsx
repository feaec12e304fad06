import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Logo } from '../../components/brand/logo';
import { Alert } from '../../components/ui/alert';
import { Field } from '../../components/ui/field';
import { Input } from '../../components/ui/input';
import { LoadingBlock } from '../../components/ui/query-state';
import { useLocale } from '../../i18n/use-locale';
import { isApiError } from '../../lib/api-error';
import { formatDateTime } from '../../lib/format';
import { useErrorText } from '../../lib/use-error-text';
import { ReviewItem } from './review-item';
import { getPublicReview, publicReviewKey } from './reviews-api';

const NAME_KEY = 'lantoa.reviewerName';

/** The external review page behind `/r/:token`: no login; the client approves or asks for changes. */
export function PublicReviewPage() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const errorText = useErrorText();
  const { token } = useParams({ strict: false }) as { token: string };
  const [name, setName] = useState(() => localStorage.getItem(NAME_KEY) ?? '');
  const query = useQuery({
    queryKey: publicReviewKey(token),
    queryFn: () => getPublicReview(token),
    retry: false,
  });
  const rememberName = (value: string) => {
    setName(value);
    localStorage.setItem(NAME_KEY, value);
  };
  return (
    <div className="min-h-screen bg-zinc-50 px-4 py-8">
      <div className="mx-auto max-w-2xl space-y-5">
        <Logo />
        {query.isPending ? (
          <LoadingBlock />
        ) : query.isError ? (
          <div data-testid="review-unavailable">
            <Alert tone="warning">
              {isApiError(query.error) && query.error.status === 404
                ? t('reviews.expired')
                : errorText(query.error)}
            </Alert>
          </div>
        ) : (
          <div className="space-y-5" data-testid="public-review">
            <div>
              <p className="text-xs text-zinc-500">{t('reviews.for')}</p>
              <h1 className="text-xl font-semibold text-zinc-900">{query.data.campaign.name}</h1>
              {query.data.campaign.brand && (
                <p className="text-sm text-zinc-600">{query.data.campaign.brand}</p>
              )}
            </div>
            <div className="max-w-sm">
              <Field label={t('reviews.yourName')}>
                <Input
                  value={name}
                  placeholder={t('reviews.yourNamePlaceholder')}
                  onChange={(e) => rememberName(e.target.value)}
                  data-testid="reviewer-name"
                />
              </Field>
            </div>
            {query.data.deliverables.map((item) => (
              <ReviewItem key={item.id} token={token} item={item} reviewerName={name} />
            ))}
            <p className="text-xs text-zinc-500">
              {t('reviews.footer', { date: formatDateTime(query.data.expiresAt, locale) })}
            </p>
          </div>
        )}
      </div>
    </div>
  );
}
