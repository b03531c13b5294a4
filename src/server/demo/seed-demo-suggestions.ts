// Demo 建议与函件: five records of 柯城区 at the stages a register holds — a
// judicial suggestion on a lost demo case answered, adopted and rectified; one
// awaiting its reply; one overdue (with the office's follow-up); a received
// 检察建议 answered in part; and a 行政复议意见书 just issued. They go through
// the register's own commands with the powers of the organisation that acts,
// so numbers, copies, due dates, timeline, notices and audit rows are those a
// user would produce; every date is counted back from `now`.
import { and, desc, eq, inArray, lte } from 'drizzle-orm';
import {
  followUpSchema,
  issueSuggestionSchema,
  rectificationSchema,
  replySuggestionSchema,
} from '../../shared/api/suggestions';
import { chinaDate } from '../../shared/domain/china-time';
import type { OrgKind } from '../../shared/domain/organisations';
import { addDays } from '../../shared/domain/periods';
import { permissionsOf, type Role } from '../../shared/domain/permissions';
import type { Db } from '../db/client';
import { caseDefendants, litigationCases } from '../db/schema';
import { saveDocumentSeries } from '../features/letters/save-document-series';
import { addFollowUp } from '../features/suggestions/add-follow-up';
import { issueSuggestion } from '../features/suggestions/issue-suggestion';
import { recordRectification } from '../features/suggestions/record-rectification';
import { replyToSuggestion } from '../features/suggestions/reply-to-suggestion';
import { findSuggestion, orgsByIds } from '../features/suggestions/suggestions.queries';
import { type Principal, SYSTEM_AUDIT_CONTEXT } from '../http/principal';

export type Org = { id: string; name: string; kind: string; path: string };

/** The system acting with one role's powers for an organisation, scoped as such a user would be. */
export function actingFor(org: Org, role: Role, scopePath = org.path): Principal {
  return {
    kind: 'system',
    id: 'system',
    name: 'system',
    displayName: '演示数据',
    organisation: { id: org.id, name: org.name, kind: org.kind as OrgKind, path: org.path },
    roles: [role],
    permissions: new Set(permissionsOf([role])),
    scope: { all: false, pathPrefix: scopePath },
    mustChangePassword: false,
    isDemo: true,
  };
}

/** The latest lost first-instance demo case of an agency heard by the court, judged by `judgedBy`. */
async function lostCaseOf(
  db: Db,
  options: { courtId: string; defendantId: string; causeCodes: string[]; judgedBy: string },
): Promise<{ id: string; caseNumber: string } | null> {
  const [row] = await db
    .select({ id: litigationCases.id, caseNumber: litigationCases.caseNumber })
    .from(litigationCases)
    .innerJoin(caseDefendants, eq(caseDefendants.caseId, litigationCases.id))
    .where(
      and(
        eq(litigationCases.courtId, options.courtId),
        eq(litigationCases.instance, 'first'),
        eq(caseDefendants.organisationId, options.defendantId),
        inArray(litigationCases.causeCode, options.causeCodes),
        eq(litigationCases.isLost, true),
        lte(litigationCases.judgmentServedOn, options.judgedBy),
      ),
    )
    .orderBy(desc(litigationCases.judgmentServedOn), litigationCases.caseNumber)
    .limit(1);
  return row ?? null;
}

async function versionOf(db: Db, id: string): Promise<number> {
  return (await findSuggestion(db, id))!.version;
}

export async function seedDemoSuggestions(options: {
  db: Db;
  now: Date;
  orgIds: Record<string, string>;
}): Promise<number> {
  const { db, now, orgIds } = options;
  const byId = await orgsByIds(db, Object.values(orgIds));
  const org = (key: string): Org => byId.get(orgIds[key]!)!;
  const today = chinaDate(now);
  const day = (daysAgo: number) => addDays(today, -daysAgo);
  const base = { db, now, context: SYSTEM_AUDIT_CONTEXT };

  const court = actingFor(org('court-longyou'), 'court-liaison');
  // The coordinator of 柯城区司法局 sees the district: the subtree of 柯城区人民政府.
  const coordinator = actingFor(org('kecheng-sifa'), 'coordinator', org('kecheng').path);
  const clerkOf = (key: string) => actingFor(org(key), 'clerk');
  const issue = (principal: Principal, input: Record<string, unknown>) =>
    issueSuggestion({ ...base, principal, input: issueSuggestionSchema.parse(input) });
  const reply = async (key: string, id: string, input: Record<string, unknown>) =>
    replyToSuggestion({
      ...base,
      principal: clerkOf(key),
      id,
      input: replySuggestionSchema.parse({ ...input, version: await versionOf(db, id) }),
    });

  // 1. Answered, adopted and rectified: on a lost 政府信息公开 case of 柯城区自然资源和规划局.
  const disclosureCase = await lostCaseOf(db, {
    courtId: org('court-longyou').id,
    defendantId: org('kecheng-ziran').id,
    causeCodes: ['information-disclosure'],
    judgedBy: day(80),
  });
  const adopted = await issue(court, {
    kind: 'judicial',
    addresseeOrgId: org('kecheng-ziran').id,
    title: '关于规范政府信息公开申请答复工作的司法建议',
    content:
      `本院在审理${disclosureCase?.caseNumber ?? ''}政府信息公开答复一案中发现，` +
      '你局对申请人要求公开的征地批复文件未作检索即答复“信息不存在”，答复书未告知救济途径，' +
      '导致答复被判决撤销。建议：一、建立依申请公开的检索、审核和答复工作规程；' +
      '二、答复前由法制机构进行合法性审查；三、组织信息公开工作人员开展专题培训。',
    issuedOn: day(80),
    servedOn: day(78),
    caseId: disclosureCase?.id ?? null,
  });
  await reply('kecheng-ziran', adopted, {
    repliedOn: day(55),
    content:
      '我局高度重视贵院司法建议，经局务会议研究，全部采纳。已制定《政府信息公开申请办理规程》，' +
      '明确检索范围、审核流程和答复文书格式，答复前一律经法规科审核。',
    adoption: 'adopted',
    rectificationMeasures: '制定《政府信息公开申请办理规程》；答复文书统一加注救济途径；开展全员专题培训。',
  });
  await recordRectification({
    ...base,
    principal: clerkOf('kecheng-ziran'),
    id: adopted,
    input: rectificationSchema.parse({ rectifiedOn: day(20), version: await versionOf(db, adopted) }),
  });

  // 2. Awaiting its reply, due within a fortnight (two months from service, 法释〔2023〕11号).
  await issue(court, {
    kind: 'judicial',
    addresseeOrgId: org('kecheng-zhujian').id,
    title: '关于加强房屋征收补偿协议履行管理的司法建议',
    content:
      '本院近年审理的房屋征收补偿协议类行政案件中，部分案件系因补偿款、安置房未按约交付引发。' +
      '建议你局建立补偿协议履行台账，对逾期履行事项定期排查，并完善协议文本中的履行期限和违约条款。',
    issuedOn: day(52),
    servedOn: day(50),
  });

  // 3. Overdue: a lost 强制拆除 case of 柯城区综合行政执法局; the office follows it up.
  const demolitionCase = await lostCaseOf(db, {
    courtId: org('court-longyou').id,
    defendantId: org('kecheng-zhifa').id,
    causeCodes: ['compensation', 'penalty'],
    judgedBy: day(76),
  });
  const overdue = await issue(court, {
    kind: 'judicial',
    addresseeOrgId: org('kecheng-zhifa').id,
    title: '关于规范违法建筑强制拆除程序的司法建议',
    content:
      `本院在审理${demolitionCase?.caseNumber ?? ''}违法建筑拆除引发的行政案件中发现，` +
      '你局实施强制拆除前未依法履行催告程序，未对屋内物品进行清点登记，致当事人财产损失无法查明。' +
      '建议严格依照《中华人民共和国行政强制法》规定履行催告、公告程序，拆除时全程记录并清点登记财物。',
    issuedOn: day(76),
    servedOn: day(74),
    caseId: demolitionCase?.id ?? null,
  });
  await addFollowUp({
    ...base,
    principal: coordinator,
    row: (await findSuggestion(db, overdue))!,
    input: followUpSchema.parse({
      note: '已电话督促柯城区综合行政执法局尽快书面答复，该局表示正在修订强制拆除工作流程。',
    }),
  });

  // 4. A 检察建议 received on paper, registered by 柯城区司法局, answered in part.
  const procuratorialIssued = day(40);
  const procuratorial = await issue(coordinator, {
    kind: 'procuratorial',
    issuerName: '衢州市柯城区人民检察院',
    documentNumber: `柯检行公建〔${procuratorialIssued.slice(0, 4)}〕3号`,
    addresseeOrgId: org('kecheng-shichang').id,
    title: '关于加强校园周边食品安全监管的检察建议',
    content:
      '经调查，辖区部分中小学校周边食品经营者存在无证经营、销售过期食品等问题。' +
      '建议你局开展专项整治，建立常态化巡查机制，并依法查处违法经营行为。',
    issuedOn: procuratorialIssued,
    servedOn: day(38),
    // 人民检察院检察建议工作规定 Art. 18: the paper asks for a written reply within two months.
    dueOn: addDays(day(38), 60),
  });
  await reply('kecheng-shichang', procuratorial, {
    repliedOn: day(10),
    content: '我局已开展校园周边食品安全专项整治，检查经营户86家，立案查处5起。',
    adoption: 'partly',
    adoptionReason: '无证经营摊贩的取缔涉及综合行政执法部门职责，已移送柯城区综合行政执法局处理。',
    rectificationMeasures: '建立校园周边食品经营者每月巡查制度；对5起违法行为依法立案查处。',
  });

  // 5. A 行政复议意见书 of the district, numbered from the office's own series.
  await saveDocumentSeries({
    ...base,
    principal: coordinator,
    code: 'reconsideration-opinion',
    pattern: '柯政复意〔{year}〕{n}号',
  });
  await issue(coordinator, {
    kind: 'reconsideration-opinion',
    addresseeOrgId: org('kecheng-gongan').id,
    title: '关于规范治安管理处罚案件调查取证工作的行政复议意见书',
    content:
      '本机关在办理申请人不服你局治安管理处罚决定一案中发现，你局询问笔录未载明告知事项，' +
      '证人证言未经核实即作为定案依据。请你局规范调查取证程序，并于六十日内将纠正情况报送本机关。',
    issuedOn: day(15),
    servedOn: day(14),
  });
  return 5;
}
