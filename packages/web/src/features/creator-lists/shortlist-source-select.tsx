import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/ui/field';
import { NativeSelect } from '../../components/ui/input';
import { useWorkspace } from '../workspaces/use-workspace';
import { creatorListsKey, listCreatorLists } from './creator-lists-api';

/**
 * Where the creator-mix optimiser takes its candidates from: every eligible creator ('') or one shortlist's id.
 */
export function ShortlistSourceSelect({
  value,
  onChange,
}: {
  value: string;
  onChange: (shortlistId: string) => void;
}) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const lists = useQuery({
    queryKey: [...creatorListsKey(workspace.id), 'shortlist'],
    queryFn: () => listCreatorLists(workspace.id, 'shortlist'),
  });
  const shortlists = lists.data?.items ?? [];
  return (
    <div className="sm:col-span-2">
      <Field
        label={t('creatorLists.mixSource.label')}
        hint={value ? t('creatorLists.mixSource.hint') : undefined}
      >
        <NativeSelect
          value={value}
          onChange={(event) => onChange(event.target.value)}
          data-testid="mix-candidates"
        >
          <option value="">{t('creatorLists.mixSource.all')}</option>
          {shortlists.length > 0 && (
            <optgroup label={t('creatorLists.mixSource.lists')}>
              {shortlists.map((list) => (
                <option key={list.id} value={list.id}>
                  {t('creatorLists.mixSource.list', { name: list.name, count: list.creatorCount })}
                </option>
              ))}
            </optgroup>
          )}
        </NativeSelect>
      </Field>
    </div>
  );
}
