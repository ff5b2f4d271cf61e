import { makeStyles, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import type { SignedInUser } from '../../auth/signed-in-user.ts';
import { useThemeSettings } from '../theme/theme-context.ts';
import { AppHeader } from './app-header.tsx';
import { NavLinks } from './nav-links.tsx';
import { SkipLink } from './skip-link.tsx';

// The drawer (and the dialog machinery under it) is only for narrow screens, once opened.
const loadNavDrawer = () => import('./nav-drawer.tsx');
const NavDrawer = lazy(() => loadNavDrawer().then((m) => ({ default: m.NavDrawer })));

export const MAIN_CONTENT_ID = 'main-content';
const NARROW = '@media (max-width: 640px)';

const useStyles = makeStyles({
  shell: {
    display: 'flex',
    flexDirection: 'column',
    minHeight: '100dvh',
  },
  body: {
    display: 'flex',
    flexGrow: 1,
    minHeight: 0,
  },
  sideNav: {
    flexShrink: 0,
    width: '220px',
    boxSizing: 'border-box',
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderInlineEndWidth: tokens.strokeWidthThin,
    borderInlineEndStyle: 'solid',
    borderInlineEndColor: tokens.colorNeutralStroke2,
    [NARROW]: { display: 'none' },
  },
  main: {
    flexGrow: 1,
    minWidth: 0,
    boxSizing: 'border-box',
    padding: `${tokens.spacingVerticalXL} clamp(${tokens.spacingHorizontalM}, 4vw, ${tokens.spacingHorizontalXXXL})`,
    // Focus lands here on navigation for screen readers; it is not a control to highlight.
    ':focus': { outlineStyle: 'none' },
  },
});

export interface AppShellProps {
  user: SignedInUser;
  onSignOut: () => void;
  children: ReactNode;
}

/** The signed-in frame: skip link, header, navigation (a drawer on narrow screens), main. */
export function AppShell({ user, onSignOut, children }: AppShellProps) {
  const styles = useStyles();
  const { choice, setChoice } = useThemeSettings();
  const [navOpen, setNavOpen] = useState(false);
  // Mounted from the first opening on, so that closing plays its animation.
  const [navUsed, setNavUsed] = useState(false);
  return (
    <div className={styles.shell}>
      <SkipLink targetId={MAIN_CONTENT_ID} />
      <AppHeader
        tenantLabel={user.tenantLabel}
        name={user.name}
        username={user.username}
        themeChoice={choice}
        onThemeChoice={setChoice}
        onSignOut={onSignOut}
        navOpen={navOpen}
        onOpenNav={() => {
          setNavUsed(true);
          setNavOpen(true);
        }}
        onNavIntent={() => {
          void loadNavDrawer();
        }}
      />
      {navUsed ? (
        <Suspense fallback={null}>
          <NavDrawer
            open={navOpen}
            tenantLabel={user.tenantLabel}
            onClose={() => {
              setNavOpen(false);
            }}
          />
        </Suspense>
      ) : null}
      <div className={styles.body}>
        <nav aria-label="Main" className={styles.sideNav}>
          <NavLinks />
        </nav>
        <main id={MAIN_CONTENT_ID} tabIndex={-1} className={styles.main}>
          {children}
        </main>
      </div>
    </div>
  );
}
