import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
import { Input, NativeSelect } from '../../components/ui/input';
import { useErrorText } from '../../lib/use-error-text';
import { useWorkspace } from '../workspaces/use-workspace';
import { addToShortlist, createCreatorList, creatorListsKey, listCreatorLists } from './creator-lists-api';

const NEW_LIST = '__new__';

/** Adds the creators ticked in the table to a shortlist, or to a new one named here. */
export function AddToShortlistBar({ selected, onDone }: { selected: string[]; onDone: () => void }) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const [listId, setListId] = useState('');
  const [newName, setNewName] = useState('');
  const lists = useQuery({
    queryKey: [...creatorListsKey(workspace.id), 'shortlist'],
    queryFn: () => listCreatorLists(workspace.id, 'shortlist'),
  });
  const shortlists = lists.data?.items ?? [];
  const chosen = listId || (shortlists[0]?.id ?? NEW_LIST);
  const add = useMutation({
    mutationFn: async () => {
      const target =
        chosen === NEW_LIST
          ? (await createCreatorList(workspace.id, { kind: 'shortlist', name: newName.trim() })).id
          : chosen;
      return addToShortlist(workspace.id, target, selected);
    },
    // The selection stays so the confirmation stays visible; "Clear selection" closes the bar.
    onSuccess: () => {
      setNewName('');
      return queryClient.invalidateQueries({ queryKey: creatorListsKey(workspace.id) });
    },
  });
  return (
    <div
      className="mb-3 flex flex-wrap items-center gap-2 rounded-lg border border-teal-200 bg-teal-50 px-3 py-2 text-sm"
      data-testid="shortlist-bar"
    >
      <span className="font-medium text-teal-900">
        {t('creatorLists.selected', { count: selected.length })}
      </span>
      <NativeSelect
        aria-label={t('creatorLists.shortlist.choose')}
        value={chosen}
        onChange={(event) => setListId(event.target.value)}
        data-testid="shortlist-select"
      >
        {shortlists.map((list) => (
          <option key={list.id} value={list.id}>
            {list.name} ({list.creatorCount})
          </option>
        ))}
        <option value={NEW_LIST}>{t('creatorLists.shortlist.new')}</option>
      </NativeSelect>
      {chosen === NEW_LIST && (
        <Input
          className="w-48"
          aria-label={t('creatorLists.name')}
          value={newName}
          onChange={(event) => setNewName(event.target.value)}
          placeholder={t('creatorLists.shortlist.namePlaceholder')}
          data-testid="shortlist-new-name"
        />
      )}
      <Button
        size="sm"
        onClick={() => add.mutate()}
        loading={add.isPending}
        disabled={chosen === NEW_LIST && newName.trim() === ''}
        data-testid="shortlist-add"
      >
        {t('creatorLists.shortlist.add')}
      </Button>
      <Button size="sm" variant="ghost" onClick={onDone}>
        {t('creatorLists.clearSelection')}
      </Button>
      {add.isSuccess && (
        <span className="text-xs text-teal-800" data-testid="shortlist-added">
          {t('creatorLists.shortlist.added', { count: add.data.added })}
        </span>
      )}
      {add.isError && <span className="text-xs text-red-600">{errorText(add.error)}</span>}
    </div>
  );
}
