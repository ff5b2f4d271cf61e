/** Ids of the fixture tenant (the real personas' ids, public role template ids). */
export const IDS = {
  adele: '2a6b1c7e-8f3d-4a5b-9c0d-1e2f3a4b5c01',
  megan: '2a6b1c7e-8f3d-4a5b-9c0d-1e2f3a4b5c02',
  alex: '2a6b1c7e-8f3d-4a5b-9c0d-1e2f3a4b5c03',
  diego: '2a6b1c7e-8f3d-4a5b-9c0d-1e2f3a4b5c04',
  approvers: '7c1d9a52-0000-4000-8000-00000000a001',
  finance: '7c1d9a52-0000-4000-8000-00000000a002',
  globalAdmin: '62e90394-69f5-4237-9190-012177145e10',
  securityReader: '5d6b6bb7-de71-4623-b4af-96380a352509',
  userAdmin: 'fe930be7-5e62-47db-91af-98c3a49a38b1',
  helpdeskAdmin: '729827e3-9c14-49f7-bb1b-9608f156bbb8',
  pendingRequest: 'a1a1a1a1-0000-4000-8000-000000000001',
  groupPendingRequest: 'b2b2b2b2-0000-4000-8000-000000000001',
} as const;
