/** What sign-in asks for: enough to show who is signed in. Features ask for their own scopes. */
export const LOGIN_SCOPES: readonly string[] = ['User.Read'];
