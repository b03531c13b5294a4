import { ROLE_LABELS, type Role } from '../../../shared/domain/permissions';

/** Select options of the roles the signed-in user may grant; others shown disabled. */
export function roleOptions(grantable: readonly Role[], alsoShow: readonly Role[] = []) {
  const shown = [...grantable, ...alsoShow.filter((role) => !grantable.includes(role))];
  return shown.map((role) => ({
    value: role,
    label: ROLE_LABELS[role],
    disabled: !grantable.includes(role),
  }));
}
