import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useClipStyles = makeStyles({
  clip: {
    display: 'block',
    minWidth: 0,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  mono: { fontFamily: tokens.fontFamilyMonospace },
});

/**
 * One line of text cut with an ellipsis, the whole of it on hover. A plain span with one class:
 * a screenful of rows mounts a few hundred of these at every scroll step, and Fluent's `Text`
 * costs several times more per instance.
 */
export function Clip({
  title,
  mono,
  children,
}: {
  title: string;
  mono?: boolean;
  children: ReactNode;
}) {
  const styles = useClipStyles();
  return (
    <span className={mono ? mergeClasses(styles.clip, styles.mono) : styles.clip} title={title}>
      {children}
    </span>
  );
}
