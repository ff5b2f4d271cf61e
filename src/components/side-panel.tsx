import {
  Button,
  DrawerBody,
  DrawerHeader,
  DrawerHeaderTitle,
  OverlayDrawer,
  type DrawerProps,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';

export interface SidePanelProps {
  /** The panel's heading, which also names it for assistive technology. */
  title: ReactNode;
  /** A fuller name than the title, when the title alone is not enough. */
  label?: string;
  closeLabel?: string;
  open?: boolean;
  position?: DrawerProps['position'];
  size?: DrawerProps['size'];
  className?: string;
  bodyClassName?: string;
  onClose: () => void;
  children: ReactNode;
}

/**
 * A modal panel from the edge of the screen (Fluent's OverlayDrawer) with a title and a close
 * button: the navigation on narrow screens, a request's details. Escape, the backdrop and the
 * button all close it; focus returns to what opened it.
 */
export function SidePanel({
  title,
  label,
  closeLabel = 'Close',
  open = true,
  position = 'end',
  size = 'medium',
  className,
  bodyClassName,
  onClose,
  children,
}: SidePanelProps) {
  return (
    <OverlayDrawer
      open={open}
      position={position}
      size={size}
      className={className}
      aria-label={label}
      onOpenChange={(_event, data) => {
        if (!data.open) onClose();
      }}
    >
      <DrawerHeader>
        <DrawerHeaderTitle
          action={
            <Button
              appearance="subtle"
              aria-label={closeLabel}
              icon={<DismissRegular />}
              onClick={onClose}
            />
          }
        >
          {title}
        </DrawerHeaderTitle>
      </DrawerHeader>
      <DrawerBody className={bodyClassName}>{children}</DrawerBody>
    </OverlayDrawer>
  );
}
