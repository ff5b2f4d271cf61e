import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
} from '@fluentui/react-components';
import { useState, type SyntheticEvent } from 'react';
import { LIMITS } from './preset.ts';

export interface PresetNameDialogProps {
  title: string;
  confirmLabel: string;
  initialName: string;
  /** Names already taken (another preset's), compared case-insensitively. */
  takenNames: readonly string[];
  onConfirm: (name: string) => void;
  onCancel: () => void;
}

/** Asks for a preset's name: to save a new preset or rename one. */
export function PresetNameDialog(props: PresetNameDialogProps) {
  const { title, confirmLabel, initialName, takenNames, onConfirm, onCancel } = props;
  const [name, setName] = useState(initialName);
  const [attempted, setAttempted] = useState(false);
  const trimmed = name.trim();
  const problem =
    trimmed === ''
      ? 'Give the preset a name.'
      : trimmed.length > LIMITS.name
        ? `Use ${String(LIMITS.name)} characters or fewer.`
        : takenNames.some((taken) => taken.toLowerCase() === trimmed.toLowerCase())
          ? `You already have a preset called "${trimmed}". Choose another name.`
          : undefined;
  const submit = (event: SyntheticEvent): void => {
    event.preventDefault();
    // The form sits inside the activation form's dialog: its submit must not reach that one.
    event.stopPropagation();
    setAttempted(true);
    if (problem === undefined) onConfirm(trimmed);
  };
  return (
    <Dialog
      open
      onOpenChange={(_, data) => {
        if (!data.open) onCancel();
      }}
    >
      <DialogSurface aria-describedby={undefined}>
        <form onSubmit={submit} noValidate>
          <DialogBody>
            <DialogTitle>{title}</DialogTitle>
            <DialogContent>
              <Field
                label="Preset name"
                required
                validationState={attempted && problem ? 'error' : 'none'}
                validationMessage={attempted ? problem : undefined}
              >
                <Input
                  value={name}
                  onChange={(_, data) => {
                    setName(data.value);
                  }}
                />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={onCancel}>
                Cancel
              </Button>
              <Button appearance="primary" type="submit">
                {confirmLabel}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
