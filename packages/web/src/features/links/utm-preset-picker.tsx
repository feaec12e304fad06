import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
import { Input, NativeSelect } from '../../components/ui/input';
import { useErrorText } from '../../lib/use-error-text';
import { createUtmPreset, listUtmPresets, type Utm, utmPresetsKey } from './links-api';

/** Fills the UTM fields from a saved preset, or saves the current tags as a new one. */
export function UtmPresetPicker({
  workspaceId,
  utm,
  onPick,
}: {
  workspaceId: string;
  utm: Utm;
  onPick: (utm: Utm) => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const presets = useQuery({
    queryKey: utmPresetsKey(workspaceId),
    queryFn: () => listUtmPresets(workspaceId),
  });
  const [name, setName] = useState('');
  const save = useMutation({
    mutationFn: () => createUtmPreset(workspaceId, name.trim(), utm),
    onSuccess: async () => {
      setName('');
      await queryClient.invalidateQueries({ queryKey: utmPresetsKey(workspaceId) });
    },
  });
  const items = presets.data?.items ?? [];
  return (
    <div className="space-y-2 rounded-lg border border-zinc-200 bg-zinc-50 p-3">
      <div className="flex items-center gap-2">
        <span className="shrink-0 text-[13px] font-medium text-zinc-700">{t('linkTracker.presets')}</span>
        <NativeSelect
          compact
          value=""
          onChange={(event) => {
            const preset = items.find((p) => p.id === event.target.value);
            if (preset) onPick(preset.utm);
          }}
          data-testid="link-preset"
          aria-label={t('linkTracker.presets')}
        >
          <option value="">{items.length ? t('linkTracker.applyPreset') : t('linkTracker.noPresets')}</option>
          {items.map((preset) => (
            <option key={preset.id} value={preset.id}>
              {preset.name}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="flex items-center gap-2">
        <Input
          value={name}
          onChange={(event) => setName(event.target.value)}
          placeholder={t('linkTracker.presetName')}
          maxLength={80}
          className="h-8"
          aria-label={t('linkTracker.presetName')}
        />
        <Button
          size="sm"
          variant="secondary"
          disabled={!name.trim()}
          loading={save.isPending}
          onClick={() => save.mutate()}
        >
          {t('linkTracker.savePreset')}
        </Button>
      </div>
      {save.isError && <p className="text-xs font-medium text-red-600">{errorText(save.error)}</p>}
    </div>
  );
}
