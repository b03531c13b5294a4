// Who sees a suggestion and what they may do with it. A record is visible to
// callers whose scope holds its issuer, the office that registered it, its
// addressee or one of its copies: coordinators and leaders their region,
// agencies their own organisation, courts their court. Out of scope is 404.
// Only the addressee's own people reply and record rectification.
import { type SQL, sql } from 'drizzle-orm';
import { registrableKinds, type SuggestionKind } from '../../../shared/domain/suggestions';
import { escapeLike } from '../../db/like';
import { can, isInScope, type Principal } from '../../http/principal';

/** SQL condition on the suggestions table for the caller's scope. */
export function suggestionScopeCondition(principal: Principal): SQL {
  if (principal.scope.all) return sql`true`;
  const prefix = `${escapeLike(principal.scope.pathPrefix)}%`;
  return sql`(exists (select 1 from organisations o where o.id in ("suggestions"."issuer_org_id", "suggestions"."registered_org_id", "suggestions"."addressee_org_id") and o.path like ${prefix})
    or exists (select 1 from suggestion_copies c join organisations o on o.id = c.organisation_id where c.suggestion_id = "suggestions"."id" and o.path like ${prefix}))`;
}

/** The same rule on a loaded record: the paths of its issuer, registrar, addressee and copies. */
export function isSuggestionInScope(principal: Principal, orgPaths: readonly string[]): boolean {
  return orgPaths.some((path) => isInScope(principal, path));
}

export interface SuggestionFacts {
  issuerOrgId: string | null;
  registeredOrgId: string;
  addresseeOrgId: string;
  repliedOn: string | null;
  rectifiedOn: string | null;
}

export function isAddressee(principal: Principal, record: SuggestionFacts): boolean {
  return principal.organisation.id === record.addresseeOrgId;
}

function isIssuerSide(principal: Principal, record: SuggestionFacts): boolean {
  return (
    principal.organisation.id === record.issuerOrgId || principal.organisation.id === record.registeredOrgId
  );
}

export function suggestionAbilities(principal: Principal, record: SuggestionFacts) {
  const replier = can(principal, 'suggestion.reply') && isAddressee(principal, record);
  // Follow-up (跟踪) is the issuing side's and the coordinating office's work.
  const tracker =
    can(principal, 'suggestion.issue') &&
    (isIssuerSide(principal, record) || principal.organisation.kind === 'legal-office');
  return {
    reply: replier && record.repliedOn === null,
    rectify: replier && record.repliedOn !== null && record.rectifiedOn === null,
    followUp: tracker,
    attach: replier || (can(principal, 'suggestion.issue') && isIssuerSide(principal, record)),
  };
}

/** Kinds the caller may issue or register in the register (none without 'suggestion.issue'). */
export function issuableKinds(principal: Principal): SuggestionKind[] {
  return can(principal, 'suggestion.issue') ? registrableKinds(principal.organisation.kind) : [];
}
