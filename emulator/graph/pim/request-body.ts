import type { ExpirationPatternType } from '@microsoft/microsoft-graph-types';
import { parseIsoDuration } from '../../clock.ts';
import { GraphApiError } from '../errors.ts';
import type { Action, Target } from './context.ts';

/**
 * Turns a POSTed schedule request body into checked values, answering malformed bodies with
 * Graph-style 400s. Enum values are compared case-insensitively (v1.0 samples send
 * `selfActivate`, beta ones `SelfActivate`); the action is echoed as sent.
 */
const ACTIONS: readonly Action[] = [
  'adminAssign',
  'adminUpdate',
  'adminRemove',
  'selfActivate',
  'selfDeactivate',
  'adminExtend',
  'adminRenew',
  'selfExtend',
  'selfRenew',
];
const EXPIRATION_TYPES: readonly ExpirationPatternType[] = [
  'notSpecified',
  'noExpiration',
  'afterDateTime',
  'afterDuration',
];
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const badRequest = (message: string): GraphApiError =>
  new GraphApiError(400, 'BadRequest', message);

export interface ParsedSchedule {
  /** Null when the body gave no start: "now". */
  startMs: number | null;
  expirationType: ExpirationPatternType | null;
  durationMs: number | null;
  duration: string | null;
  endMs: number | null;
}

export interface ParsedRequest {
  action: Action;
  /** The action exactly as the caller spelled it, echoed in the reply. */
  actionAsSent: string;
  principalId: string;
  target: Target;
  schedule: ParsedSchedule | null;
  justification: string | null;
  ticketNumber: string | null;
  ticketSystem: string | null;
  customData: string | null;
  isValidationOnly: boolean;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function optionalString(body: Json, name: string): string | null {
  const value = body[name];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string')
    throw badRequest(`Invalid value for property '${name}': a string is expected.`);
  return value;
}

function requiredString(body: Json, name: string): string {
  const value = optionalString(body, name);
  if (value === null || value === '')
    throw badRequest(`The request is missing the required property '${name}'.`);
  return value;
}

function guid(body: Json, name: string): string {
  const value = requiredString(body, name);
  if (!GUID.test(value))
    throw badRequest(`Invalid value '${value}' for property '${name}': a GUID is expected.`);
  return value.toLowerCase();
}

function dateTime(value: unknown, name: string): number {
  if (
    typeof value !== 'string' ||
    !/^\d{4}-\d{2}-\d{2}T/.test(value) ||
    Number.isNaN(Date.parse(value))
  )
    throw badRequest(
      `Cannot convert the literal '${String(value)}' to the expected type 'Edm.DateTimeOffset' for '${name}'.`,
    );
  return Date.parse(value);
}

function parseSchedule(raw: unknown): ParsedSchedule | null {
  if (raw === undefined || raw === null) return null;
  if (!isObject(raw)) throw badRequest("Invalid value for property 'scheduleInfo'.");
  if (raw.recurrence !== undefined && raw.recurrence !== null)
    throw badRequest('Recurring schedules are not supported.');
  const startMs =
    raw.startDateTime === undefined || raw.startDateTime === null
      ? null
      : dateTime(raw.startDateTime, 'scheduleInfo.startDateTime');
  const exp = raw.expiration;
  if (exp === undefined || exp === null)
    return { startMs, expirationType: null, durationMs: null, duration: null, endMs: null };
  if (!isObject(exp)) throw badRequest("Invalid value for property 'expiration'.");
  const typeRaw = exp.type;
  let type: ExpirationPatternType | null = null;
  if (typeRaw !== undefined && typeRaw !== null) {
    type =
      EXPIRATION_TYPES.find(
        (t) => typeof typeRaw === 'string' && t.toLowerCase() === typeRaw.toLowerCase(),
      ) ?? null;
    if (!type)
      throw badRequest(
        `Requested value '${JSON.stringify(typeRaw)}' was not found in 'microsoft.graph.expirationPatternType'.`,
      );
  }
  let durationMs: number | null = null;
  let duration: string | null = null;
  if (exp.duration !== undefined && exp.duration !== null) {
    if (typeof exp.duration !== 'string')
      throw badRequest("Invalid value for property 'duration'.");
    durationMs = parseIsoDuration(exp.duration);
    if (durationMs === null || durationMs <= 0)
      throw badRequest(`The duration '${exp.duration}' is not a valid positive ISO 8601 duration.`);
    duration = exp.duration;
  }
  const endMs =
    exp.endDateTime === undefined || exp.endDateTime === null
      ? null
      : dateTime(exp.endDateTime, 'scheduleInfo.expiration.endDateTime');
  type ??=
    durationMs !== null ? 'afterDuration' : endMs !== null ? 'afterDateTime' : 'notSpecified';
  if (type === 'afterDuration' && durationMs === null)
    throw badRequest("The expiration type 'afterDuration' requires a 'duration'.");
  if (type === 'afterDateTime' && endMs === null)
    throw badRequest("The expiration type 'afterDateTime' requires an 'endDateTime'.");
  return { startMs, expirationType: type, durationMs, duration, endMs };
}

function parseCommon(body: unknown): { json: Json; action: Action; actionAsSent: string } {
  if (!isObject(body)) throw badRequest('Empty Payload. JSON content expected.');
  const actionAsSent = requiredString(body, 'action');
  const action = ACTIONS.find((a) => a.toLowerCase() === actionAsSent.toLowerCase());
  if (!action)
    throw badRequest(
      `Requested value '${actionAsSent}' was not found in 'microsoft.graph.unifiedRoleScheduleRequestActions'.`,
    );
  return { json: body, action, actionAsSent };
}

function parseRest(json: Json, action: Action) {
  const ticket = json.ticketInfo;
  if (ticket !== undefined && ticket !== null && !isObject(ticket))
    throw badRequest("Invalid value for property 'ticketInfo'.");
  const isValidationOnly = json.isValidationOnly;
  if (
    isValidationOnly !== undefined &&
    isValidationOnly !== null &&
    typeof isValidationOnly !== 'boolean'
  )
    throw badRequest("Invalid value for property 'isValidationOnly': a Boolean is expected.");
  const schedule = parseSchedule(json.scheduleInfo);
  // Clients deactivate and remove with no scheduleInfo (GRAPH-PIM §3); everything else needs it.
  if (!schedule && action !== 'selfDeactivate' && action !== 'adminRemove')
    throw badRequest("The request is missing the required property 'scheduleInfo'.");
  return {
    schedule,
    justification: optionalString(json, 'justification'),
    ticketNumber: ticket ? optionalString(ticket, 'ticketNumber') : null,
    ticketSystem: ticket ? optionalString(ticket, 'ticketSystem') : null,
    customData: optionalString(json, 'customData'),
    isValidationOnly: isValidationOnly === true,
  };
}

export function parseRoleRequest(body: unknown): ParsedRequest {
  const { json, action, actionAsSent } = parseCommon(body);
  const principalId = guid(json, 'principalId');
  const roleDefinitionId = guid(json, 'roleDefinitionId');
  const directoryScopeId = optionalString(json, 'directoryScopeId');
  const appScopeId = optionalString(json, 'appScopeId');
  if (!directoryScopeId && !appScopeId)
    throw badRequest("Either 'directoryScopeId' or 'appScopeId' must be provided.");
  if (directoryScopeId && !directoryScopeId.startsWith('/'))
    throw badRequest(`Invalid value '${directoryScopeId}' for property 'directoryScopeId'.`);
  return {
    action,
    actionAsSent,
    principalId,
    target: { plane: 'role', roleDefinitionId, directoryScopeId, appScopeId },
    ...parseRest(json, action),
  };
}

export function parseGroupRequest(body: unknown): ParsedRequest {
  const { json, action, actionAsSent } = parseCommon(body);
  const accessId = requiredString(json, 'accessId').toLowerCase();
  if (accessId !== 'member' && accessId !== 'owner')
    throw badRequest(
      `Requested value '${accessId}' was not found in 'microsoft.graph.privilegedAccessGroupRelationships'.`,
    );
  if (action === 'selfExtend' || action === 'selfRenew')
    throw badRequest(`The action '${actionAsSent}' is not supported for PIM for Groups.`);
  return {
    action,
    actionAsSent,
    principalId: guid(json, 'principalId'),
    target: { plane: 'group', groupId: guid(json, 'groupId'), accessId },
    ...parseRest(json, action),
  };
}
