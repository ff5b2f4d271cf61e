/**
 * The page where silent (iframe) and popup sign-in responses land. It runs MSAL's redirect
 * bridge only, never the app, so a hidden iframe does not boot a second portal.
 */
export const REDIRECT_BRIDGE_PATH = '/auth/redirect-bridge';
