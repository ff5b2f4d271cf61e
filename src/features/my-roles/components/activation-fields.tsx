import {
  Field,
  Input,
  makeStyles,
  Radio,
  RadioGroup,
  Select,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { formatDuration } from '../../../domain/duration.ts';

export interface ActivationFormState {
  durationMinutes: number;
  justification: string;
  ticketNumber: string;
  ticketSystem: string;
  startMode: 'now' | 'later';
  /** `datetime-local` value, in the user's time zone. */
  startLocal: string;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  grow: { flexGrow: 1, minWidth: '12rem' },
});

export interface ActivationFieldsProps {
  state: ActivationFormState;
  onChange: (state: ActivationFormState) => void;
  durations: readonly number[];
  justificationRequired: boolean;
  ticketRequired: boolean;
  disabled: boolean;
}

/** The fields of the activation form; ticket fields appear only when a selected role needs them. */
export function ActivationFields({
  state,
  onChange,
  durations,
  justificationRequired,
  ticketRequired,
  disabled,
}: ActivationFieldsProps) {
  const styles = useStyles();
  const set = (changes: Partial<ActivationFormState>): void => {
    onChange({ ...state, ...changes });
  };
  return (
    <div className={styles.root}>
      <Field label="Duration" hint="Roles with a shorter maximum get their maximum.">
        <Select
          value={String(state.durationMinutes)}
          disabled={disabled}
          onChange={(_, data) => {
            set({ durationMinutes: Number(data.value) });
          }}
        >
          {durations.map((minutes) => (
            <option key={minutes} value={minutes}>
              {formatDuration(minutes)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Justification" required={justificationRequired}>
        <Textarea
          value={state.justification}
          disabled={disabled}
          resize="vertical"
          onChange={(_, data) => {
            set({ justification: data.value });
          }}
        />
      </Field>
      {ticketRequired ? (
        <div className={styles.row}>
          <Field label="Ticket number" required className={styles.grow}>
            <Input
              value={state.ticketNumber}
              disabled={disabled}
              onChange={(_, data) => {
                set({ ticketNumber: data.value });
              }}
            />
          </Field>
          <Field label="Ticket system" required className={styles.grow}>
            <Input
              value={state.ticketSystem}
              disabled={disabled}
              onChange={(_, data) => {
                set({ ticketSystem: data.value });
              }}
            />
          </Field>
        </div>
      ) : null}
      <Field label="Start">
        <RadioGroup
          layout="horizontal"
          value={state.startMode}
          disabled={disabled}
          onChange={(_, data) => {
            set({ startMode: data.value === 'later' ? 'later' : 'now' });
          }}
        >
          <Radio value="now" label="Now" />
          <Radio value="later" label="Later" />
        </RadioGroup>
      </Field>
      {state.startMode === 'later' ? (
        <Field label="Start time" required>
          <Input
            type="datetime-local"
            value={state.startLocal}
            disabled={disabled}
            onChange={(_, data) => {
              set({ startLocal: data.value });
            }}
          />
        </Field>
      ) : null}
    </div>
  );
}
