// Fixtures of the case register and the suggestions register built through the
// HTTP API, as a clerk or a court would enter them, for the integration tests
// that check numbers computed from those records (indicators, dashboard,
// assessment, periodic reports). Going through the API leaves the projections
// exactly as real steps would, so the tests' hand-computed values hold for the
// product and not for a shortcut. Each test keeps its own story (its table of
// cases); this module only holds the plumbing they share.
import { expect } from 'vitest';
import type { z } from 'zod';
import type { appearanceStepSchema, judgmentStepSchema } from '../../shared/api/case-steps';
import type { JudgmentResult, LossReason } from '../../shared/domain/cases/vocabulary';
import type { Adoption } from '../../shared/domain/suggestions';
import type { TestClient } from './test-app';

/** Posts one step of a case with the version just read, expecting it to be accepted. */
export async function step(client: TestClient, caseId: string, path: string, body: object) {
  const current = (await client.get(`/api/cases/${caseId}`)).body;
  const response = await client.post(`/api/cases/${caseId}/${path}`, { ...body, version: current.version });
  expect(response.status, `${path}: ${JSON.stringify(response.body)}`).toBe(200);
  return response.body;
}

// ---- Cases -----------------------------------------------------------------

/** A court by its organisation id and its 法院代字 (浙0825), which opens its 案号. */
export interface FixtureCourt {
  id: string;
  courtCode: string;
}

export interface CaseRegistrarOptions {
  /** The court hearing the cases unless a case names another. */
  court: FixtureCourt;
  /** The 案号 sequence number of the first case; each case takes the next, so no two collide. */
  firstNumber: number;
  /** 被诉行政行为, the same for every case of the fixture. */
  subject?: string;
}

export interface RegisterCaseOptions {
  agencyId: string;
  /** The day the agency was served the complaint (收到起诉状副本). */
  servedOn: string;
  causeCode?: string;
  domainCode?: string;
  /** The year in the 案号. */
  year?: number;
  court?: FixtureCourt;
}

export interface RegisteredCase {
  id: string;
  number: string;
}

export type RegisterCase = (client: TestClient, options: RegisterCaseOptions) => Promise<RegisteredCase>;

/**
 * Registers first-instance cases (POST /api/cases) numbered in sequence from
 * `firstNumber`, whichever court a case names: a test that asserts a 案号
 * counts it from that start.
 */
export function caseRegistrar(defaults: CaseRegistrarOptions): RegisterCase {
  let next = defaults.firstNumber;
  return async (client, options) => {
    const court = options.court ?? defaults.court;
    const number = `（${options.year ?? 2026}）${court.courtCode}行初${next++}号`;
    const response = await client.post('/api/cases', {
      caseNumber: number,
      courtId: court.id,
      causeCode: options.causeCode ?? 'penalty',
      domainCode: options.domainCode ?? 'other',
      subject: defaults.subject ?? '作出的行政处罚决定',
      defendants: [{ organisationId: options.agencyId }],
      plaintiffs: [{ kind: 'person', name: '钱小红' }],
      service: { servedOn: options.servedOn, manner: 'direct' },
    });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return { id: response.body.id as string, number };
  };
}

// ---- Hearings and appearances ----------------------------------------------

/** What an appearance says of the defendant's head, without the hearing and the defendant. */
export type AppearanceBody = Omit<z.input<typeof appearanceStepSchema>, 'hearingEventId' | 'defendantOrgId'>;

/** The head (or whoever came in the head's stead) appeared; by default 局长 张建国, who spoke. */
export function head(
  options: { name?: string; post?: string; countsAsHead?: boolean; didSpeak?: boolean } = {},
): AppearanceBody {
  return {
    didHeadAppear: true,
    personName: options.name ?? '张建国',
    personPost: options.post ?? '局长',
    countsAsHead: options.countsAsHead ?? true,
    didSpeak: options.didSpeak ?? true,
  };
}

/** The head stayed away with an excuse and sent a member of staff. */
export const absent: AppearanceBody = {
  didHeadAppear: false,
  absenceExcuse: '外出学习',
  agents: [{ name: '王五', kind: 'staff' }],
};

export interface HearingOptions {
  /** China time: a day (the hearing opens at 09:00) or a day and time, 2026-11-05T09:30:00. */
  at: string;
  /** The court asked for the head to appear. */
  isHeadRequested?: boolean;
  /** Recorded right after the hearing is scheduled, for this defendant. */
  appearance?: AppearanceBody & { defendantOrgId: string };
}

/** Schedules a hearing, and records an appearance at it when given; returns the hearing's event id. */
export async function hearing(client: TestClient, caseId: string, options: HearingOptions) {
  const at = options.at.includes('T') ? options.at : `${options.at}T09:00:00`;
  const body = await step(client, caseId, 'hearings', {
    scheduledAt: `${at}+08:00`,
    isHeadRequested: options.isHeadRequested ?? false,
  });
  const hearingEventId = body.hearings.at(-1).eventId as number;
  if (options.appearance)
    await step(client, caseId, 'appearances', { hearingEventId, ...options.appearance });
  return hearingEventId;
}

// ---- Judgments -------------------------------------------------------------

export interface JudgmentOptions {
  result: JudgmentResult;
  /** The day the judgment was served on the agency. */
  servedOn: string;
  /** Present when the agency lost, and why (the register asks a reason for every loss). */
  lossReason?: LossReason;
  requiresPerformance?: boolean;
}

/** Records the judgment step: a 裁定 for the results that end a suit without its merits, else a 判决. */
export async function judge(client: TestClient, caseId: string, options: JudgmentOptions) {
  const body: z.input<typeof judgmentStepSchema> = {
    kind: ['withdrawal-allowed', 'dismiss-suit'].includes(options.result) ? 'ruling' : 'judgment',
    result: options.result,
    isLost: options.lossReason !== undefined,
    lossReasons: options.lossReason ? [options.lossReason] : [],
    servedOn: options.servedOn,
    requiresPerformance: options.requiresPerformance ?? false,
  };
  return step(client, caseId, 'judgment', body);
}

// ---- Judicial suggestions --------------------------------------------------

/** A court issues a judicial suggestion to an agency (issued the day it is served); returns its id. */
export async function issueSuggestion(
  court: TestClient,
  /** `to`: the addressee agency's organisation id. */
  options: { to: string; servedOn: string; dueOn: string },
) {
  const response = await court.post('/api/suggestions', {
    kind: 'judicial',
    addresseeOrgId: options.to,
    title: '关于规范行政处罚程序的司法建议',
    content: '在审理中发现处罚程序存在问题，建议完善。',
    issuedOn: options.servedOn,
    servedOn: options.servedOn,
    dueOn: options.dueOn,
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body.id as string;
}

/** The addressee replies with the version just read; adopted unless told otherwise. */
export async function replyToSuggestion(
  client: TestClient,
  suggestionId: string,
  options: { repliedOn: string; adoption?: Adoption; adoptionReason?: string },
) {
  const current = (await client.get(`/api/suggestions/${suggestionId}`)).body;
  const response = await client.post(`/api/suggestions/${suggestionId}/reply`, {
    content: '已研究落实。',
    repliedOn: options.repliedOn,
    adoption: options.adoption ?? 'adopted',
    ...(options.adoptionReason === undefined ? {} : { adoptionReason: options.adoptionReason }),
    version: current.version,
  });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
}
