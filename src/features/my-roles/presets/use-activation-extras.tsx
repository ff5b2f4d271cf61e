import { useState } from 'react';
import type { MyRole } from '../../../domain/my-role.ts';
import type { ActivationExtras } from '../components/activation-extras.ts';
import { DeepLinkLauncher } from './deep-link-launcher.tsx';
import { CopyLinkButton, LastUsedOffer, SavePresetButton } from './form-extras.tsx';
import { planLaunch } from './launch.ts';
import { LaunchNotice } from './launch-notice.tsx';
import type { Preset } from './preset.ts';
import { lastUsedFor, rememberLastUsed } from './preset-storage.ts';
import { PresetsPanel } from './presets-panel.tsx';
import { toRoleRef } from './role-ref.ts';
import { usePresetStore } from './use-preset-store.ts';

/**
 * Presets, activation links and last-used values, plugged into My roles' activation flow.
 * `ready`: the list and every policy are known, so caps can be checked before the form opens.
 */
export function useActivationExtras(
  roles: readonly MyRole[] | undefined,
  ready: boolean,
): ActivationExtras {
  const handle = usePresetStore();
  const [refused, setRefused] = useState<{ preset: string; notices: string[] }>();

  const presetLaunch = (preset: Preset) => {
    const plan = planLaunch(preset.roles, preset.durationMinutes, roles ?? []);
    return { plan, title: `Preset "${preset.name}" could not be used as it is.` };
  };

  return {
    launchers: (launch) => (
      <>
        <DeepLinkLauncher roles={roles} ready={ready} launch={launch} />
        <PresetsPanel
          handle={handle}
          busy={!ready}
          message={
            refused ? (
              <LaunchNotice
                intent="error"
                title={`Nothing in preset "${refused.preset}" can be activated now.`}
                notices={refused.notices}
              />
            ) : undefined
          }
          onActivate={(preset) => {
            const { plan, title } = presetLaunch(preset);
            if (plan.roles.length === 0) {
              setRefused({ preset: preset.name, notices: plan.notices });
              return;
            }
            setRefused(undefined);
            launch({
              roles: plan.roles,
              form: {
                durationMinutes: plan.durationMinutes,
                justification: preset.justification,
                ticketNumber: preset.ticketNumber,
                ticketSystem: preset.ticketSystem,
              },
              // One click sends it, unless a role was left out or capped: then the user decides.
              submitIfReady: plan.notices.length === 0,
              notice:
                plan.notices.length > 0 ? (
                  <LaunchNotice title={title} notices={plan.notices} />
                ) : undefined,
            });
          }}
        />
      </>
    ),
    dialog: (dialogRoles, form, setForm) => {
      const lastUsed = lastUsedFor(
        handle.store,
        dialogRoles.map((role) => toRoleRef(role.target)),
      );
      return {
        notice: lastUsed ? (
          <LastUsedOffer
            lastUsed={lastUsed}
            form={form}
            onUse={() => {
              const longest = Math.max(
                ...dialogRoles.map(
                  (role) => role.policy?.maximumMinutes ?? lastUsed.durationMinutes,
                ),
              );
              setForm({
                ...form,
                durationMinutes: Math.min(lastUsed.durationMinutes, longest),
                justification: lastUsed.justification,
              });
            }}
          />
        ) : undefined,
        actions: (
          <>
            <SavePresetButton roles={dialogRoles} form={form} handle={handle} />
            <CopyLinkButton roles={dialogRoles} form={form} />
          </>
        ),
      };
    },
    onActivated: (activated, form) => {
      if (activated.length === 0) return;
      handle.update((store) =>
        rememberLastUsed(
          store,
          activated.map((role) => toRoleRef(role.target)),
          form.durationMinutes,
          form.justification,
          new Date(),
        ),
      );
    },
  };
}
