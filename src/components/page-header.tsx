import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
    marginBlockEnd: tokens.spacingVerticalL,
  },
  text: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  title: { margin: 0 },
  description: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/** The page's one h1, an optional line under it, and room for the page's main actions. */
export function PageHeader({
  title,
  description,
  actions,
}: {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
}) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <div className={styles.text}>
        <Text as="h1" size={700} weight="semibold" className={styles.title}>
          {title}
        </Text>
        {description ? (
          <Text as="p" className={styles.description}>
            {description}
          </Text>
        ) : null}
      </div>
      {actions}
    </div>
  );
}
