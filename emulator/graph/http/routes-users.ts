import { GraphApiError } from '../errors.ts';
import { listCollection } from './collection.ts';
import type { GraphContext, Route } from './context.ts';
import type { Entity } from './entity-model.ts';
import { userType } from './entity-types-directory.ts';
import type { FilterExpr } from './odata-filter.ts';
import type { FilterCapabilities } from './odata-filter-eval.ts';
import { SCOPES, requireScopes } from './scopes.ts';
import { matchesSearch, parseSearch } from './user-search.ts';

/**
 * `GET /users` (user-list): `$filter`, `$search`, `$select`, `$top`, `$orderby`, `$count` and
 * paging, with the rules of "Advanced query capabilities on Azure AD objects": `$search` needs
 * the `ConsistencyLevel: eventual` header; `ne`, `not`, `endsWith`, `$orderby` together with
 * `$filter`, and `$orderby` on createdDateTime need the header AND `$count=true`; without the
 * header `$count=true` is silently ignored.
 */
const FILTERABLE = [
  'id',
  'accountEnabled',
  'displayName',
  'givenName',
  'surname',
  'mail',
  'userPrincipalName',
  'jobTitle',
  'department',
  'companyName',
  'city',
  'country',
  'employeeId',
  'mailNickname',
  'userType',
  'createdDateTime',
];

const DEFAULT_OPERATORS: FilterCapabilities['operators'] = ['eq', 'in', 'startswith', 'and', 'or'];
const ADVANCED_OPERATORS: FilterCapabilities['operators'] = [...DEFAULT_OPERATORS, 'ne', 'not'];

function advancedOperator(expr: FilterExpr): string | undefined {
  switch (expr.kind) {
    case 'logical':
      return advancedOperator(expr.left) ?? advancedOperator(expr.right);
    case 'not':
      return 'not';
    case 'compare':
      return expr.op === 'ne' ? 'ne' : undefined;
    case 'call':
      return expr.name === 'startswith' ? undefined : expr.name;
    default:
      return undefined;
  }
}

function needsAdvanced(detail: string): GraphApiError {
  return new GraphApiError(
    400,
    'Request_UnsupportedQuery',
    `${detail} Try adding $count=true query parameter and ConsistencyLevel:eventual header. Refer to https://aka.ms/graph-docs/advanced-queries for more information`,
  );
}

function listUsers(ctx: GraphContext): Response {
  requireScopes(ctx.caller, SCOPES.userRead);
  const { query } = ctx;
  const eventual = ctx.request.headers.get('ConsistencyLevel')?.toLowerCase() === 'eventual';
  const advanced = eventual && query.count;

  let items = ctx.domain.state.users as unknown as Entity[];
  if (query.search !== undefined) {
    if (!eventual) {
      throw new GraphApiError(
        400,
        'Request_UnsupportedQuery',
        "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'",
      );
    }
    const expr = parseSearch(query.search, FILTERABLE);
    items = items.filter((user) => matchesSearch(expr, user));
  }
  if (query.filter) {
    const op = advancedOperator(query.filter);
    if (op === 'endswith') {
      // Documented for mail, otherMails, userPrincipalName and proxyAddresses only.
      throw new GraphApiError(
        400,
        'Request_UnsupportedQuery',
        "Operator 'endsWith' is not supported.",
      );
    }
    if (op && !advanced) {
      throw needsAdvanced(
        `Operator '${op}' is not supported because the required parameters might be missing.`,
      );
    }
  }
  for (const o of query.orderBy) {
    const path = o.path.join('/').toLowerCase();
    if (path === 'createddatetime' && !advanced) {
      throw needsAdvanced(`Sorting by '${o.path.join('/')}' requires advanced query parameters.`);
    }
  }
  if (query.orderBy.length > 0 && query.filter && !advanced) {
    throw new GraphApiError(
      400,
      'Request_UnsupportedQuery',
      'Sorting not supported for current query.',
    );
  }
  return listCollection(
    // Without the header, `$count=true` is ignored rather than refused (the docs' "silent fail").
    { ...ctx, query: { ...query, search: undefined, count: eventual && query.count } },
    {
      items,
      type: userType,
      contextPath: 'users',
      filter: {
        properties: FILTERABLE,
        operators: advanced ? ADVANCED_OPERATORS : DEFAULT_OPERATORS,
      },
      orderBy: ['displayName', 'userPrincipalName', 'createdDateTime'],
      pageSize: ctx.paging.directoryPageSize,
      maxPageSize: 999,
      top: true,
    },
  );
}

export const userRoutes: Route[] = [{ path: 'users', methods: { GET: listUsers } }];
