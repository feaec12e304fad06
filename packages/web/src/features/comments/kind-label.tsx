import { useTranslation } from 'react-i18next';
import { isTagKind } from './tag-kinds';

/** The readable name of an intent, objection or spam kind; unknown kinds show as sent. */
export function KindLabel({ kind }: { kind: string }) {
  const { t } = useTranslation();
  return <>{isTagKind(kind) ? t(`comments.kind.${kind}`) : kind}</>;
}
