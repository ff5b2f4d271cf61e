import {
  makeStyles,
  MenuDivider,
  MenuGroup,
  MenuGroupHeader,
  MenuItem,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  Persona,
  tokens,
} from '@fluentui/react-components';
import { SignOutRegular } from '@fluentui/react-icons';
import { useEffect, useRef } from 'react';
import { THEME_CHOICES } from '../theme/theme-choice.ts';
import { useMyProfile } from './my-profile.ts';

const useStyles = makeStyles({
  identity: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    maxWidth: '20rem',
    overflowWrap: 'anywhere',
  },
});

export interface AccountMenuPopoverProps {
  name: string;
  username: string;
  onSignOut: () => void;
}

/**
 * The open account menu: profile, theme and sign-out. Part of the menu's chunk (see AccountMenu),
 * so the first screen does not carry the menu list, the persona or the profile query.
 */
export function AccountMenuPopover({ name, username, onSignOut }: AccountMenuPopoverProps) {
  const styles = useStyles();
  const profile = useMyProfile(true);
  const list = useRef<HTMLDivElement>(null);
  // The menu moves focus into the popover when it opens; when it opened as it arrived (the button
  // was clicked before the menu's code came), the focus is still on the button: move it here.
  useEffect(() => {
    const active = document.activeElement;
    if (!list.current?.contains(active) && active?.getAttribute('aria-haspopup') === 'menu') {
      list.current?.querySelector<HTMLElement>('[role^="menuitem"]')?.focus();
    }
  }, []);
  const details = profile.isError
    ? 'Profile details unavailable right now'
    : (profile.data?.jobTitle ?? undefined);
  return (
    <MenuPopover>
      <div className={styles.identity}>
        <Persona
          name={name}
          secondaryText={username}
          tertiaryText={details}
          avatar={{ 'aria-hidden': true }}
          size="large"
        />
      </div>
      <MenuList ref={list}>
        <MenuDivider />
        <MenuGroup>
          <MenuGroupHeader>Theme</MenuGroupHeader>
          {THEME_CHOICES.map(({ value, label }) => (
            <MenuItemRadio key={value} name="theme" value={value} persistOnClick>
              {label}
            </MenuItemRadio>
          ))}
        </MenuGroup>
        <MenuDivider />
        <MenuItem icon={<SignOutRegular />} onClick={onSignOut}>
          Sign out
        </MenuItem>
      </MenuList>
    </MenuPopover>
  );
}
