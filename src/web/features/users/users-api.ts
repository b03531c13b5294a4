// Calls and cache keys of /api/users.
import type { User } from '../../../shared/api/users';
import type { Role } from '../../../shared/domain/permissions';
import { api, type Page } from '../../lib/api-client';

export interface UserFilters {
  q?: string;
  organisationId?: string;
  role?: Role;
  status?: User['status'];
}

export const userKeys = {
  all: ['users'] as const,
  list: (filters: UserFilters, page: number, pageSize: number) =>
    ['users', 'list', filters, page, pageSize] as const,
};

export interface TemporaryPassword {
  user: User;
  temporaryPassword: string;
}

export function listUsers(filters: UserFilters, page: number, pageSize: number) {
  return api.get<Page<User>>('/api/users', { ...filters, page, pageSize });
}

export function createUser(input: {
  username: string;
  displayName: string;
  organisationId: string;
  roles: Role[];
}) {
  return api.post<TemporaryPassword>('/api/users', input);
}

export function updateUser(user: User, input: { displayName: string; organisationId: string }) {
  return api.put<User>(`/api/users/${user.id}`, { ...input, version: user.version });
}

export function assignRoles(user: User, roles: Role[]) {
  return api.put<User>(`/api/users/${user.id}/roles`, { roles, version: user.version });
}

export function resetPassword(user: User) {
  return api.post<TemporaryPassword>(`/api/users/${user.id}/reset-password`, { version: user.version });
}

export type UserAction = 'disable' | 'enable' | 'unlock';

export function runUserAction(user: User, action: UserAction) {
  return api.post<User>(`/api/users/${user.id}/${action}`, { version: user.version });
}
