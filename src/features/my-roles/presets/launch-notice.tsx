import {
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from '@fluentui/react-components';

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/** What a preset or link changed or left out, in a list the user reads before sending. */
export function LaunchNotice({
  title,
  notices,
  intent = 'warning',
}: {
  title: string;
  notices: readonly string[];
  intent?: 'warning' | 'error' | 'info';
}) {
  const styles = useStyles();
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {notices.length > 0 ? (
          <ul className={styles.list}>
            {notices.map((notice) => (
              <li key={notice}>{notice}</li>
            ))}
          </ul>
        ) : null}
      </MessageBarBody>
    </MessageBar>
  );
}
