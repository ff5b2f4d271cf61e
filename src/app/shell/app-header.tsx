import {
  createFocusOutlineStyle,
  Hamburger,
  makeStyles,
  Text,
  tokens,
} from '@fluentui/react-components';
import { ShieldKeyholeRegular } from '@fluentui/react-icons';
import { Link } from 'react-router-dom';
import { PRODUCT_NAME } from '../use-document-title.ts';
import { AccountMenu, type AccountMenuProps } from './account-menu.tsx';

const NARROW = '@media (max-width: 640px)';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    minHeight: '52px',
    paddingInline: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  hamburger: {
    display: 'none',
    [NARROW]: { display: 'inline-flex' },
  },
  brand: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground1,
    textDecoration: 'none',
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase400,
    borderRadius: tokens.borderRadiusMedium,
    paddingInline: tokens.spacingHorizontalXS,
    whiteSpace: 'nowrap',
    ...createFocusOutlineStyle(),
  },
  logo: {
    fontSize: '24px',
    color: tokens.colorBrandForeground1,
  },
  end: {
    marginInlineStart: 'auto',
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  tenant: {
    color: tokens.colorNeutralForeground2,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    minWidth: 0,
    [NARROW]: { display: 'none' },
  },
  visuallyHidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
});

export interface AppHeaderProps extends AccountMenuProps {
  tenantLabel: string;
  navOpen: boolean;
  onOpenNav: () => void;
  /** The pointer or focus reached the menu button: a good moment to fetch the drawer. */
  onNavIntent?: () => void;
}

export function AppHeader({
  tenantLabel,
  navOpen,
  onOpenNav,
  onNavIntent,
  ...account
}: AppHeaderProps) {
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <Hamburger
        className={styles.hamburger}
        aria-label="Open navigation"
        aria-expanded={navOpen}
        onClick={onOpenNav}
        onPointerEnter={onNavIntent}
        onFocus={onNavIntent}
      />
      <Link to="/" className={styles.brand}>
        <ShieldKeyholeRegular className={styles.logo} aria-hidden="true" />
        {PRODUCT_NAME}
      </Link>
      <div className={styles.end}>
        <Text className={styles.tenant} title={`Tenant: ${tenantLabel}`}>
          <span className={styles.visuallyHidden}>Tenant: </span>
          {tenantLabel}
        </Text>
        <AccountMenu {...account} />
      </div>
    </header>
  );
}
