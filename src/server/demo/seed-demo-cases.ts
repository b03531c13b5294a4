// Seeds the demo cases through the same commands the screens use, so every
// case has its events, deadlines, hearings and audit rows like a real one.
import { eq } from 'drizzle-orm';
import { CASE_STEPS } from '../../shared/api/case-steps';
import type { RegisterCaseInput } from '../../shared/api/cases';
import type { CaseStepType } from '../../shared/domain/cases/vocabulary';
import { chinaDate } from '../../shared/domain/china-time';
import { idNumberCheckCharacter } from '../../shared/domain/id-number';
import { addDays } from '../../shared/domain/periods';
import { permissionsOf } from '../../shared/domain/permissions';
import { usccCheckCharacter } from '../../shared/domain/uscc';
import type { Db } from '../db/client';
import { hearings, organisations } from '../db/schema';
import { recordCaseStep } from '../features/cases/record-case-step';
import { registerCase } from '../features/cases/register-case';
import { type Principal, SYSTEM_AUDIT_CONTEXT } from '../http/principal';
import {
  DEMO_CASE_TEMPLATES,
  DEMO_COMPANY_NAMES,
  DEMO_COUNTIES,
  DEMO_PERSON_NAMES,
  DEMO_STAGE_PLAN,
} from './demo-cases';

/** A small deterministic generator, so every demo database looks the same. */
function randomFrom(seed: number) {
  let state = seed;
  return (min: number, max: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return min + (state % (max - min + 1));
  };
}

function fictionalIdNumber(region: string, birth: string, sequence: number): string {
  const first17 = `${region}${birth.replaceAll('-', '')}${String(100 + (sequence % 900)).padStart(3, '0')}`;
  return first17 + idNumberCheckCharacter(first17);
}

function fictionalUscc(region: string, sequence: number): string {
  const first17 = `91${region}MA2${String(sequence).padStart(6, '0')}`;
  return first17 + usccCheckCharacter(first17);
}

/** A China-time instant on a date, e.g. 09:00 on 2026-11-24. */
function at(date: string, hhmm: string): string {
  return `${date}T${hhmm}:00+08:00`;
}

export async function seedDemoCases(options: { db: Db; now: Date }): Promise<number> {
  const { db, now } = options;
  const orgRows = await db.select().from(organisations);
  const byName = new Map(orgRows.map((o) => [o.name, o]));
  const seeder = byName.get('衢州市司法局')!;
  // The system records the demo cases with a coordinator's powers over the whole demo locality.
  const principal: Principal = {
    kind: 'system',
    id: 'system',
    name: 'system',
    displayName: '演示数据',
    organisation: { id: seeder.id, name: seeder.name, kind: 'legal-office', path: seeder.path },
    roles: ['coordinator'],
    permissions: new Set(permissionsOf(['coordinator', 'clerk'])),
    scope: { all: true, pathPrefix: '/' },
    mustChangePassword: false,
    isDemo: true,
  };
  const today = chinaDate(now);
  // Facts cannot lie in the future: a date past today is recorded as today.
  const past = (date: string) => (date > today ? today : date);
  const heads = ['林国庆', '方建明', '徐志华', '余海波', '毛晓军'];
  const random = randomFrom(20_210_408);
  const base = { db, now, principal, context: SYSTEM_AUDIT_CONTEXT };

  let index = 0;
  let created = 0;
  const register = async (input: RegisterCaseInput) => {
    created++;
    return registerCase({ ...base, input });
  };
  const stepper = (caseId: string) => {
    let version = 1;
    return async (type: CaseStepType, payload: Record<string, unknown>) => {
      await recordCaseStep({
        ...base,
        caseId,
        type,
        dateField: CASE_STEPS[type as keyof typeof CASE_STEPS].dateField,
        payload,
        version,
      });
      version++;
    };
  };

  for (const [plan, count] of DEMO_STAGE_PLAN) {
    for (let n = 0; n < count; n++, index++) {
      const county = DEMO_COUNTIES[index % DEMO_COUNTIES.length]!;
      const template = DEMO_CASE_TEMPLATES[index % DEMO_CASE_TEMPLATES.length]!;
      const defendant = byName.get(`${county.prefix}${template.agency}`)!;
      const served = addDays(
        today,
        -{
          defending: random(1, 10),
          'defending-overdue': random(20, 28),
          'pending-hearing': random(20, 45),
          'in-trial': random(45, 80),
          judged: random(80, 110),
          appealed: random(110, 140),
          effective: random(140, 200),
          performed: random(200, 260),
          closed: random(90, 200),
        }[plan],
      );
      const isCompany = template.plaintiffIsCompany === true;
      const plaintiffName = isCompany
        ? DEMO_COMPANY_NAMES[index % DEMO_COMPANY_NAMES.length]!
        : DEMO_PERSON_NAMES[index % DEMO_PERSON_NAMES.length]!;
      const caseId = await register({
        caseNumber: `（${served.slice(0, 4)}）浙0825行初${101 + index}号`,
        courtId: byName.get('龙游县人民法院')!.id,
        causeCode: template.causeCode,
        domainCode: template.domainCode,
        subject: `${defendant.name}${template.subject}`,
        claims: template.claims,
        filedOn: addDays(served, -7),
        isMajorSensitive: template.isMajorSensitive ?? false,
        isMass: template.isMass ?? false,
        isEnterprise: template.isEnterprise ?? false,
        isDebt: template.isDebt ?? false,
        defendants: [{ organisationId: defendant.id, isReconsiderationBody: false }],
        plaintiffs: [
          isCompany
            ? {
                kind: 'organisation',
                name: plaintiffName,
                idNumber: null,
                uscc: fictionalUscc(county.region, index),
              }
            : {
                kind: 'person',
                name: plaintiffName,
                idNumber: fictionalIdNumber(
                  county.region,
                  `19${random(55, 95)}-0${random(1, 9)}-1${random(0, 9)}`,
                  index,
                ),
                uscc: null,
              },
        ],
        thirdParties: [],
        service: { servedOn: served, manner: index % 4 === 0 ? 'electronic' : 'direct', signedBy: null },
      });
      if (plan === 'defending' || plan === 'defending-overdue') continue;
      const step = stepper(caseId);
      await step('defence-submitted', {
        submittedOn: addDays(served, random(5, 12)),
        evidenceCount: random(3, 20),
      });
      await step('reported-to-office', { reportedOn: past(addDays(served, random(16, 20))) });
      if (plan === 'pending-hearing') {
        await step('hearing-scheduled', {
          scheduledAt: at(addDays(today, random(1, 30)), n % 2 ? '09:00' : '14:30'),
          courtRoom: `第${random(1, 4)}法庭`,
          judge: '审判员',
          isHeadRequested: n % 3 === 0,
        });
        if (n % 3 !== 1)
          await step('head-designated', {
            name: heads[(index + 2) % heads.length]!,
            post: '副局长',
            countsAsHead: true,
          });
        continue;
      }
      const hearingDay = addDays(served, random(35, 44));
      await step('head-designated', {
        name: heads[index % heads.length]!,
        post: '副局长',
        countsAsHead: true,
      });
      await step('hearing-scheduled', {
        scheduledAt: at(hearingDay, '09:00'),
        courtRoom: '第一法庭',
        // Some courts asked for the head in person (应出尽出率 counts these hearings).
        isHeadRequested: index % 4 === 1,
      });
      const isAbsent = index % 7 === 0;
      await step('appearance-recorded', {
        hearingEventId: await lastHearingEventId(db, caseId),
        defendantOrgId: defendant.id,
        didHeadAppear: !isAbsent,
        personName: isAbsent ? null : heads[index % heads.length]!,
        personPost: isAbsent ? null : '副局长',
        countsAsHead: !isAbsent,
        didSpeak: !isAbsent && index % 5 !== 0,
        agents: [{ name: '法律顾问', kind: 'lawyer' }],
        absenceExcuse: isAbsent ? '参加市政府防汛紧急会议' : null,
        absenceProof: isAbsent ? '主要负责人签批的情况说明' : null,
        courtDecision: isAbsent ? 'accepted' : null,
      });
      if (plan === 'in-trial') continue;
      const isLost = plan === 'effective' || plan === 'performed' || (plan !== 'closed' && index % 3 === 0);
      // Judged cases are still within their appeal period; older ones were judged weeks after the hearing.
      const judgmentServed =
        plan === 'judged' ? addDays(today, -random(1, 8)) : addDays(hearingDay, random(20, 35));
      await step('judgment-recorded', {
        kind: plan === 'closed' ? 'ruling' : 'judgment',
        result:
          plan === 'closed'
            ? index % 2
              ? 'withdrawal-allowed'
              : 'dismiss-suit'
            : isLost
              ? 'revoke'
              : 'dismiss-claims',
        isLost,
        lossReasons: isLost ? [index % 2 ? 'procedure' : 'facts-unclear'] : [],
        servedOn: past(judgmentServed),
        requiresPerformance: isLost,
      });
      if (plan !== 'closed' && n % 4 !== 3) {
        await step('judgment-filed', { filedOn: past(addDays(judgmentServed, random(1, 4))) });
      }
      if (plan === 'judged') continue;
      if (plan === 'appealed') {
        const appealOn = past(addDays(judgmentServed, random(5, 14)));
        await step('appeal-recorded', { filedOn: appealOn, appellant: 'plaintiff' });
        const secondServed = past(addDays(appealOn, random(15, 25)));
        const first = await register({
          caseNumber: `（${secondServed.slice(0, 4)}）浙08行终${31 + index}号`,
          courtId: byName.get('衢州市中级人民法院')!.id,
          previousCaseId: caseId,
          causeCode: template.causeCode,
          domainCode: template.domainCode,
          subject: `${defendant.name}${template.subject}（上诉）`,
          claims: '撤销一审判决，改判支持上诉请求',
          isMajorSensitive: false,
          isMass: false,
          isEnterprise: false,
          isDebt: false,
          defendants: [{ organisationId: defendant.id, isReconsiderationBody: false }],
          plaintiffs: [
            { kind: isCompany ? 'organisation' : 'person', name: plaintiffName, idNumber: null, uscc: null },
          ],
          thirdParties: [],
          service: { servedOn: secondServed, manner: 'mail', signedBy: null },
        });
        await stepper(first)('hearing-scheduled', {
          scheduledAt: at(addDays(today, random(7, 40)), '09:30'),
          courtRoom: '中院第三法庭',
          isHeadRequested: true,
        });
        continue;
      }
      if (plan === 'closed')
        await step('judgment-filed', { filedOn: past(addDays(judgmentServed, random(1, 4))) });
      await step('effective-marked', { effectiveOn: past(addDays(judgmentServed, 16)) });
      if (isLost && index % 2 === 0) {
        await step('loss-analysis-written', {
          analysis: '调查取证不充分，关键事实认定依据不足',
          measures: '完善执法全过程记录，重大决定前开展法制审核',
        });
      }
      if (plan === 'performed') {
        await step('performance-recorded', {
          performedOn: past(addDays(judgmentServed, random(30, 50))),
          description: '已撤销原行政行为并依法重新作出',
          proof: '重新作出的决定书及送达回证',
        });
      }
    }
  }
  return created;
}

async function lastHearingEventId(db: Db, caseId: string): Promise<number> {
  const rows = await db.select({ id: hearings.eventId }).from(hearings).where(eq(hearings.caseId, caseId));
  return Math.max(...rows.map((r) => r.id));
}
