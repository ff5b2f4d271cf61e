import { lazy, startTransition, Suspense, useState } from 'react';
import type { ThemeChoice } from '../theme/theme-choice.ts';
import { AccountButton } from './account-button.tsx';

const loadMenu = () => import('./account-menu-loaded.tsx');
const AccountMenuLoaded = lazy(() => loadMenu().then((m) => ({ default: m.AccountMenuLoaded })));

export interface AccountMenuProps {
  name: string;
  username: string;
  themeChoice: ThemeChoice;
  onThemeChoice: (choice: ThemeChoice) => void;
  onSignOut: () => void;
}

/**
 * Who is signed in, the theme switch and sign-out, behind the avatar in the header. Until the
 * menu is wanted the header shows the button alone: Fluent's Menu, the persona and the profile
 * query are a chunk of their own (about 7 KB gzip off the first screen), fetched as soon as the
 * pointer or the focus reaches the button. The menu then takes the button's place, keeping the
 * focus there, and opens at once if the button was clicked before it arrived.
 */
export function AccountMenu(props: AccountMenuProps) {
  const [wanted, setWanted] = useState(false);
  const [clicked, setClicked] = useState(false);
  const [focused, setFocused] = useState(false);
  const want = () => {
    // A transition: React keeps this button on screen (and focused) until the menu has arrived.
    startTransition(() => {
      setWanted(true);
    });
  };
  const button = (
    <AccountButton
      name={props.name}
      // As Fluent's MenuTrigger marks it (aria-expanded only while open).
      aria-haspopup="menu"
      onPointerEnter={want}
      onFocus={() => {
        setFocused(true);
        want();
      }}
      onBlur={() => {
        setFocused(false);
      }}
      onClick={() => {
        setClicked(true);
        want();
      }}
    />
  );
  // The boundary is there from the start, so that the switch never shows a fallback in between.
  return (
    <Suspense fallback={button}>
      {wanted ? (
        <AccountMenuLoaded {...props} openAtStart={clicked} focusAtStart={focused || clicked} />
      ) : (
        button
      )}
    </Suspense>
  );
}
