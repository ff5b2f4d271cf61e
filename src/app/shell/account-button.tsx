import { Avatar, Button, makeStyles, mergeClasses } from '@fluentui/react-components';
import type { ComponentProps } from 'react';

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

/** A native button's props (what MenuTrigger hands its child, the ref included) and the name. */
export type AccountButtonProps = Omit<ComponentProps<'button'>, 'children'> & {
  name: string;
};

/**
 * The header's account button: the same element before the menu's code has arrived and, wrapped
 * in the menu's trigger, after.
 */
export function AccountButton({ name, className, ...rest }: AccountButtonProps) {
  const styles = useStyles();
  return (
    <Button
      {...rest}
      appearance="subtle"
      className={mergeClasses(styles.trigger, className)}
      aria-label={`Account: ${name}`}
      icon={<Avatar name={name} size={28} aria-hidden="true" />}
    >
      <span className={styles.name}>{name}</span>
    </Button>
  );
}
