import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { MyRolesPage } from '../components/my-roles-page.tsx';

/**
 * My roles as the app shows it, at `path` (an activation link, say), with a fresh QueryClient
 * that does not retry. Graph and MSAL are the tests' fakes: mock `graph/default-client.ts` with
 * `graph/testing/default-graph-fake.ts` and `@azure/msal-react` with `./msal-fake.ts`.
 */
export function renderMyRolesPage(path = '/') {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <FluentProvider theme={webLightTheme}>
      <QueryClientProvider client={client}>
        <MemoryRouter initialEntries={[path]}>
          <MyRolesPage />
        </MemoryRouter>
      </QueryClientProvider>
    </FluentProvider>,
  );
}
