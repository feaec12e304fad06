import type { ReactNode } from 'react';

function Icon({ children, className }: { children: ReactNode; className?: string | undefined }) {
  return (
    <svg
      viewBox="0 0 20 20"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      strokeLinecap="round"
      strokeLinejoin="round"
      className={className ?? 'size-4'}
      aria-hidden="true"
    >
      {children}
    </svg>
  );
}

type IconProps = { className?: string | undefined };

export const HomeIcon = ({ className }: IconProps) => (
  <Icon className={className}>
    <path d="M3 9.5 10 3.5l7 6V16a1 1 0 0 1-1 1h-3.5v-4.5h-5V17H4a1 1 0 0 1-1-1V9.5Z" />
  </Icon>
);

export const CreatorsIcon = ({ className }: IconProps) => (
  <Icon className={className}>
    <circle cx="7.5" cy="7" r="2.75" />
    <path d="M2.5 16.5c.4-2.6 2.4-4.25 5-4.25s4.6 1.65 5 4.25" />
    <circle cx="14" cy="6.5" r="2.25" />
    <path d="M14 11c1.9.1 3.2 1.4 3.5 3.5" />
  </Icon>
);

export const CampaignsIcon = ({ className }: IconProps) => (
  <Icon className={className}>
    <path d="M3 8.25v3.5a1 1 0 0 0 1 1h2l6 3.75V3.5L6 7.25H4a1 1 0 0 0-1 1Z" />
    <path d="M15 7.5c.9.7 1.4 1.5 1.4 2.5s-.5 1.8-1.4 2.5" />
  </Icon>
);

export const LinksIcon = ({ className }: IconProps) => (
  <Icon className={className}>
    <path d="M8.5 11.5a3 3 0 0 0 4.25 0l2.5-2.5a3 3 0 0 0-4.25-4.25l-1 1" />
    <path d="M11.5 8.5a3 3 0 0 0-4.25 0l-2.5 2.5a3 3 0 0 0 4.25 4.25l1-1" />
  </Icon>
);

export const ReportsIcon = ({ className }: IconProps) => (
  <Icon className={className}>
    <path d="M3.5 16.5h13" />
    <path d="M5.5 13.5v-3M9 13.5V6.5M12.5 13.5v-5M16 13.5V4" />
  </Icon>
);

export const SettingsIcon = ({ className }: IconProps) => (
  <Icon className={className}>
    <path d="M3.5 6h6M13.5 6h3M3.5 14h3M10.5 14h6" />
    <circle cx="11.5" cy="6" r="2" />
    <circle cx="8.5" cy="14" r="2" />
  </Icon>
);

export const ChevronUpDownIcon = ({ className }: IconProps) => (
  <Icon className={className}>
    <path d="m7 8 3-3 3 3M7 12l3 3 3-3" />
  </Icon>
);

export const CheckIcon = ({ className }: IconProps) => (
  <Icon className={className}>
    <path d="m4.5 10.5 3.5 3.5 7.5-8" />
  </Icon>
);

export const PlusIcon = ({ className }: IconProps) => (
  <Icon className={className}>
    <path d="M10 4.5v11M4.5 10h11" />
  </Icon>
);

export const MenuIcon = ({ className }: IconProps) => (
  <Icon className={className}>
    <path d="M3.5 5.5h13M3.5 10h13M3.5 14.5h13" />
  </Icon>
);

export const SparkIcon = ({ className }: IconProps) => (
  <Icon className={className}>
    <path d="M10 2.5 11.6 8.4 17.5 10l-5.9 1.6L10 17.5l-1.6-5.9L2.5 10l5.9-1.6L10 2.5Z" />
  </Icon>
);

export const KeyIcon = ({ className }: IconProps) => (
  <Icon className={className}>
    <circle cx="7" cy="13" r="3.5" />
    <path d="m9.5 10.5 7-7M14 6l2 2" />
  </Icon>
);
