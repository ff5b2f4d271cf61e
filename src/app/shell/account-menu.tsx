import { Avatar, Button, makeStyles, Menu, MenuTrigger } from '@fluentui/react-components';
import { lazy, Suspense, useState } from 'react';
import { parseThemeChoice, type ThemeChoice } from '../theme/theme-choice.ts';

const loadPopover = () => import('./account-menu-popover.tsx');
const AccountMenuPopover = lazy(() =>
  loadPopover().then((m) => ({ default: m.AccountMenuPopover })),
);

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
});

export interface AccountMenuProps {
  name: string;
  username: string;
  themeChoice: ThemeChoice;
  onThemeChoice: (choice: ThemeChoice) => void;
  onSignOut: () => void;
}

/**
 * Who is signed in, the theme switch and sign-out, behind the avatar in the header. The popover
 * is its own chunk, fetched as soon as the user points at or focuses the button.
 */
export function AccountMenu({
  name,
  username,
  themeChoice,
  onThemeChoice,
  onSignOut,
}: AccountMenuProps) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const preload = () => {
    void loadPopover();
  };
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
          onPointerEnter={preload}
          onFocus={preload}
        >
          <span className={styles.name}>{name}</span>
        </Button>
      </MenuTrigger>
      <Suspense fallback={null}>
        <AccountMenuPopover name={name} username={username} onSignOut={onSignOut} />
      </Suspense>
    </Menu>
  );
}
