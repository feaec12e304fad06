import { describe, expect, it } from 'vitest';
import {
  assignableRoles,
  canEditWorkspace,
  canLoadDemo,
  canManageApiKeys,
  canManageMembers,
  canModifyMember,
  canViewAuditLog,
  canViewInvitations,
} from './roles';

describe('role capabilities (mirror of the server permission catalogue)', () => {
  it('lets only owners and admins manage members, API keys and workspace settings', () => {
    for (const check of [canManageMembers, canManageApiKeys, canEditWorkspace]) {
      expect([check('owner'), check('admin'), check('manager'), check('analyst'), check('viewer')]).toEqual([
        true,
        true,
        false,
        false,
        false,
      ]);
    }
  });

  it('lets managers and up load demo data and see invitations; analysts and up read the audit log', () => {
    expect(canLoadDemo('manager')).toBe(true);
    expect(canLoadDemo('analyst')).toBe(false);
    expect(canViewInvitations('manager')).toBe(true);
    expect(canViewInvitations('analyst')).toBe(false);
    expect(canViewAuditLog('analyst')).toBe(true);
    expect(canViewAuditLog('viewer')).toBe(false);
  });

  it('never lets anyone grant a role above their own', () => {
    expect(assignableRoles('owner')).toEqual(['owner', 'admin', 'manager', 'analyst', 'viewer']);
    expect(assignableRoles('admin')).toEqual(['admin', 'manager', 'analyst', 'viewer']);
    expect(assignableRoles('manager')).toEqual([]);
  });

  it('keeps admins away from owners', () => {
    expect(canModifyMember('admin', 'owner')).toBe(false);
    expect(canModifyMember('admin', 'admin')).toBe(true);
    expect(canModifyMember('owner', 'owner')).toBe(true);
    expect(canModifyMember('viewer', 'viewer')).toBe(false);
  });
});
