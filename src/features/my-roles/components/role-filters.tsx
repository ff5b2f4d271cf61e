import { Field, makeStyles, SearchBox, Select, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { RoleFilter } from '../../../domain/role-filter.ts';

const isEditable = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** "/" jumps to the search box from anywhere on the page (as on GitHub), unless typing already. */
function useSlashToSearch() {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isEditable(event.target) || !input.current) return;
      event.preventDefault();
      input.current.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
    };
  }, []);
  return input;
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalM,
  },
  search: { minWidth: '240px', flexGrow: 1, maxWidth: '420px' },
  select: { minWidth: '160px' },
});

type Choice<K extends keyof RoleFilter> = readonly (readonly [RoleFilter[K], string])[];

const PLANES: Choice<'plane'> = [
  ['all', 'All types'],
  ['role', 'Directory roles'],
  ['group', 'Groups'],
];
const STATES: Choice<'state'> = [
  ['all', 'Any status'],
  ['eligible', 'Eligible'],
  ['active', 'Active'],
  ['activating', 'Activating'],
  ['pending', 'Pending approval'],
  ['scheduled', 'Scheduled'],
  ['assigned', 'Assigned'],
];
const REQUIREMENTS: Choice<'requirement'> = [
  ['all', 'Any requirement'],
  ['None', 'Nothing required'],
  ['Justification', 'Justification'],
  ['Ticket', 'Ticket'],
  ['MFA', 'MFA'],
  ['Auth context', 'Auth context'],
  ['Approval', 'Approval'],
];

/**
 * A facet as Fluent's Select: a native <select>, so the browser draws the list (and the platform's
 * picker on touch screens) and the first screen carries no listbox, popup positioning or
 * active-descendant machinery (about 11 KB gzip for Dropdown).
 */
function FacetSelect<K extends 'plane' | 'state' | 'requirement'>({
  label,
  choices,
  value,
  onChange,
}: {
  label: string;
  choices: Choice<K>;
  value: RoleFilter[K];
  onChange: (value: RoleFilter[K]) => void;
}) {
  const styles = useStyles();
  return (
    <Field label={label}>
      <Select
        className={styles.select}
        value={value}
        onChange={(_, data) => {
          const next = choices.find(([key]) => key === data.value);
          if (next) onChange(next[0]);
        }}
      >
        {choices.map(([key, text]) => (
          <option key={key} value={key}>
            {text}
          </option>
        ))}
      </Select>
    </Field>
  );
}

export function RoleFilters({
  filter,
  onChange,
}: {
  filter: RoleFilter;
  onChange: (filter: RoleFilter) => void;
}) {
  const styles = useStyles();
  const searchInput = useSlashToSearch();
  return (
    <div className={styles.root} role="search" aria-label="Filter roles">
      <Field label="Search roles" className={styles.search}>
        <SearchBox
          ref={searchInput}
          aria-keyshortcuts="/"
          value={filter.text}
          placeholder="Name, scope or description (press /)"
          onChange={(_, data) => {
            onChange({ ...filter, text: data.value });
          }}
        />
      </Field>
      <FacetSelect
        label="Type"
        choices={PLANES}
        value={filter.plane}
        onChange={(plane) => {
          onChange({ ...filter, plane });
        }}
      />
      <FacetSelect
        label="Status"
        choices={STATES}
        value={filter.state}
        onChange={(state) => {
          onChange({ ...filter, state });
        }}
      />
      <FacetSelect
        label="Activation needs"
        choices={REQUIREMENTS}
        value={filter.requirement}
        onChange={(requirement) => {
          onChange({ ...filter, requirement });
        }}
      />
    </div>
  );
}
