import { queryOptions, useQuery } from '@tanstack/react-query';
import type { User } from '@microsoft/microsoft-graph-types';
import { graph } from '../../graph/default-client.ts';
import { pimKeys } from '../../graph/query-keys.ts';
import { LOGIN_SCOPES } from '../../auth/scopes.ts';

export interface MyProfile {
  jobTitle: string | null;
  mail: string | null;
}

/** `GET /me` with the sign-in scope: what the account menu shows beyond the id token. */
export async function getMyProfile(signal?: AbortSignal): Promise<MyProfile> {
  const me = await graph.get<User>('/me?$select=jobTitle,mail', {
    scopes: LOGIN_SCOPES,
    ...(signal ? { signal } : {}),
  });
  return { jobTitle: me.jobTitle ?? null, mail: me.mail ?? null };
}

export function myProfileQueryOptions() {
  return queryOptions({
    queryKey: pimKeys.me(),
    queryFn: ({ signal }) => getMyProfile(signal),
    staleTime: 60 * 60 * 1000,
  });
}

/** Loaded only when asked for (the menu opens), so it never costs the first screen a request. */
export function useMyProfile(enabled: boolean) {
  return useQuery({ ...myProfileQueryOptions(), enabled });
}
