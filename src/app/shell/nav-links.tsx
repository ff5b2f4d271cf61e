import {
  createFocusOutlineStyle,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { NavLink } from 'react-router-dom';
import { ApprovalsCountBadge } from '../../features/approvals/components/approvals-count-badge.tsx';
import { NAV_ITEMS } from './nav-items.ts';

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  link: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    minHeight: '40px',
    paddingInline: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    borderInlineStartWidth: '3px',
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: 'transparent',
    color: tokens.colorNeutralForeground2,
    textDecoration: 'none',
    fontSize: tokens.fontSizeBase300,
    ':hover': {
      backgroundColor: tokens.colorSubtleBackgroundHover,
      color: tokens.colorNeutralForeground2Hover,
    },
    '@media (forced-colors: active)': { borderInlineStartColor: 'Canvas' },
    ...createFocusOutlineStyle(),
  },
  current: {
    backgroundColor: tokens.colorSubtleBackgroundSelected,
    // The token made for that background: black on the high-contrast highlight.
    color: tokens.colorNeutralForeground2Selected,
    fontWeight: tokens.fontWeightSemibold,
    borderInlineStartColor: tokens.colorCompoundBrandStroke,
    '@media (forced-colors: active)': { borderInlineStartColor: 'Highlight' },
  },
  icon: {
    fontSize: '20px',
    flexShrink: 0,
  },
});

/** The section links; NavLink marks the current one with aria-current="page". */
export function NavLinks({ onNavigate }: { onNavigate?: () => void }) {
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {NAV_ITEMS.map(({ to, label, icon: Icon }) => (
        <li key={to}>
          <NavLink
            to={to}
            end={to === '/'}
            onClick={onNavigate}
            className={({ isActive }) => mergeClasses(styles.link, isActive && styles.current)}
          >
            <Icon className={styles.icon} aria-hidden="true" />
            {label}
            {to === '/approvals' && <ApprovalsCountBadge />}
          </NavLink>
        </li>
      ))}
    </ul>
  );
}
