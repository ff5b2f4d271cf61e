import { formatDuration } from '../../../domain/duration.ts';
import type { PendingApproval } from '../domain/queue.ts';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export const formatDateTime = (at: Date): string => dateTime.format(at);

/** `5 min ago`, `3 h ago`, `2 days ago`: how long the requester has been waiting. */
export function formatAge(since: Date, now: Date): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - since.getTime()) / 60_000));
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${String(minutes)} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${String(hours)} h ago`;
  return `${String(Math.floor(hours / 24))} days ago`;
}

/** `6 h 12 min`, `42 min`, for the time left before PIM denies the request. */
export function formatLeft(deadline: Date, now: Date): string {
  const minutes = Math.ceil((deadline.getTime() - now.getTime()) / 60_000);
  if (minutes <= 0) return 'Timed out';
  return formatDuration(minutes);
}

export function formatRequestedStart(item: PendingApproval): string {
  return item.requestedStart ? formatDateTime(item.requestedStart) : 'When approved';
}

export function formatRequestedLength(item: PendingApproval): string {
  if (item.durationMs !== null) return formatDuration(item.durationMs / 60_000);
  if (item.requestedEnd) return `Until ${formatDateTime(item.requestedEnd)}`;
  return 'No end';
}

export function formatTicket(item: PendingApproval): string {
  if (!item.ticket) return '';
  const { number, system } = item.ticket;
  return system && number ? `${number} (${system})` : number || system;
}

export const planeLabel = (item: PendingApproval): string =>
  item.plane === 'role' ? 'Directory role' : 'Group';
