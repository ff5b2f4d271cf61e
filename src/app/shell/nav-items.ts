import {
  HistoryRegular,
  PersonKeyRegular,
  TaskListSquareLtrRegular,
  type FluentIcon,
} from '@fluentui/react-icons';

export interface NavItem {
  to: string;
  label: string;
  icon: FluentIcon;
}

/** The portal's sections, in the order the navigation shows them. */
export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', label: 'My roles', icon: PersonKeyRegular },
  { to: '/approvals', label: 'Approvals', icon: TaskListSquareLtrRegular },
  { to: '/history', label: 'History', icon: HistoryRegular },
];
