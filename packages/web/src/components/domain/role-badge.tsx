import { useTranslation } from 'react-i18next';
import type { Role } from '../../api/types';
import { Badge, type BadgeTone } from '../ui/badge';

const ROLE_TONES: Record<Role, BadgeTone> = {
  owner: 'teal',
  admin: 'blue',
  manager: 'violet',
  analyst: 'amber',
  viewer: 'neutral',
};

export function RoleBadge({ role }: { role: Role }) {
  const { t } = useTranslation();
  return <Badge tone={ROLE_TONES[role]}>{t(`roles.${role}`)}</Badge>;
}
