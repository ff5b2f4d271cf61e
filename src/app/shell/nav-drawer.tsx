import {
  Button,
  DrawerBody,
  DrawerHeader,
  DrawerHeaderTitle,
  makeStyles,
  OverlayDrawer,
  Text,
  tokens,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
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
    <OverlayDrawer
      open={open}
      position="start"
      size="small"
      className={styles.drawer}
      aria-label="Navigation"
      onOpenChange={(_event, data) => {
        if (!data.open) onClose();
      }}
    >
      <DrawerHeader>
        <DrawerHeaderTitle
          action={
            <Button
              appearance="subtle"
              aria-label="Close navigation"
              icon={<DismissRegular />}
              onClick={onClose}
            />
          }
        >
          {PRODUCT_NAME}
        </DrawerHeaderTitle>
      </DrawerHeader>
      <DrawerBody>
        <Text className={styles.tenant}>Tenant: {tenantLabel}</Text>
        <nav aria-label="Main">
          <NavLinks onNavigate={onClose} />
        </nav>
      </DrawerBody>
    </OverlayDrawer>
  );
}
