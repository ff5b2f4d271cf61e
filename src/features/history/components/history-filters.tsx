import {
  Button,
  Field,
  Input,
  makeStyles,
  Select,
  SearchBox,
  tokens,
} from '@fluentui/react-components';
import { useState, type SyntheticEvent } from 'react';
import type { HistoryFilters } from '../api/get-history.ts';
import { useRoleDefinitions } from '../api/get-role-definitions.ts';
import { ACTION_OPTIONS, STATUS_OPTIONS, statusLabel } from '../model/history-request.ts';
import type { Refinement } from '../model/refine.ts';
import { RequesterPicker } from './requester-picker.tsx';

const useStyles = makeStyles({
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalM,
    marginBlockEnd: tokens.spacingVerticalM,
  },
  wide: { minWidth: '18rem' },
  field: { minWidth: '12rem' },
});

const ALL = '';

/**
 * Sent to Graph as `$filter` when applied: requester, role and status. Mount it with a `key` of
 * the applied filters, so that back and forward (which change them) reset what is typed here.
 */
export function ServerFilters({
  value,
  onApply,
}: {
  value: HistoryFilters;
  onApply: (filters: HistoryFilters) => void;
}) {
  const styles = useStyles();
  const roles = useRoleDefinitions();
  const [requester, setRequester] = useState(value.requester ?? '');
  const [roleId, setRoleId] = useState(value.roleDefinitionId ?? ALL);
  const [status, setStatus] = useState(value.status ?? ALL);

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    onApply({
      requester: requester.trim() || undefined,
      roleDefinitionId: roleId || undefined,
      status: status || undefined,
    });
  };

  return (
    <form className={styles.row} onSubmit={submit} aria-label="Filters applied by Microsoft Graph">
      <RequesterPicker value={requester} onChange={setRequester} />
      <Field label="Role" className={styles.field}>
        <Select
          value={roleId}
          disabled={!roles.data}
          onChange={(_, data) => {
            setRoleId(data.value);
          }}
        >
          <option value={ALL}>All roles</option>
          {(roles.data ?? []).map((r) => (
            <option key={r.id} value={r.id}>
              {r.displayName}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Status" className={styles.field}>
        <Select
          value={status}
          onChange={(_, data) => {
            setStatus(data.value);
          }}
        >
          <option value={ALL}>All statuses</option>
          {STATUS_OPTIONS.map((s) => (
            <option key={s} value={s}>
              {statusLabel(s)}
            </option>
          ))}
        </Select>
      </Field>
      <Button type="submit" appearance="primary">
        Apply filters
      </Button>
    </form>
  );
}

/** Applied at once to the loaded rows: date range, action and text. */
export function Refinements({
  value,
  onChange,
}: {
  value: Refinement;
  onChange: (refinement: Refinement) => void;
}) {
  const styles = useStyles();
  return (
    <div className={styles.row} role="group" aria-label="Refine the loaded rows">
      <Field label="Requested from">
        <Input
          type="date"
          value={value.from ?? ''}
          onChange={(_, data) => {
            onChange({ ...value, from: data.value || undefined });
          }}
        />
      </Field>
      <Field label="Requested until">
        <Input
          type="date"
          value={value.to ?? ''}
          onChange={(_, data) => {
            onChange({ ...value, to: data.value || undefined });
          }}
        />
      </Field>
      <Field label="Action" className={styles.field}>
        <Select
          value={value.action ?? ALL}
          onChange={(_, data) => {
            onChange({ ...value, action: data.value || undefined });
          }}
        >
          <option value={ALL}>All actions</option>
          {ACTION_OPTIONS.map((a) => (
            <option key={a.value} value={a.value}>
              {a.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Search" className={styles.wide}>
        <SearchBox
          value={value.text ?? ''}
          placeholder="Name, role, justification, ticket"
          onChange={(_, data) => {
            onChange({ ...value, text: data.value || undefined });
          }}
        />
      </Field>
    </div>
  );
}
