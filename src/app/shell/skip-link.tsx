import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  link: {
    position: 'absolute',
    insetInlineStart: tokens.spacingHorizontalM,
    top: '-100px',
    zIndex: 1000,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorBrandForegroundLink,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    borderRadius: tokens.borderRadiusMedium,
    fontWeight: tokens.fontWeightSemibold,
    ':focus': { top: tokens.spacingVerticalS },
  },
});

/** The first stop for keyboard users: jump over the header and navigation. */
export function SkipLink({ targetId }: { targetId: string }) {
  const styles = useStyles();
  return (
    <a
      href={`#${targetId}`}
      className={styles.link}
      onClick={(event) => {
        // Move focus without putting a fragment in the URL (MSAL reads fragments on load).
        const target = document.getElementById(targetId);
        if (!target) return;
        event.preventDefault();
        target.focus();
      }}
    >
      Skip to main content
    </a>
  );
}
