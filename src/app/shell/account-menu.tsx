import {
  Avatar,
  Button,
  makeStyles,
  Menu,
  MenuDivider,
  MenuGroup,
  MenuGroupHeader,
  MenuItem,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Persona,
  tokens,
} from '@fluentui/react-components';
import { SignOutRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useMyProfile } from './my-profile.ts';
import { parseThemeChoice, THEME_CHOICES, type ThemeChoice } from '../theme/theme-choice.ts';

const useStyles = makeStyles({
  trigger: {
    '@media (max-width: 640px)': { minWidth: 'auto' },
  },
  name: {
    maxWidth: '16rem',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    '@media (max-width: 640px)': { display: 'none' },
  },
  identity: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    maxWidth: '20rem',
    overflowWrap: 'anywhere',
  },
});

export interface AccountMenuProps {
  name: string;
  username: string;
  themeChoice: ThemeChoice;
  onThemeChoice: (choice: ThemeChoice) => void;
  onSignOut: () => void;
}

/** Who is signed in, the theme switch and sign-out, behind the avatar in the header. */
export function AccountMenu({
  name,
  username,
  themeChoice,
  onThemeChoice,
  onSignOut,
}: AccountMenuProps) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const profile = useMyProfile(open);
  const details = profile.isError
    ? 'Profile details unavailable right now'
    : (profile.data?.jobTitle ?? undefined);
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
        <Button
          appearance="subtle"
          className={styles.trigger}
          aria-label={`Account: ${name}`}
          icon={<Avatar name={name} size={28} aria-hidden="true" />}
        >
          <span className={styles.name}>{name}</span>
        </Button>
      </MenuTrigger>
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
        <MenuList>
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
    </Menu>
  );
}
