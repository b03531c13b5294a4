// Loads what the 考核 pages show, for a caller: the region's schemes with
// their versions, the runs, a run's ranking, and one unit's result with the
// records behind each point (as stored when the run was computed).
import type { ResultDetail, RunDetail, SchemeDetail } from '../../../shared/api/assessment';
import { parsePeriod, publishedElsewhereText } from '../../../shared/domain/assessment/periods';
import {
  DEDUCTION_LABELS,
  type FrozenSchemeItem,
  type SchemeRules,
} from '../../../shared/domain/assessment/scheme';
import {
  ITEM_STATUS_LABELS,
  itemScalingOf,
  itemScalingText,
  totalClippingOf,
} from '../../../shared/domain/assessment/scoring';
import {
  definitionKeyLabel,
  rateLabelOf,
  rateOf,
  requireIndicator,
} from '../../../shared/domain/indicators/compute';
import type { Db } from '../../db/client';
import { forbidden, notFound } from '../../http/errors';
import { can, type Principal } from '../../http/principal';
import {
  canManageRegion,
  canReadRegion,
  canReadUnitRecords,
  isAssessedUnit,
  ownUnitPathOf,
  runListScopeOf,
  runViewOf,
} from './assessment.policy';
import { presentGrade, presentRecord, presentRules, presentRun } from './assessment.present';
import {
  findPublishedRunOfPeriod,
  findRun,
  findScheme,
  isUnitRanked,
  listRuns,
  poorYearsOf,
  recordsOf,
  regionNameOf,
  resultsOf,
  schemesOfRegions,
  versionsOf,
} from './assessment.queries';
import type { StoredDeduction, StoredItem } from './score-region';

interface Context {
  db: Db;
  principal: Principal;
  now: Date;
}
const rulesOf = (value: unknown) => value as SchemeRules<FrozenSchemeItem>;

export async function loadSchemes(ctx: Context) {
  const { principal } = ctx;
  const canCreate =
    can(principal, 'assessment.manage') && !principal.scope.all && principal.organisation.kind !== 'court';
  // Assessed units see their results, not the schemes' list.
  if (isAssessedUnit(principal) || principal.scope.all || principal.organisation.kind === 'court') {
    return { items: [], abilities: { canCreate: false } };
  }
  const rows = await schemesOfRegions(ctx.db, principal.scope.pathPrefix);
  const items = [];
  for (const row of rows) {
    const scheme = row.assessment_schemes;
    const canManage = canManageRegion(principal, scheme.regionPath);
    items.push({
      id: scheme.id,
      name: row.assessment_scheme_versions.name,
      year: row.assessment_scheme_versions.year,
      currentVersion: scheme.currentVersion,
      regionName: await regionNameOf(ctx.db, scheme.regionPath),
      updatedAt: scheme.updatedAt.toISOString(),
      abilities: { canEdit: canManage, canRun: canManage },
    });
  }
  return { items, abilities: { canCreate } };
}

export async function loadScheme(ctx: Context, id: string): Promise<SchemeDetail> {
  const scheme = await findScheme(ctx.db, id);
  if (!scheme || !canReadRegion(ctx.principal, scheme.regionPath)) throw notFound('考核方案');
  const versions = await versionsOf(ctx.db, id);
  const current = versions.find((v) => v.version === scheme.currentVersion)!;
  const canManage = canManageRegion(ctx.principal, scheme.regionPath);
  return {
    id: scheme.id,
    name: current.name,
    year: current.year,
    currentVersion: scheme.currentVersion,
    regionName: await regionNameOf(ctx.db, scheme.regionPath),
    updatedAt: scheme.updatedAt.toISOString(),
    revision: scheme.revision,
    rules: presentRules(rulesOf(current.rules)),
    isCurrentVersionUsed: current.runCount > 0,
    versions: versions.map((v) => ({
      version: v.version,
      name: v.name,
      year: v.year,
      createdAt: v.createdAt.toISOString(),
      runCount: v.runCount,
      rules: presentRules(rulesOf(v.rules)),
    })),
    abilities: { canEdit: canManage, canRun: canManage },
  };
}

export async function loadRuns(ctx: Context) {
  const rows = await listRuns(ctx.db, runListScopeOf(ctx.principal));
  return {
    items: rows
      .filter((row) => runViewOf(ctx.principal, row.run) !== null)
      .map((row) => presentRun(row, ctx.principal, ctx.now)),
  };
}

async function visibleRun(ctx: Context, id: string) {
  if (ctx.principal.organisation.kind === 'court' || ctx.principal.scope.all) {
    throw forbidden('考核针对行政机关，本账户不能查看');
  }
  const found = await findRun(ctx.db, id);
  const view = found ? runViewOf(ctx.principal, found.run) : null;
  if (!found || !view) throw notFound('考核结果');
  return { found, view };
}

export async function loadRun(ctx: Context, id: string): Promise<RunDetail> {
  const { found, view } = await visibleRun(ctx, id);
  const all = await resultsOf(ctx.db, id);
  const own = ownUnitPathOf(ctx.principal);
  // The published ranking is every unit's to see, once the run ranks the caller's unit.
  if (view === 'unit' && !all.some((r) => r.organisationPath === own)) throw notFound('考核结果');
  const poor = await poorYearsOf(
    ctx.db,
    all.map((r) => r.organisationId),
  );
  const period = parsePeriod(found.run.period)!;
  const year = period.year;
  const presented = presentRun(found, ctx.principal, ctx.now);
  // A region publishes one ranking per period: a draft of a period already published stays a draft.
  const other =
    presented.abilities.canCompute && found.run.status === 'draft'
      ? await findPublishedRunOfPeriod(ctx.db, found.run.regionPath, found.run.period)
      : null;
  return {
    ...presented,
    abilities: { ...presented.abilities, canPublish: presented.abilities.canPublish && !other },
    rules: presentRules(rulesOf(found.rules)),
    agencyCount: all.length,
    publishedOfPeriod: other && {
      id: other.id,
      schemeName: other.schemeName,
      text: publishedElsewhereText(period.label, other.schemeName),
    },
    results: all.map((r) => ({
      organisationId: r.organisationId,
      organisationName: r.organisationName,
      itemPoints: r.itemPoints,
      deductionPoints: r.deductionPoints,
      total: r.total,
      rank: r.rank,
      ...presentGrade(r.grade, poor.get(r.organisationId), year),
      isOwnUnit: view === 'unit' && r.organisationPath === own,
      hasNoRecords:
        (r.items as StoredItem[]).every((item) => item.denominator === 0) &&
        (r.deductions as StoredDeduction[]).every((d) => d.count === 0),
      abilities: { canReadRecords: canReadUnitRecords(ctx.principal, view, r.organisationPath) },
    })),
  };
}

export async function loadResult(ctx: Context, runId: string, organisationId: string): Promise<ResultDetail> {
  const { found, view } = await visibleRun(ctx, runId);
  const [result] = await resultsOf(ctx.db, runId, organisationId);
  if (!result) throw notFound('考核结果');
  if (!canReadUnitRecords(ctx.principal, view, result.organisationPath)) {
    // A unit ranked in the run sees the other units' rows of the ranking, not their case data.
    const own = ownUnitPathOf(ctx.principal);
    if (own && (await isUnitRanked(ctx.db, runId, own))) {
      throw forbidden('只能查看本单位考核得分的明细（依据的案件、司法建议）；其他单位的得分见排名');
    }
    throw notFound('考核结果');
  }
  const rules = rulesOf(found.rules);
  const records = await recordsOf(ctx.db, runId, organisationId);
  const recordsFor = (source: string, key: string) =>
    records.filter((r) => r.source === source && r.key === key).map(presentRecord);
  const poor = await poorYearsOf(ctx.db, [organisationId]);
  const presented = presentRules(rules);
  const storedItems = result.items as StoredItem[];
  const scaling = itemScalingOf(storedItems);
  return {
    run: presentRun(found, ctx.principal, ctx.now),
    baseScore: rules.baseScore,
    organisationId,
    organisationName: result.organisationName,
    itemPoints: result.itemPoints,
    deductionPoints: result.deductionPoints,
    total: result.total,
    rank: result.rank,
    ...presentGrade(result.grade, poor.get(organisationId), parsePeriod(found.run.period)!.year),
    // Every point traceable: the 无数据不计分 scaling and a total clipped at 0 are said in words.
    itemScaling: scaling && {
      ...scaling,
      text: itemScalingText(
        scaling,
        storedItems.filter((i) => !i.isCounted).map((i) => requireIndicator(i.indicatorId).name),
      ),
    },
    totalClipping: totalClippingOf(result.itemPoints, result.deductionPoints),
    items: storedItems.map((item) => ({
      indicatorId: item.indicatorId,
      indicatorName: requireIndicator(item.indicatorId).name,
      definitionKey: item.definitionKey,
      definitionLabel: definitionKeyLabel(item.definitionKey),
      weight: item.weight,
      ruleText: presented.items.find((i) => i.indicatorId === item.indicatorId)?.ruleText ?? '',
      numerator: item.numerator,
      denominator: item.denominator,
      rateLabel: rateLabelOf(rateOf(item.numerator, item.denominator)),
      points: item.points,
      status: item.status,
      statusLabel: ITEM_STATUS_LABELS[item.status],
      records: recordsFor('item', item.indicatorId),
    })),
    deductions: (result.deductions as StoredDeduction[]).map((d) => ({
      kind: d.kind,
      name: DEDUCTION_LABELS[d.kind].name,
      ruleText: presented.deductions.find((p) => p.kind === d.kind)?.ruleText ?? '',
      pointsEach: d.pointsEach,
      cap: d.cap,
      count: d.count,
      points: d.points,
      isCapped: d.isCapped,
      records: recordsFor('deduction', d.kind),
    })),
  };
}
