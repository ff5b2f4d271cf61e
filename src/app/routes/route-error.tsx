import { Button, Text } from '@fluentui/react-components';
import { isRouteErrorResponse, useRouteError } from 'react-router-dom';
import { CenteredPage } from '../pages/centered-page.tsx';
import { useDocumentTitle } from '../use-document-title.ts';

/**
 * A page that failed to render or load (typically a stale chunk after a new deployment).
 * The message never shows the error itself: it could carry request details.
 */
export function RouteError() {
  const error = useRouteError();
  useDocumentTitle('Something went wrong');
  console.warn(
    'Route error:',
    isRouteErrorResponse(error) ? error.status : 'render or load failure',
  );
  return (
    <CenteredPage>
      <Text as="h1" size={700} weight="semibold">
        Something went wrong
      </Text>
      <Text as="p">
        This page could not be shown. Reloading usually fixes it, for example after PIM Portal was
        updated while it was open.
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
