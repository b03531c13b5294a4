// Who sees and handles a 信息通报: its sending organisation (drafts included)
// and, once sent, each recipient organisation — no one else, not even a
// coordinator whose region holds a recipient: a bulletin is addressed to an
// organisation, like a letter. The sender's people with 'bulletin.send' edit
// and send drafts; a recipient's people sign for it.
import type { Bulletin } from '../../../shared/api/bulletins';
import { can, type Principal } from '../../http/principal';
import type { BulletinRecipientRow, BulletinRow } from './bulletins.queries';

export const isSenderOf = (principal: Principal, bulletin: Pick<BulletinRow, 'senderOrgId'>) =>
  principal.organisation.id === bulletin.senderOrgId;

export function isRecipientOf(
  principal: Principal,
  recipients: readonly Pick<BulletinRecipientRow, 'organisationId'>[],
) {
  return recipients.some((r) => r.organisationId === principal.organisation.id);
}

export function canSeeBulletin(
  principal: Principal,
  bulletin: Pick<BulletinRow, 'senderOrgId' | 'status'>,
  recipients: readonly Pick<BulletinRecipientRow, 'organisationId'>[],
): boolean {
  if (!can(principal, 'bulletin.read') && !can(principal, 'bulletin.send')) return false;
  return (
    isSenderOf(principal, bulletin) || (bulletin.status === 'sent' && isRecipientOf(principal, recipients))
  );
}

export function canEditBulletin(principal: Principal, bulletin: Pick<BulletinRow, 'senderOrgId' | 'status'>) {
  return can(principal, 'bulletin.send') && isSenderOf(principal, bulletin) && bulletin.status === 'draft';
}

export function bulletinAbilities(
  principal: Principal,
  bulletin: BulletinRow,
  recipients: readonly BulletinRecipientRow[],
  canOpenCase: boolean,
): Bulletin['abilities'] {
  const editable = canEditBulletin(principal, bulletin);
  return {
    edit: editable,
    send: editable,
    markRead:
      principal.kind === 'user' &&
      bulletin.status === 'sent' &&
      recipients.some((r) => r.organisationId === principal.organisation.id && r.readAt === null),
    openCase: canOpenCase,
  };
}
