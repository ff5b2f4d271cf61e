import { Caption1, Combobox, Field, makeStyles, Option, Spinner } from '@fluentui/react-components';
import { useState } from 'react';
import { usePerson, useUserSearch } from '../api/search-users.ts';
import { useSettled } from './use-settled.ts';

const useStyles = makeStyles({
  field: { minWidth: '20rem' },
  option: { display: 'flex', flexDirection: 'column' },
});

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface RequesterPickerProps {
  /** The requester filter: an object id (picked) or what was typed (a sign-in name). */
  value: string;
  onChange: (requester: string) => void;
}

/**
 * Finds people in the directory as the admin types (name or sign-in name) and filters by the
 * one picked, by object id. A sign-in name or an object id typed in full works too, so the
 * requests of a deleted user or a service principal can still be found.
 */
export function RequesterPicker({ value, onChange }: RequesterPickerProps) {
  const styles = useStyles();
  const person = usePerson(GUID.test(value) ? value : undefined);
  const [typed, setTyped] = useState<string | undefined>();
  const [picked, setPicked] = useState<{ id: string; name: string } | undefined>();
  const text =
    typed ?? (picked?.id === value ? picked.name : undefined) ?? person.data?.displayName ?? value;
  const settled = useSettled(typed ?? '');
  const search = useUserSearch(settled);
  const options = typed && settled.trim().length >= 2 ? (search.data ?? []) : [];

  return (
    <Field
      label="Requester"
      hint="Type two letters of a name or sign-in name, then pick a person"
      className={styles.field}
      validationState={search.isError ? 'error' : 'none'}
      validationMessage={search.isError ? 'Could not search the directory.' : undefined}
    >
      <Combobox
        freeform
        value={text}
        selectedOptions={GUID.test(value) ? [value] : []}
        placeholder="Adele Vance or adele@contoso.com"
        onChange={(event) => {
          setTyped(event.target.value);
          onChange(event.target.value.trim());
        }}
        onOptionSelect={(_, data) => {
          if (!data.optionValue) return;
          setTyped(undefined);
          setPicked({ id: data.optionValue, name: data.optionText ?? data.optionValue });
          onChange(data.optionValue);
        }}
      >
        {search.isFetching && options.length === 0 ? (
          <Option disabled value="" text="Searching">
            <Spinner size="extra-tiny" label="Searching the directory…" />
          </Option>
        ) : null}
        {options.map((p) => (
          <Option key={p.id} value={p.id} text={p.displayName}>
            <span className={styles.option}>
              {p.displayName}
              <Caption1>{p.userPrincipalName}</Caption1>
            </span>
          </Option>
        ))}
        {typed && settled.trim().length >= 2 && search.isSuccess && options.length === 0 ? (
          <Option disabled value="" text="No match">
            {`No one in the directory matches “${settled.trim()}”.`}
          </Option>
        ) : null}
      </Combobox>
    </Field>
  );
}
