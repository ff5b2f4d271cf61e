import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { SidePanel } from '../../components/side-panel.tsx';
import { PRODUCT_NAME } from '../use-document-title.ts';
import { NavLinks } from './nav-links.tsx';

const useStyles = makeStyles({
  drawer: {
    maxWidth: '85vw',
  },
  tenant: {
    display: 'block',
    color: tokens.colorNeutralForeground2,
    paddingBlockEnd: tokens.spacingVerticalM,
  },
});

/** The navigation on narrow screens, opened by the header's hamburger button. */
export function NavDrawer({
  open,
  tenantLabel,
  onClose,
}: {
  open: boolean;
  tenantLabel: string;
  onClose: () => void;
}) {
  const styles = useStyles();
  return (
    <SidePanel
      open={open}
      position="start"
      size="small"
      className={styles.drawer}
      label="Navigation"
      closeLabel="Close navigation"
      title={PRODUCT_NAME}
      onClose={onClose}
    >
      <Text className={styles.tenant}>Tenant: {tenantLabel}</Text>
      <nav aria-label="Main">
        <NavLinks onNavigate={onClose} />
      </nav>
    </SidePanel>
  );
}
