import { Menu, MenuTrigger } from '@fluentui/react-components';
import { useMenuArrival, type MenuArrival } from '../../components/menu-on-demand.tsx';
import { parseThemeChoice } from '../theme/theme-choice.ts';
import type { AccountMenuProps } from './account-menu.tsx';
import { AccountMenuPopover } from './account-menu-popover.tsx';

/** The account menu itself, in place of the button alone (see AccountMenu). */
export function AccountMenuLoaded({
  name,
  username,
  themeChoice,
  onThemeChoice,
  onSignOut,
  ...arrival
}: AccountMenuProps & MenuArrival) {
  const { open, onOpenChange, trigger } = useMenuArrival(arrival);
  return (
    <Menu
      open={open}
      onOpenChange={onOpenChange}
      checkedValues={{ theme: [themeChoice] }}
      onCheckedValueChange={(_event, data) => {
        if (data.name === 'theme') onThemeChoice(parseThemeChoice(data.checkedItems[0]));
      }}
    >
      <MenuTrigger disableButtonEnhancement>{arrival.button({ ref: trigger })}</MenuTrigger>
      <AccountMenuPopover name={name} username={username} onSignOut={onSignOut} />
    </Menu>
  );
}
