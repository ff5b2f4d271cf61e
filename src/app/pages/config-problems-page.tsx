import { MessageBar, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import { PRODUCT_NAME, useDocumentTitle } from '../use-document-title.ts';
import { CenteredPage } from './centered-page.tsx';

/** Shown instead of the app when the build's sign-in settings cannot work. */
export function ConfigProblemsPage({ problems }: { problems: readonly string[] }) {
  useDocumentTitle('Configuration problem');
  return (
    <CenteredPage>
      <Text as="h1" size={700} weight="semibold">
        {PRODUCT_NAME} cannot start
      </Text>
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>
            {problems.length === 1
              ? 'The sign-in configuration has a problem.'
              : `The sign-in configuration has ${problems.length} problems.`}
          </MessageBarTitle>
        </MessageBarBody>
      </MessageBar>
      <ul aria-label="Configuration problems">
        {problems.map((problem) => (
          <li key={problem}>
            <Text>{problem}</Text>
          </li>
        ))}
      </ul>
      <Text as="p">
        The portal reads VITE_ENTRA_CLIENT_ID and VITE_ENTRA_TENANT_ID (or VITE_ENTRA_AUTHORITY)
        when it is built, plus VITE_GRAPH_BASE_URL for a national cloud. Set them for a real tenant,
        or leave all of them unset to use the emulated Contoso tenant, then build again.
      </Text>
    </CenteredPage>
  );
}
