import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Text,
} from '@fluentui/react-components';
import { LinkRegular, SaveRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { formatDuration } from '../../../domain/duration.ts';
import type { MyRole } from '../../../domain/my-role.ts';
import { buildActivateLink, type LinkForm } from './deep-link.ts';
import { LIMITS } from './preset.ts';
import { PresetNameDialog } from './preset-name-dialog-lazy.tsx';
import type { LastUsed } from './preset-storage.ts';
import { toRoleRef } from './role-ref.ts';
import type { PresetStoreHandle } from './use-preset-store.ts';

const useStyles = makeStyles({ nowrap: { whiteSpace: 'nowrap', flexShrink: 0 } });

/** Offers what these roles were last activated with, when the form holds something else. */
export function LastUsedOffer({
  lastUsed,
  form,
  onUse,
}: {
  lastUsed: LastUsed;
  form: LinkForm;
  onUse: () => void;
}) {
  if (
    lastUsed.durationMinutes === form.durationMinutes &&
    lastUsed.justification === form.justification.trim()
  ) {
    return null;
  }
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        Last time: {formatDuration(lastUsed.durationMinutes)}
        {lastUsed.justification ? `, "${lastUsed.justification}"` : ''}.
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onUse}>Use last values</Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/** Saves the form's roles and values as a named preset. */
export function SavePresetButton({
  roles,
  form,
  handle,
}: {
  roles: readonly MyRole[];
  form: LinkForm;
  handle: PresetStoreHandle;
}) {
  const styles = useStyles();
  const [naming, setNaming] = useState(false);
  const [status, setStatus] = useState('');
  if (!handle.available) return null;
  return (
    <>
      <Button
        className={styles.nowrap}
        icon={<SaveRegular />}
        disabled={roles.length > LIMITS.roles}
        onClick={() => {
          setStatus('');
          setNaming(true);
        }}
      >
        Save as preset
      </Button>
      <Text size={200} role="status">
        {status}
      </Text>
      {naming ? (
        <PresetNameDialog
          title="Save as preset"
          confirmLabel="Save preset"
          initialName=""
          takenNames={handle.store.presets.map((p) => p.name)}
          onCancel={() => {
            setNaming(false);
          }}
          onConfirm={(name) => {
            const saved = handle.update((store) => ({
              ...store,
              presets: [
                ...store.presets,
                {
                  id: crypto.randomUUID(),
                  name,
                  roles: roles.map((role) => ({
                    ref: toRoleRef(role.target),
                    name: role.displayName,
                    durationMinutes: Math.min(
                      form.durationMinutes,
                      role.policy?.maximumMinutes ?? form.durationMinutes,
                    ),
                  })),
                  durationMinutes: form.durationMinutes,
                  justification: form.justification.trim().slice(0, LIMITS.text),
                  ticketNumber: form.ticketNumber.trim().slice(0, LIMITS.text),
                  ticketSystem: form.ticketSystem.trim().slice(0, LIMITS.text),
                },
              ],
            }));
            setNaming(false);
            setStatus(
              saved
                ? `Saved preset "${name}".`
                : 'Your browser refused to save the preset (storage full or turned off).',
            );
          }}
        />
      ) : null}
    </>
  );
}

/** Copies a link that opens this form, filled the same way, for oneself or a colleague. */
export function CopyLinkButton({ roles, form }: { roles: readonly MyRole[]; form: LinkForm }) {
  const styles = useStyles();
  const [copied, setCopied] = useState<{ link: string; ok: boolean }>();
  const link = buildActivateLink(window.location.origin, roles, form);
  return (
    <>
      <Button
        className={styles.nowrap}
        icon={<LinkRegular />}
        onClick={() => {
          navigator.clipboard.writeText(link).then(
            () => {
              setCopied({ link, ok: true });
            },
            () => {
              setCopied({ link, ok: false });
            },
          );
        }}
      >
        Copy link
      </Button>
      <Text size={200} role="status">
        {copied?.ok && copied.link === link ? 'Link copied.' : ''}
      </Text>
      {copied && !copied.ok ? (
        <Field
          label="Activation link"
          hint="Copying was refused by the browser: copy it from here."
        >
          <Input readOnly value={copied.link} />
        </Field>
      ) : null}
    </>
  );
}
