import { AuthError } from '@azure/msal-browser';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { configProblems } from '../auth/config.ts';
import { ConfigProblemsPage } from './pages/config-problems-page.tsx';
import { StartupErrorPage } from './pages/startup-error-page.tsx';
import { ThemeProvider } from './theme/theme-provider.tsx';

/**
 * The app's entry: a configuration that cannot work is explained instead of half-starting MSAL
 * (the entry loads the MSAL instance and the app, `app`, only when the configuration is sound).
 */
export async function bootstrap(
  container: HTMLElement,
  app: Promise<typeof import('./start-app.tsx')> | undefined,
): Promise<void> {
  const root = createRoot(container);
  if (!app || configProblems.length > 0) {
    root.render(
      <StrictMode>
        <ThemeProvider>
          <ConfigProblemsPage problems={configProblems} />
        </ThemeProvider>
      </StrictMode>,
    );
    return;
  }
  try {
    const { startApp } = await app;
    await startApp(root);
  } catch (error) {
    const code = error instanceof AuthError ? error.errorCode : 'startup_failed';
    console.warn('PIM Portal could not start:', code);
    root.render(
      <StrictMode>
        <ThemeProvider>
          <StartupErrorPage code={code} />
        </ThemeProvider>
      </StrictMode>,
    );
  }
}
