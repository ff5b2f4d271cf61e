import type { Group, User } from '@microsoft/microsoft-graph-types';
import { EMULATOR_TENANT_DOMAIN } from '../constants.ts';
import { PERSONAS } from './personas.ts';

/**
 * The Contoso directory around the personas: Microsoft 365 demo-tenant style people, the
 * PIM-enabled security groups, administrative units and applications used as role scopes.
 * Ids are fixed so links, tests and bookmarks survive restarts.
 */
const PEOPLE: readonly [string, string, string, string][] = [
  ['Lee', 'Gu', 'Director', 'Manufacturing'],
  ['Isaiah', 'Langer', 'Sales Rep', 'Sales'],
  ['Johanna', 'Lorenz', 'Senior Engineer', 'Engineering'],
  ['Lidia', 'Holloway', 'Product Manager', 'Engineering'],
  ['Nestor', 'Wilke', 'Director', 'Operations'],
  ['Patti', 'Fernandez', 'President', 'Executive Management'],
  ['Pradeep', 'Gupta', 'Accountant', 'Finance'],
  ['Lynne', 'Robbins', 'Planner', 'Retail'],
  ['Grady', 'Archie', 'Designer', 'R&D'],
  ['Joni', 'Sherman', 'Paralegal', 'Legal'],
  ['Miriam', 'Graham', 'Director', 'Sales & Marketing'],
  ['Irvin', 'Sayers', 'Director', 'Research & Development'],
  ['Henrietta', 'Mueller', 'Developer', 'Engineering'],
  ['Christie', 'Cline', 'Buyer', 'Sales & Marketing'],
  ['Allan', 'Deyoung', 'IT Admin', 'IT'],
  ['Debra', 'Berger', 'Administrative Assistant', 'Executive Management'],
  ['Enrico', 'Cattaneo', 'Attorney', 'Legal'],
  ['Emily', 'Braun', 'Budget Analyst', 'Finance'],
  ['Cameron', 'White', 'Program Manager', 'Operations'],
  ['Delia', 'Dennis', 'Systems Engineer', 'IT'],
  ['Gerhart', 'Moller', 'Security Analyst', 'Security'],
  ['Raul', 'Razo', 'Cloud Architect', 'IT'],
  ['Brian', 'Johnson', 'Support Engineer', 'IT'],
  ['Alex', 'Darrow', 'Site Reliability Engineer', 'IT'],
  ['Ben', 'Walters', 'Database Administrator', 'IT'],
  ['Diane', 'Prescott', 'Compliance Officer', 'Legal'],
];

function userOf(
  id: string,
  givenName: string,
  surname: string,
  jobTitle: string,
  department: string,
): User {
  const upn = `${givenName}${surname.slice(0, 1)}@${EMULATOR_TENANT_DOMAIN}`;
  return {
    id,
    displayName: `${givenName} ${surname}`,
    givenName,
    surname,
    userPrincipalName: upn,
    mail: upn,
    jobTitle,
    department,
    officeLocation: department === 'IT' || department === 'Security' ? '20/1101' : '131/1104',
    businessPhones: ['+1 425 555 0109'],
    mobilePhone: null,
    preferredLanguage: 'en-US',
    accountEnabled: true,
    userType: 'Member',
  };
}

const personaDepartments = ['IT', 'Security', 'IT', 'Human Resources'];

/** Personas first (fixed ids), then the population with ids `…-0000000001xx`. */
export function seedUsers(): User[] {
  const personas = PERSONAS.map((p, i) =>
    userOf(p.id, p.givenName, p.surname, p.jobTitle, personaDepartments[i] ?? 'IT'),
  );
  const rest = PEOPLE.map(([given, sur, job, dep], i) =>
    userOf(
      `7c1e2d3f-5a6b-4c8d-9e0f-${(100 + i).toString().padStart(12, '0')}`,
      given,
      sur,
      job,
      dep,
    ),
  );
  // Personas' aliases (AdeleV, MeganB, …) follow the same given-name + initial pattern.
  return [...personas, ...rest];
}

/** Synthetic user ids share this prefix, so scenarios can tell them from the named population. */
export const SYNTHETIC_USER_ID_PREFIX = '9d4c3b2a-1f0e-4d9c-8b7a-';

/**
 * Extra colleagues for the bigger scenarios: each given name with every other surname, then
 * again with a middle initial (Lee A. Langer), so names read like people and never repeat.
 */
export function seedSyntheticUsers(count: number): User[] {
  const users: User[] = [];
  const n = PEOPLE.length;
  for (let i = 0; users.length < count && i < n * n * 27; i++) {
    const a = PEOPLE[i % n];
    const b = PEOPLE[Math.floor(i / n) % n];
    const round = Math.floor(i / (n * n));
    if (!a || !b || a === b) continue;
    const middle = round === 0 ? '' : `${String.fromCharCode(64 + round)}. `;
    const user = userOf(
      `${SYNTHETIC_USER_ID_PREFIX}${String(users.length + 1).padStart(12, '0')}`,
      a[0],
      b[1],
      a[2],
      a[3],
    );
    user.displayName = `${a[0]} ${middle}${b[1]}`;
    user.userPrincipalName =
      `${a[0]}.${middle.slice(0, 1)}${b[1]}@${EMULATOR_TENANT_DOMAIN}`.toLowerCase();
    user.mail = user.userPrincipalName;
    users.push(user);
  }
  return users;
}

export const GROUP_IDS = {
  pimApprovers: '3f1a8c2e-6b4d-4e7f-9a0b-1c2d3e4f5a01',
  financeAdmins: '3f1a8c2e-6b4d-4e7f-9a0b-1c2d3e4f5a02',
  helpdeskTier2: '3f1a8c2e-6b4d-4e7f-9a0b-1c2d3e4f5a03',
  subscriptionOwners: '3f1a8c2e-6b4d-4e7f-9a0b-1c2d3e4f5a04',
  securityOperations: '3f1a8c2e-6b4d-4e7f-9a0b-1c2d3e4f5a05',
  payrollDataAccess: '3f1a8c2e-6b4d-4e7f-9a0b-1c2d3e4f5a06',
  breakGlassReviewers: '3f1a8c2e-6b4d-4e7f-9a0b-1c2d3e4f5a07',
} as const;

function groupOf(id: string, displayName: string, description: string, nickname: string): Group {
  return {
    id,
    displayName,
    description,
    mailNickname: nickname,
    mail: null,
    mailEnabled: false,
    securityEnabled: true,
    groupTypes: [],
    isAssignableToRole: true,
    visibility: 'Private',
    createdDateTime: '2024-03-04T09:12:44Z',
  };
}

export function seedGroups(): Group[] {
  const g = GROUP_IDS;
  return [
    groupOf(
      g.pimApprovers,
      'PIM Approvers',
      'Approves privileged access requests.',
      'pimapprovers',
    ),
    groupOf(
      g.financeAdmins,
      'Finance Admins',
      'Administers the finance line-of-business apps.',
      'financeadmins',
    ),
    groupOf(
      g.helpdeskTier2,
      'Helpdesk Tier 2',
      'Second-line support with elevated rights.',
      'helpdesktier2',
    ),
    groupOf(
      g.subscriptionOwners,
      'Azure Subscription Owners',
      'Owners of the Contoso production Azure subscriptions.',
      'azsubowners',
    ),
    groupOf(
      g.securityOperations,
      'Contoso Security Operations',
      'Security operations centre analysts.',
      'secops',
    ),
    groupOf(
      g.payrollDataAccess,
      'Payroll Data Access',
      'Read access to payroll exports.',
      'payrolldata',
    ),
    groupOf(
      g.breakGlassReviewers,
      'Break Glass Reviewers',
      'Reviews use of emergency access accounts.',
      'breakglassreviewers',
    ),
  ];
}

/** Administrative units and applications used as role scopes (`directoryScopeId`). */
export const SCOPES = [
  { id: '/', displayName: 'Directory', odataType: '#microsoft.graph.directory' },
  {
    id: '/administrativeUnits/5e7b2c1d-3a4f-4b6e-8d9c-0a1b2c3d4e01',
    displayName: 'Seattle Office',
    odataType: '#microsoft.graph.administrativeUnit',
  },
  {
    id: '/administrativeUnits/5e7b2c1d-3a4f-4b6e-8d9c-0a1b2c3d4e02',
    displayName: 'Munich Office',
    odataType: '#microsoft.graph.administrativeUnit',
  },
  {
    id: '/administrativeUnits/5e7b2c1d-3a4f-4b6e-8d9c-0a1b2c3d4e03',
    displayName: 'Contractors',
    odataType: '#microsoft.graph.administrativeUnit',
  },
  {
    id: '/6c2d9e8f-7a1b-4c3d-9e5f-0a1b2c3d4e11',
    displayName: 'Contoso Expenses (app)',
    odataType: '#microsoft.graph.application',
  },
  {
    id: '/6c2d9e8f-7a1b-4c3d-9e5f-0a1b2c3d4e12',
    displayName: 'Contoso HR Portal (app)',
    odataType: '#microsoft.graph.application',
  },
] as const;

export type ScopeInfo = (typeof SCOPES)[number];

export function findScope(scopeId: string): ScopeInfo | undefined {
  return SCOPES.find((s) => s.id.toLowerCase() === scopeId.toLowerCase());
}
