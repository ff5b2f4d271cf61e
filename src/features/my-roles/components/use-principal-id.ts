import { useMsal } from '@azure/msal-react';

/** The signed-in user's object id: the `principalId` of every self-service request. */
export function usePrincipalId(): string | undefined {
  const { instance } = useMsal();
  const account = instance.getActiveAccount();
  const oid = account?.idTokenClaims?.oid;
  return typeof oid === 'string' && oid !== '' ? oid : account?.localAccountId;
}
