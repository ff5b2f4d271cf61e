import { lazy } from 'react';
import { MenuOnDemand } from '../../components/menu-on-demand.tsx';
import type { ThemeChoice } from '../theme/theme-choice.ts';
import { AccountButton } from './account-button.tsx';

const AccountMenuLoaded = lazy(() =>
  import('./account-menu-loaded.tsx').then((m) => ({ default: m.AccountMenuLoaded })),
);

export interface AccountMenuProps {
  name: string;
  username: string;
  themeChoice: ThemeChoice;
  onThemeChoice: (choice: ThemeChoice) => void;
  onSignOut: () => void;
}

/**
 * Who is signed in, the theme switch and sign-out, behind the avatar in the header. Fluent's
 * Menu, the persona and the profile query come on first use (MenuOnDemand), not with the first
 * screen.
 */
export function AccountMenu(props: AccountMenuProps) {
  return (
    <MenuOnDemand
      button={(buttonProps) => <AccountButton {...buttonProps} name={props.name} />}
      menu={(arrival) => <AccountMenuLoaded {...props} {...arrival} />}
    />
  );
}
