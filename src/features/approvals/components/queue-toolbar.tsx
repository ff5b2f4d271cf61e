import { Dropdown, Field, makeStyles, Option, SearchBox, tokens } from '@fluentui/react-components';
import type { Plane, QueueFilter } from '../domain/queue.ts';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalM,
  },
  search: { minWidth: '260px' },
  dropdown: { minWidth: '180px' },
});

const ALL = '';

interface NamedOption {
  id: string;
  displayName: string;
}

export interface QueueToolbarProps {
  filter: QueueFilter;
  onFilterChange: (filter: QueueFilter) => void;
  targets: NamedOption[];
  requesters: NamedOption[];
}

const PLANES: { value: Plane | typeof ALL; label: string }[] = [
  { value: ALL, label: 'Roles and groups' },
  { value: 'role', label: 'Directory roles' },
  { value: 'group', label: 'Groups' },
];

function Choice(props: {
  label: string;
  allLabel: string;
  value: string | undefined;
  options: NamedOption[];
  onChange: (value: string | undefined) => void;
}) {
  const styles = useStyles();
  const selected = props.options.find((o) => o.id === props.value);
  return (
    <Field label={props.label}>
      <Dropdown
        className={styles.dropdown}
        value={selected?.displayName ?? props.allLabel}
        selectedOptions={[props.value ?? ALL]}
        onOptionSelect={(_, data) => {
          props.onChange(data.optionValue ? data.optionValue : undefined);
        }}
      >
        <Option value={ALL}>{props.allLabel}</Option>
        {props.options.map((o) => (
          <Option key={o.id} value={o.id}>
            {o.displayName}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

/** Search and filters; every change applies at once (the queue is filtered in memory). */
export function QueueToolbar({ filter, onFilterChange, targets, requesters }: QueueToolbarProps) {
  const styles = useStyles();
  return (
    <div className={styles.root} role="search" aria-label="Filter requests">
      <Field label="Search">
        <SearchBox
          className={styles.search}
          placeholder="Requester, role, group, reason or ticket"
          value={filter.search ?? ''}
          onChange={(_, data) => {
            onFilterChange({ ...filter, search: data.value });
          }}
        />
      </Field>
      <Choice
        label="Type"
        allLabel="Roles and groups"
        value={filter.plane}
        options={PLANES.filter((p) => p.value !== ALL).map((p) => ({
          id: p.value,
          displayName: p.label,
        }))}
        onChange={(value) => {
          onFilterChange({ ...filter, plane: value as Plane | undefined });
        }}
      />
      <Choice
        label="Role or group"
        allLabel="All roles and groups"
        value={filter.targetId}
        options={targets}
        onChange={(targetId) => {
          onFilterChange({ ...filter, targetId });
        }}
      />
      <Choice
        label="Requester"
        allLabel="All requesters"
        value={filter.requesterId}
        options={requesters}
        onChange={(requesterId) => {
          onFilterChange({ ...filter, requesterId });
        }}
      />
    </div>
  );
}
