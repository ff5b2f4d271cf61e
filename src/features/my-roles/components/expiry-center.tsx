import { useCallback, useState } from 'react';
import { formatDuration } from '../../../domain/duration.ts';
import type { MyRole } from '../../../domain/my-role.ts';
import type { ActivationInput } from '../../../domain/validation.ts';
import { useExtendRoles, type ExtensionItem, type ExtensionOutcome } from '../api/extend-roles.ts';
import { useOriginRequests } from '../api/get-origin-requests.ts';
import type { ExpiryEvent } from '../domain/expiry.ts';
import { extensionDefaults, extensionRoute } from '../domain/extension.ts';
import { ActivateAgainDialog } from './activate-again-dialog.tsx';
import {
  ExpiryMessages,
  formatEndTime,
  roleName,
  type ExpiryWarningView,
} from './expiry-messages.tsx';
import { OutcomeList, type NamedOutcome } from './outcome-list.tsx';
import { useExpiryWatch } from './use-expiry-watch.ts';
import { useNow } from './use-now.ts';
import { usePrincipalId } from './use-principal-id.ts';

/**
 * Before an active role ends: a warning on the page and, when the user allowed it, a browser
 * notification, at 15 and 5 minutes, with one-click Extend; after it ends, "Activate again".
 * Fetched after the first screen (`expiry-center-lazy.tsx`, which also draws the switch).
 */
export function ExpiryCenter({
  roles,
  onActivated,
  notify,
}: {
  roles: readonly MyRole[] | undefined;
  onActivated: (keys: string[]) => void;
  /** Shows a browser notification when the user turned them on. */
  notify: (title: string, body: string, tag: string) => void;
}) {
  // Its own clock: a tick re-renders these messages, not the 300-row list.
  const now = useNow(1000);
  const principalId = usePrincipalId();
  const onEvents = useCallback(
    (events: readonly ExpiryEvent[], known: ReadonlyMap<string, MyRole>) => {
      for (const event of events) {
        const role = known.get(event.key);
        if (!role) continue;
        if (event.kind === 'warning')
          notify(
            `${roleName(role)} ends in ${String(event.threshold)} minutes`,
            `It ends at ${formatEndTime(event.end)}. Open PIM Portal to extend it.`,
            `${event.key}|${String(event.threshold)}`,
          );
        else
          notify(`${roleName(role)} has ended`, 'Open PIM Portal to activate it again.', event.key);
      }
    },
    [notify],
  );
  const watch = useExpiryWatch(roles, now, onEvents);
  const origins = useOriginRequests([...watch.warned, ...watch.expired]);
  const extend = useExtendRoles();
  const [outcomes, setOutcomes] = useState<{ role: MyRole; outcome: ExtensionOutcome }[]>([]);
  const [again, setAgain] = useState<{ role: MyRole; initial: ActivationInput }>();
  const [reactivated, setReactivated] = useState<NamedOutcome[]>([]);

  const defaultsOf = (role: MyRole) => extensionDefaults(role, origins.data?.get(role.key), now);
  const warnings: ExpiryWarningView[] = watch.warned.flatMap((role) => {
    const end = role.active?.endDateTime;
    if (!end) return [];
    const route = extensionRoute(role, now);
    const defaults = defaultsOf(role);
    const offer: ExpiryWarningView['offer'] =
      route.kind === 'unavailable'
        ? { extendable: false, reason: route.reason }
        : origins.isPending && origins.fetchStatus === 'fetching'
          ? { extendable: false, reason: 'Looking up how it was activated…' }
          : defaults.problems.length > 0
            ? {
                extendable: false,
                reason: `Extend needs what the portal could not find: ${defaults.problems.join(' ')}`,
              }
            : {
                extendable: true,
                description:
                  route.kind === 'selfExtend'
                    ? `Ask to extend it by ${formatDuration(defaults.input.durationMinutes)}; an administrator may need to approve.`
                    : `Extend activates it again for ${formatDuration(defaults.input.durationMinutes)}${defaults.input.justification ? ' with the same justification' : ''}.`,
              };
    return [{ role, end, offer }];
  });

  const startExtension = (keys: string[]): void => {
    if (!principalId) return;
    const items: ExtensionItem[] = watch.warned.flatMap((role) => {
      if (!keys.includes(role.key)) return [];
      const route = extensionRoute(role, now);
      if (route.kind === 'unavailable') return [];
      return [{ role, route: route.kind, input: defaultsOf(role).input }];
    });
    if (items.length === 0) return;
    extend.mutate(
      { principalId, items },
      {
        onSuccess: (results) => {
          // Re-activations are provisioned asynchronously: the page shows them as activating.
          onActivated(results.filter((o) => o.kind === 'extended').map((o) => o.key));
          const byKey = new Map(items.map((item) => [item.role.key, item.role]));
          setOutcomes((current) => [
            ...results.flatMap((outcome) => {
              const role = byKey.get(outcome.key);
              return role ? [{ role, outcome }] : [];
            }),
            ...current.filter((c) => !keys.includes(c.role.key)),
          ]);
        },
      },
    );
  };

  return (
    <>
      <ExpiryMessages
        warnings={warnings}
        expired={watch.expired}
        outcomes={outcomes}
        busy={extend.isPending}
        onExtend={startExtension}
        onDismiss={watch.dismiss}
        onDismissOutcome={(key) => {
          setOutcomes((current) => current.filter((c) => c.role.key !== key));
        }}
        onActivateAgain={(snapshot) => {
          const current = roles?.find((role) => role.key === snapshot.key) ?? snapshot;
          setAgain({ role: current, initial: defaultsOf(snapshot).input });
        }}
      />
      {reactivated.length > 0 ? (
        <OutcomeList
          outcomes={reactivated}
          verb="Reactivation"
          onDismiss={() => {
            setReactivated([]);
          }}
        />
      ) : null}
      {again ? (
        <ActivateAgainDialog
          role={again.role}
          initial={again.initial}
          onClose={() => {
            setAgain(undefined);
          }}
          onDone={(outcome) => {
            watch.dismiss(outcome.key);
            setOutcomes((current) => current.filter((c) => c.role.key !== outcome.key));
            setReactivated([{ name: roleName(again.role), outcome }]);
            if (outcome.kind === 'active' || outcome.kind === 'activating')
              onActivated([outcome.key]);
            setAgain(undefined);
          }}
        />
      ) : null}
    </>
  );
}
