import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  main: {
    display: 'flex',
    justifyContent: 'center',
    alignItems: 'flex-start',
    minHeight: '100dvh',
    boxSizing: 'border-box',
    padding: `clamp(${tokens.spacingVerticalL}, 8vh, 96px) ${tokens.spacingHorizontalL}`,
  },
  card: {
    width: '100%',
    maxWidth: '40rem',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalXXL} clamp(${tokens.spacingHorizontalL}, 5vw, ${tokens.spacingHorizontalXXXL})`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusXLarge,
    boxShadow: tokens.shadow8,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    // The card's gap spaces its blocks; browser margins would double it.
    '& > h1, & > p, & > ul': { margin: 0 },
  },
});

/** The frame of the pages shown outside the signed-in shell (sign-in, problems, progress). */
export function CenteredPage({ children, busy }: { children: ReactNode; busy?: boolean }) {
  const styles = useStyles();
  return (
    <main className={styles.main} aria-busy={busy}>
      <div className={styles.card}>{children}</div>
    </main>
  );
}
