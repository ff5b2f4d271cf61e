import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    textAlign: 'center',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalL}`,
    maxWidth: '36rem',
    marginInline: 'auto',
  },
  icon: {
    fontSize: '48px',
    color: tokens.colorBrandForeground1,
    display: 'flex',
  },
  title: {
    margin: 0,
  },
  description: {
    margin: 0,
    color: tokens.colorNeutralForeground2,
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    justifyContent: 'center',
    gap: tokens.spacingHorizontalS,
  },
});

export interface EmptyStateProps {
  title: string;
  /** One or two sentences: what would be here, and what the user can do about it. */
  description: ReactNode;
  icon?: ReactNode;
  actions?: ReactNode;
  /** The heading level of the title within the page outline. */
  headingLevel?: 2 | 3;
}

/** The shared "nothing here (yet)" block: a titled region, so it is announced with its title. */
export function EmptyState({
  title,
  description,
  icon,
  actions,
  headingLevel = 2,
}: EmptyStateProps) {
  const styles = useStyles();
  const titleId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className={styles.root} aria-labelledby={titleId}>
      {icon ? (
        <span className={styles.icon} aria-hidden="true">
          {icon}
        </span>
      ) : null}
      <Text as={Heading} id={titleId} size={500} weight="semibold" className={styles.title}>
        {title}
      </Text>
      <Text as="p" size={300} className={styles.description}>
        {description}
      </Text>
      {actions ? <div className={styles.actions}>{actions}</div> : null}
    </section>
  );
}
