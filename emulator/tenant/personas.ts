/** The demo personas shown on the emulator's sign-in page. Ids are stable across runs. */
export interface Persona {
  id: string;
  userPrincipalName: string;
  displayName: string;
  givenName: string;
  surname: string;
  jobTitle: string;
  mail: string;
  description: string;
}

function persona(
  id: string,
  givenName: string,
  surname: string,
  alias: string,
  jobTitle: string,
  description: string,
): Persona {
  const upn = `${alias}@contoso.onmicrosoft.com`;
  return {
    id,
    userPrincipalName: upn,
    displayName: `${givenName} ${surname}`,
    givenName,
    surname,
    jobTitle,
    mail: upn,
    description,
  };
}

export const PERSONAS: readonly Persona[] = [
  persona(
    '2a6b1c7e-8f3d-4a5b-9c0d-1e2f3a4b5c01',
    'Adele',
    'Vance',
    'AdeleV',
    'Cloud Engineer',
    'Employee: eligible for directory roles and PIM for Groups with every kind of activation policy.',
  ),
  persona(
    '2a6b1c7e-8f3d-4a5b-9c0d-1e2f3a4b5c02',
    'Megan',
    'Bowen',
    'MeganB',
    'Security Manager',
    'Approver: decides requests for approval-required roles and groups.',
  ),
  persona(
    '2a6b1c7e-8f3d-4a5b-9c0d-1e2f3a4b5c03',
    'Alex',
    'Wilber',
    'AlexW',
    'IT Administrator',
    "Admin: Security Reader (the tenant's role history and audit log); eligible for Global Reader, which opens group history too.",
  ),
  persona(
    '2a6b1c7e-8f3d-4a5b-9c0d-1e2f3a4b5c04',
    'Diego',
    'Siciliani',
    'DiegoS',
    'HR Manager',
    'Employee with no PIM eligibility at all.',
  ),
];

export function findPersona(idOrUpn: string): Persona | undefined {
  const key = idOrUpn.toLowerCase();
  return PERSONAS.find((p) => p.id === key || p.userPrincipalName.toLowerCase() === key);
}
