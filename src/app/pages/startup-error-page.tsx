import { Button, Text } from '@fluentui/react-components';
import { PRODUCT_NAME, useDocumentTitle } from '../use-document-title.ts';
import { CenteredPage } from './centered-page.tsx';

/** MSAL could not start (e.g. no Web Crypto outside a secure context): say so, offer a reload. */
export function StartupErrorPage({ code }: { code: string }) {
  useDocumentTitle('Cannot start');
  return (
    <CenteredPage>
      <Text as="h1" size={700} weight="semibold">
        {PRODUCT_NAME} could not start
      </Text>
      <Text as="p">
        Sign-in could not be prepared in this browser (error code: <code>{code}</code>). Reload the
        page; if it happens again, check that the page is served over https and that this browser
        allows session storage for the site.
      </Text>
      <div>
        <Button
          appearance="primary"
          onClick={() => {
            window.location.reload();
          }}
        >
          Reload
        </Button>
      </div>
    </CenteredPage>
  );
}
