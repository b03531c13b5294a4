// Shapes suggestions for the API: the list row with its status of the day and
// abilities, the record with its due-date explanation, reply and timeline.
import {
  SUGGESTION_FILE_CATEGORY_LABELS,
  type SuggestionDetail,
  type SuggestionEvent,
  type SuggestionFile,
  type SuggestionSummary,
} from '../../../shared/api/suggestions';
import {
  ADOPTION_LABELS,
  type Adoption,
  daysBetween,
  isReplyOnTime,
  SUGGESTION_KIND_LABELS,
  SUGGESTION_STATUS_LABELS,
  type SuggestionKind,
  suggestionStatus,
} from '../../../shared/domain/suggestions';
import type { Principal } from '../../http/principal';
import { suggestionAbilities } from './suggestions.policy';
import type {
  copiesOf,
  OrgRow,
  SuggestionEventRow,
  SuggestionFileRow,
  SuggestionRow,
} from './suggestions.queries';

type CopyRow = Awaited<ReturnType<typeof copiesOf>>[number];

export function presentSummary(options: {
  principal: Principal;
  row: SuggestionRow;
  orgs: Map<string, OrgRow>;
  copies: CopyRow[];
  caseNumber: string | null;
  today: string;
}): SuggestionSummary {
  const { row, today } = options;
  const kind = row.kind as SuggestionKind;
  const status = suggestionStatus(row, today);
  const adoption = row.adoption as Adoption | null;
  return {
    id: row.id,
    kind,
    kindLabel: SUGGESTION_KIND_LABELS[kind],
    documentNumber: row.documentNumber,
    title: row.title,
    issuer: { id: row.issuerOrgId, name: row.issuerName },
    addressee: { id: row.addresseeOrgId, name: options.orgs.get(row.addresseeOrgId)?.name ?? '' },
    copies: options.copies.map((c) => ({ id: c.id, name: c.name, isAutomatic: c.isAutomatic })),
    issuedOn: row.issuedOn,
    servedOn: row.servedOn,
    dueOn: row.dueOn,
    daysLeft: row.dueOn && !row.repliedOn ? daysBetween(today, row.dueOn) : null,
    status,
    statusLabel: SUGGESTION_STATUS_LABELS[status],
    repliedOn: row.repliedOn,
    isOnTime: row.repliedOn ? isReplyOnTime(row.repliedOn, row.dueOn) : null,
    adoption,
    adoptionLabel: adoption ? ADOPTION_LABELS[adoption] : null,
    isRectified: row.rectifiedOn !== null,
    case: row.caseId && options.caseNumber ? { id: row.caseId, caseNumber: options.caseNumber } : null,
    version: row.version,
    abilities: suggestionAbilities(options.principal, row),
  };
}

export function presentDetail(options: {
  summary: SuggestionSummary;
  row: SuggestionRow;
  events: SuggestionEventRow[];
  files: SuggestionFileRow[];
}): SuggestionDetail {
  const { summary, row } = options;
  const adoption = row.adoption as Adoption | null;
  return {
    ...summary,
    content: row.content,
    concernsNormativeDocument: row.concernsNormativeDocument,
    due:
      row.dueOn && row.dueExplanation
        ? {
            ruleId: row.dueRuleId,
            explanation: row.dueExplanation,
            steps: (row.dueSteps as { date: string; note: string }[] | null) ?? [],
            warnings: row.dueWarnings ?? [],
          }
        : null,
    reply:
      row.repliedOn && adoption
        ? {
            repliedOn: row.repliedOn,
            content: row.replyContent ?? '',
            adoption,
            adoptionLabel: ADOPTION_LABELS[adoption],
            adoptionReason: row.adoptionReason,
            rectificationMeasures: row.rectificationMeasures,
            rectifiedOn: row.rectifiedOn,
            isOnTime: isReplyOnTime(row.repliedOn, row.dueOn),
          }
        : null,
    letterDownloadUrl: row.letterId ? `/api/letters/${row.letterId}/download` : null,
    timeline: options.events.map(presentEvent),
    files: options.files.map(presentFile),
  };
}

const EVENT_LABELS: Record<SuggestionEvent['type'], string> = {
  issued: '制发',
  reminded: '到期提醒',
  escalated: '逾期督办',
  replied: '答复',
  rectified: '整改完成',
  'followed-up': '跟踪',
  'file-added': '上传材料',
  'due-moved': '期限调整',
};

export function presentEvent(row: SuggestionEventRow): SuggestionEvent {
  const type = row.type as SuggestionEvent['type'];
  const p = row.payload as EventPayload;
  return {
    id: row.id,
    type,
    label: type === 'issued' && p.origin === 'received' ? '登记收文' : EVENT_LABELS[type],
    occurredAt: row.occurredAt.toISOString(),
    actorName: row.actorName,
    actorOrgName: row.actorOrgName,
    description: describeEvent(type, p),
  };
}

/** What the timeline events store (suggestion_events.payload), by type. */
interface EventPayload {
  origin?: string;
  kind?: SuggestionKind;
  issuer?: string;
  documentNumber?: string;
  addressee?: string;
  copies?: string[];
  dueOn?: string | null;
  orgs?: string[];
  daysLeft?: number;
  daysLate?: number;
  repliedOn?: string;
  adoption?: Adoption;
  adoptionReason?: string | null;
  rectificationMeasures?: string | null;
  rectifiedOn?: string | null;
  isOnTime?: boolean;
  measures?: string;
  note?: string;
  category?: SuggestionFile['category'];
  fileName?: string;
  from?: string;
  to?: string;
  year?: number;
}

function describeEvent(type: SuggestionEvent['type'], p: EventPayload): string {
  switch (type) {
    case 'issued': {
      const copies = p.copies?.length ? `，抄送${p.copies.join('、')}` : '';
      const due = p.dueOn ? `，答复期限${p.dueOn}` : '';
      const verb = p.origin === 'received' ? '登记收到' : '制发';
      return `${verb}${p.issuer}${SUGGESTION_KIND_LABELS[p.kind!]}${p.documentNumber}，主送${p.addressee}${copies}${due}`;
    }
    case 'reminded':
      return `提醒${p.orgs!.join('、')}：${p.daysLeft === 0 ? '今天到期' : `距答复期限还有${p.daysLeft}天`}`;
    case 'escalated':
      return `逾期${p.daysLate}天未答复，已通知${p.orgs!.join('、')}督办`;
    case 'replied': {
      const timing = p.isOnTime ? '按期答复' : `逾期答复（期限${p.dueOn}）`;
      const reason = p.adoptionReason ? `，理由：${p.adoptionReason}` : '';
      const rectified = p.rectifiedOn
        ? `，已于${p.rectifiedOn}整改完成`
        : p.rectificationMeasures
          ? '，整改中'
          : '';
      return `${p.repliedOn}答复，${ADOPTION_LABELS[p.adoption!]}${reason}；${timing}${rectified}`;
    }
    case 'rectified':
      return `${p.rectifiedOn}整改完成：${p.measures}`;
    case 'followed-up':
      return p.note ?? '';
    case 'file-added':
      return `上传${SUGGESTION_FILE_CATEGORY_LABELS[p.category!]}：${p.fileName}`;
    case 'due-moved':
      return `因${p.year}年节假日安排修订，答复期限由${p.from}调整为${p.to}`;
  }
}

export function presentFile(row: SuggestionFileRow): SuggestionFile {
  const category = row.category as SuggestionFile['category'];
  return {
    id: row.id,
    category,
    categoryLabel: SUGGESTION_FILE_CATEGORY_LABELS[category],
    fileName: row.fileName,
    size: row.size,
    createdAt: row.createdAt.toISOString(),
    downloadUrl: `/api/suggestion-files/${row.id}/download`,
  };
}
