import { describe, expect, it } from 'vitest';
import { targetKey, type RoleTarget } from '../../../domain/my-role.ts';
import { parseRoleRef, roleRefKey, toRoleRef } from './role-ref.ts';

const GA = '62e90394-69f5-4237-9190-012177145e10';
const AU = '/administrativeUnits/5e7b2c1d-3a4f-4b6e-8d9c-0a1b2c3d4e01';

describe('role ids', () => {
  const targets: RoleTarget[] = [
    { plane: 'role', roleDefinitionId: GA, directoryScopeId: '/' },
    { plane: 'role', roleDefinitionId: GA, directoryScopeId: AU },
    { plane: 'role', roleDefinitionId: GA, directoryScopeId: '', appScopeId: 'app-1' },
    { plane: 'group', groupId: 'a1b2c3d4-0000-4000-8000-00000000f1a0', accessId: 'owner' },
  ];

  it('round-trips every kind of target', () => {
    for (const target of targets) {
      expect(parseRoleRef(toRoleRef(target))).toEqual(target);
      expect(roleRefKey(toRoleRef(target))).toBe(targetKey(target));
    }
    expect(toRoleRef(targets[0] as RoleTarget)).toBe(`role:${GA}`);
    expect(toRoleRef(targets[1] as RoleTarget)).toBe(`role:${GA}@${AU}`);
  });

  it('matches case-insensitively, as Graph ids do', () => {
    expect(roleRefKey(`ROLE:${GA.toUpperCase()}`)).toBe(roleRefKey(`role:${GA}`));
    expect(roleRefKey('group:ABC:Member')).toBe(roleRefKey('group:abc:member'));
  });

  it('refuses what is not a role id', () => {
    for (const bad of [
      '',
      GA,
      'role:',
      'group:abc',
      'group:abc:admin',
      'role:a b',
      'role:x@nope',
      'role:x@/a//b',
    ]) {
      expect(parseRoleRef(bad)).toBeUndefined();
    }
  });
});
