import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../api/types';
import { NativeSelect } from '../ui/input';

interface RoleSelectProps extends Omit<ComponentProps<typeof NativeSelect>, 'value' | 'onChange'> {
  value: Role;
  onChange: (role: Role) => void;
  roles: readonly Role[];
}

export function RoleSelect({ value, onChange, roles, ...rest }: RoleSelectProps) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      value={value}
      onChange={(event) => {
        const role = ROLES.find((candidate) => candidate === event.target.value);
        if (role) onChange(role);
      }}
      {...rest}
    >
      {roles.map((role) => (
        <option key={role} value={role}>
          {t(`roles.${role}`)}
        </option>
      ))}
    </NativeSelect>
  );
}
