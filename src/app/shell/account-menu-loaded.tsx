import { Menu, MenuTrigger } from '@fluentui/react-components';
import { useLayoutEffect, useRef, useState } from 'react';
import { parseThemeChoice } from '../theme/theme-choice.ts';
import { AccountButton } from './account-button.tsx';
import type { AccountMenuProps } from './account-menu.tsx';
import { AccountMenuPopover } from './account-menu-popover.tsx';

export interface AccountMenuLoadedProps extends AccountMenuProps {
  /** The button was clicked while this code was on its way. */
  openAtStart: boolean;
  /** The button had the focus when this menu took its place. */
  focusAtStart: boolean;
}

/** The account menu itself, in place of the button alone (see AccountMenu). */
export function AccountMenuLoaded({
  name,
  username,
  themeChoice,
  onThemeChoice,
  onSignOut,
  openAtStart,
  focusAtStart,
}: AccountMenuLoadedProps) {
  const [open, setOpen] = useState(openAtStart);
  const [takeFocus] = useState(focusAtStart);
  const trigger = useRef<HTMLButtonElement>(null);
  // The button the user was on has just been replaced by this one: keep their place.
  useLayoutEffect(() => {
    if (takeFocus) trigger.current?.focus();
  }, [takeFocus]);
  return (
    <Menu
      open={open}
      onOpenChange={(_event, data) => {
        setOpen(data.open);
      }}
      checkedValues={{ theme: [themeChoice] }}
      onCheckedValueChange={(_event, data) => {
        if (data.name === 'theme') onThemeChoice(parseThemeChoice(data.checkedItems[0]));
      }}
    >
      <MenuTrigger disableButtonEnhancement>
        <AccountButton ref={trigger} name={name} />
      </MenuTrigger>
      <AccountMenuPopover name={name} username={username} onSignOut={onSignOut} />
    </Menu>
  );
}
