// Scores every assessed unit of a region (its own agencies and townships, and
// each people's government directly below it) for a period under one frozen
// scheme version: per item the indicator's units (numerator, denominator),
// per deduction its occurrences, then totals, grades and ranks. Returns the
// rows to store, with the records behind each point.
import type { DeductionKind, FrozenSchemeItem, SchemeRules } from '../../../shared/domain/assessment/scheme';
import { round2 } from '../../../shared/domain/assessment/scheme';
import {
  type DeductionScore,
  gradeOf,
  type ItemStatus,
  rankOf,
  scoreDeduction,
  scoreItem,
  sumItemPoints,
  totalOf,
} from '../../../shared/domain/assessment/scoring';
import type { Db } from '../../db/client';
import type { assessmentResultRecords } from '../../db/schema';
import { type UnitFilter, type UnitRecordRow, unitRecords, unitsOf } from '../indicators/indicators.queries';
import { type AgencyRow, assessedUnitsOf, deductionUnitsOf } from './assessment.queries';

export interface StoredItem {
  indicatorId: string;
  definitionKey: string;
  weight: number;
  numerator: number;
  denominator: number;
  points: number;
  status: ItemStatus;
  isCounted: boolean;
}
export type StoredDeduction = DeductionScore & { pointsEach: number; cap: number };

export interface AgencyScore {
  agency: AgencyRow;
  itemPoints: number;
  deductionPoints: number;
  total: number;
  grade: string;
  rank: number;
  items: StoredItem[];
  deductions: StoredDeduction[];
}
type RecordRow = Omit<typeof assessmentResultRecords.$inferInsert, 'runId'>;

// Every unit of the region at once, grouped by assessed unit in memory (an agency of a
// county under the county): one query per rule, not per unit. A county's numbers are the
// sums of its agencies', as on the dashboard's region rows.
async function unitsByAssessedUnit(
  db: Db,
  units: ReturnType<typeof unitsOf>,
  unitOf: Map<string, string>,
): Promise<Map<string, UnitRecordRow[]>> {
  const { rows } = await unitRecords(db, units, { numeratorOnly: false, limit: 10_000_000, offset: 0 });
  const map = new Map<string, UnitRecordRow[]>();
  for (const row of rows) {
    const unitId = unitOf.get(row.agencyId);
    if (!unitId) continue;
    const list = map.get(unitId);
    if (list) list.push(row);
    else map.set(unitId, [row]);
  }
  return map;
}

const toRecord = (
  agencyId: string,
  source: 'item' | 'deduction',
  key: string,
  row: UnitRecordRow,
): RecordRow => ({
  organisationId: agencyId,
  source,
  key,
  caseId: row.caseId,
  suggestionId: row.suggestionId,
  number: row.number,
  title: row.title,
  onDate: row.date,
  hearingAt: row.hearingAt,
  isInNumerator: row.isInNumerator,
  agencyName: row.agencyName,
});

export async function scoreRegion(options: {
  db: Db;
  regionPath: string;
  from: string;
  to: string;
  /** China date of the computation: what is not done counts once its deadline has passed. */
  today: string;
  rules: SchemeRules<FrozenSchemeItem>;
}): Promise<{ scores: AgencyScore[]; records: RecordRow[] }> {
  const { db, rules } = options;
  const filter: UnitFilter = {
    pathPrefix: options.regionPath,
    from: options.from,
    to: options.to,
    agencyId: null,
    courtId: null,
  };
  const { units: agencies, unitOf } = await assessedUnitsOf(db, options.regionPath);
  const itemUnits = new Map<string, Map<string, UnitRecordRow[]>>();
  for (const item of rules.items) {
    itemUnits.set(
      item.indicatorId,
      await unitsByAssessedUnit(db, unitsOf(item.indicatorId, item.variantId, filter), unitOf),
    );
  }
  const deductionUnits = new Map<DeductionKind, Map<string, UnitRecordRow[]>>();
  for (const d of rules.deductions) {
    deductionUnits.set(
      d.kind,
      await unitsByAssessedUnit(db, deductionUnitsOf(d.kind, filter, options.today), unitOf),
    );
  }

  const records: RecordRow[] = [];
  const unranked = agencies.map((agency) => {
    const items = rules.items.map((item): StoredItem => {
      const rows = itemUnits.get(item.indicatorId)!.get(agency.id) ?? [];
      for (const row of rows) records.push(toRecord(agency.id, 'item', item.indicatorId, row));
      const numerator = rows.filter((r) => r.isInNumerator).length;
      const score = scoreItem(item, numerator, rows.length);
      return {
        indicatorId: item.indicatorId,
        definitionKey: item.definitionKey,
        weight: item.weight,
        numerator,
        denominator: rows.length,
        ...score,
      };
    });
    const deductions = rules.deductions.map((rule): StoredDeduction => {
      const rows = deductionUnits.get(rule.kind)!.get(agency.id) ?? [];
      for (const row of rows) records.push(toRecord(agency.id, 'deduction', rule.kind, row));
      return { ...scoreDeduction(rule, rows.length), pointsEach: rule.pointsEach, cap: rule.cap };
    });
    const itemPoints = sumItemPoints(items.map((i) => ({ weight: i.weight, score: i })));
    const total = totalOf(itemPoints, deductions);
    return {
      agency,
      itemPoints,
      deductionPoints: round2(deductions.reduce((s, d) => s + d.points, 0)),
      total,
      grade: gradeOf(total, rules.grades),
      items,
      deductions,
    };
  });
  return { scores: rankOf(unranked), records };
}
