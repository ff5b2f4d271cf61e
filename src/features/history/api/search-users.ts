import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { User } from '@microsoft/microsoft-graph-types';
import type { GraphClient } from '../../../graph/client.ts';
import { graph } from '../../../graph/default-client.ts';
import { isGraphError } from '../../../graph/graph-error.ts';
import { pimKeys } from '../../../graph/query-keys.ts';
import { HISTORY_SCOPES, odataQuery } from './history-scopes.ts';

export interface PersonOption {
  id: string;
  displayName: string;
  userPrincipalName: string;
}

const SELECT = 'id,displayName,userPrincipalName';

function toPerson(user: User): PersonOption {
  return {
    id: user.id ?? '',
    displayName: user.displayName ?? user.userPrincipalName ?? user.id ?? '',
    userPrincipalName: user.userPrincipalName ?? '',
  };
}

/** A `$search` clause: double quotes and backslashes escaped (search-query-parameter). */
function clause(property: string, text: string): string {
  return `"${property}:${text.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}

/**
 * People whose name or sign-in name matches what was typed. `$search` matches any word of the
 * display name ("meg" and "bow" both find Megan Bowen), which `startswith(displayName, …)` would
 * not; it needs `ConsistencyLevel: eventual` (advanced queries). The History scopes already
 * include Directory.Read.All, which lists users, so the picker asks for no extra consent.
 */
export async function searchUsers(
  text: string,
  client: GraphClient = graph,
  signal?: AbortSignal,
): Promise<PersonOption[]> {
  const term = text.trim();
  if (term === '') return [];
  const page = await client.get<{ value?: User[] }>(
    `/users${odataQuery({
      $search: `${clause('displayName', term)} OR ${clause('userPrincipalName', term)}`,
      $select: SELECT,
      $top: '10',
    })}`,
    { scopes: HISTORY_SCOPES, signal, headers: { ConsistencyLevel: 'eventual' } },
  );
  return (page.value ?? []).map(toPerson).filter((p) => p.id !== '');
}

/** One person by id (a shared link names the requester by id), or undefined when deleted. */
export async function getPerson(
  id: string,
  client: GraphClient = graph,
  signal?: AbortSignal,
): Promise<PersonOption | undefined> {
  try {
    const user = await client.get<User>(
      `/users/${encodeURIComponent(id)}${odataQuery({ $select: SELECT })}`,
      { scopes: HISTORY_SCOPES, signal },
    );
    return toPerson(user);
  } catch (error) {
    if (isGraphError(error) && error.status === 404) return undefined;
    throw error;
  }
}

export function userSearchQueryOptions(text: string, client: GraphClient = graph) {
  return queryOptions({
    queryKey: pimKeys.userSearch(text.trim().toLowerCase()),
    queryFn: ({ signal }) => searchUsers(text, client, signal),
    enabled: text.trim().length >= 2,
    staleTime: 5 * 60_000,
  });
}

export function useUserSearch(text: string) {
  // Keep the previous suggestions on screen while the next keystroke's answer is on its way.
  return useQuery({ ...userSearchQueryOptions(text), placeholderData: keepPreviousData });
}

export function usePerson(id: string | undefined) {
  return useQuery({
    queryKey: pimKeys.directoryObject(id ?? ''),
    queryFn: ({ signal }) => getPerson(id ?? '', graph, signal),
    enabled: Boolean(id),
    staleTime: 60 * 60_000,
  });
}
