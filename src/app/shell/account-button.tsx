import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { PersonRegular } from '@fluentui/react-icons';
import type { ComponentProps } from 'react';
import { initialsOf } from './initials.ts';

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
  // Fluent's neutral 28 px Avatar without a photo, drawn plainly: the button names the account.
  initials: {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    flexShrink: 0,
    width: '28px',
    height: '28px',
    borderRadius: tokens.borderRadiusCircular,
    color: tokens.colorNeutralForeground3,
    backgroundColor: tokens.colorNeutralBackground6,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: 1,
    userSelect: 'none',
    // Windows high contrast: the circle keeps an outline where backgrounds are dropped.
    '@media (forced-colors: active)': { outline: '1px solid CanvasText' },
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
  const initials = initialsOf(name);
  return (
    <Button
      {...rest}
      appearance="subtle"
      className={mergeClasses(styles.trigger, className)}
      aria-label={`Account: ${name}`}
      icon={
        <span className={styles.initials} aria-hidden="true">
          {initials || <PersonRegular fontSize={16} />}
        </span>
      }
    >
      <span className={styles.name}>{name}</span>
    </Button>
  );
}
