import { describe, expect, it } from 'vitest';
import {
  ADMIN_ROLES,
  BUSINESS_ROLES,
  grantableRolesOf,
  permissionsOf,
  ROLE_PERMISSIONS,
} from './permissions';

describe('roles and permissions (三员分立)', () => {
  it('gives the three administrators disjoint powers to change things', () => {
    // Both the system and the security administrator read the account list; no write power is shared.
    const [sys, sec, audit] = ADMIN_ROLES.map(
      (r) => new Set(ROLE_PERMISSIONS[r].filter((p) => !p.endsWith('.read'))),
    );
    for (const p of sys!) expect(sec!.has(p) || audit!.has(p)).toBe(false);
    for (const p of sec!) expect(audit!.has(p)).toBe(false);
  });

  it('keeps the administrators away from business records', () => {
    for (const role of ADMIN_ROLES)
      expect(ROLE_PERMISSIONS[role].some((p) => p.startsWith('case.'))).toBe(false);
  });

  it('lets only the audit administrator read the audit log', () => {
    for (const role of [...ADMIN_ROLES, ...BUSINESS_ROLES]) {
      expect(ROLE_PERMISSIONS[role].includes('audit.read')).toBe(role === 'auditor');
    }
  });

  it('keeps the system administrator from granting administrator roles', () => {
    expect(grantableRolesOf(['sysadmin'])).toEqual([...BUSINESS_ROLES]);
    expect(grantableRolesOf(['secadmin'])).toContain('auditor');
    expect(grantableRolesOf(['coordinator'])).toEqual([]);
  });

  it('merges permissions of several roles in catalogue order', () => {
    expect(permissionsOf(['auditor', 'head'])).toEqual([
      'org.read',
      'audit.read',
      'audit.verify',
      'court.read',
      'case.read',
      'case.record',
      'bulletin.read',
      'suggestion.read',
      'suggestion.reply',
      'notification.read',
      'indicator.read',
      'assessment.read',
    ]);
  });
});
