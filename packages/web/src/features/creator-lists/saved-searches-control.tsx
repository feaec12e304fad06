import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';
import { Input, NativeSelect } from '../../components/ui/input';
import { useErrorText } from '../../lib/use-error-text';
import { type CreatorFilters, hasFilters } from '../creators/creator-api';
import { canWriteCreators } from '../creators/creator-permissions';
import { useWorkspace } from '../workspaces/use-workspace';
import {
  createCreatorList,
  creatorListsKey,
  filtersToQuery,
  listCreatorLists,
  queryToFilters,
} from './creator-lists-api';

/** Apply a saved search, or save the current filters under a name (A3). */
export function SavedSearchesControl({
  filters,
  onApply,
}: {
  filters: CreatorFilters;
  onApply: (filters: CreatorFilters) => void;
}) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const saved = useQuery({
    queryKey: [...creatorListsKey(workspace.id), 'saved_search'],
    queryFn: () => listCreatorLists(workspace.id, 'saved_search'),
  });
  const save = useMutation({
    mutationFn: () =>
      createCreatorList(workspace.id, {
        kind: 'saved_search',
        name: name.trim(),
        query: filtersToQuery(filters),
      }),
    onSuccess: () => {
      setOpen(false);
      setName('');
      return queryClient.invalidateQueries({ queryKey: creatorListsKey(workspace.id) });
    },
  });
  const items = saved.data?.items ?? [];
  return (
    <>
      {items.length > 0 && (
        <NativeSelect
          aria-label={t('creatorLists.saved.apply')}
          value=""
          onChange={(event) => {
            const chosen = items.find((item) => item.id === event.target.value);
            if (chosen) onApply(queryToFilters(chosen.query));
          }}
          data-testid="saved-search-select"
        >
          <option value="">{t('creatorLists.saved.apply')}</option>
          {items.map((item) => (
            <option key={item.id} value={item.id}>
              {item.name}
            </option>
          ))}
        </NativeSelect>
      )}
      {canWriteCreators(workspace.role) && hasFilters(filters) && (
        <Button variant="secondary" onClick={() => setOpen(true)} data-testid="saved-search-save">
          {t('creatorLists.saved.save')}
        </Button>
      )}
      <Dialog
        open={open}
        onOpenChange={setOpen}
        title={t('creatorLists.saved.saveTitle')}
        description={t('creatorLists.saved.saveHint')}
        testId="saved-search-dialog"
        footer={
          <Button
            onClick={() => save.mutate()}
            disabled={name.trim() === ''}
            loading={save.isPending}
            data-testid="saved-search-confirm"
          >
            {t('common.save')}
          </Button>
        }
      >
        <label className="block text-xs font-medium text-zinc-600" htmlFor="saved-search-name">
          {t('creatorLists.name')}
        </label>
        <Input
          id="saved-search-name"
          value={name}
          onChange={(event) => setName(event.target.value)}
          placeholder={t('creatorLists.saved.namePlaceholder')}
          data-testid="saved-search-name"
        />
        {save.isError && <p className="mt-2 text-xs text-red-600">{errorText(save.error)}</p>}
      </Dialog>
    </>
  );
}
