// SQL of the administrator's holiday-calendar corrections (one row per corrected year).
import { and, asc, eq } from 'drizzle-orm';
import type { HolidayDay } from '../../../shared/domain/periods';
import type { Db } from '../../db/client';
import { holidayYears, users } from '../../db/schema';

export type HolidayYearRow = Omit<typeof holidayYears.$inferSelect, 'days'> & {
  days: HolidayDay[];
  updatedByName: string | null;
};

const columns = {
  year: holidayYears.year,
  days: holidayYears.days,
  papers: holidayYears.papers,
  notice: holidayYears.notice,
  updatedBy: holidayYears.updatedBy,
  updatedAt: holidayYears.updatedAt,
  version: holidayYears.version,
  updatedByName: users.displayName,
};

const asRow = (row: Omit<HolidayYearRow, 'days'> & { days: unknown }): HolidayYearRow => ({
  ...row,
  days: row.days as HolidayDay[],
});

export async function listHolidayYearRows(db: Db): Promise<HolidayYearRow[]> {
  const rows = await db
    .select(columns)
    .from(holidayYears)
    .leftJoin(users, eq(users.id, holidayYears.updatedBy))
    .orderBy(asc(holidayYears.year));
  return rows.map(asRow);
}

export async function findHolidayYearRow(db: Db, year: number): Promise<HolidayYearRow | undefined> {
  const [row] = await db
    .select(columns)
    .from(holidayYears)
    .leftJoin(users, eq(users.id, holidayYears.updatedBy))
    .where(eq(holidayYears.year, year));
  return row && asRow(row);
}

interface HolidayYearValues {
  days: HolidayDay[];
  papers: string[];
  notice: string;
  updatedBy: string | null;
  updatedAt: Date;
}

/** The first correction of a year; false when another writer got there first. */
export async function insertHolidayYear(db: Db, year: number, values: HolidayYearValues): Promise<boolean> {
  const rows = await db
    .insert(holidayYears)
    .values({ year, ...values, version: 1 })
    .onConflictDoNothing()
    .returning({ year: holidayYears.year });
  return rows.length > 0;
}

/** A later correction, only over the version the writer read; false when it is stale. */
export async function updateHolidayYear(
  db: Db,
  year: number,
  version: number,
  values: HolidayYearValues,
): Promise<boolean> {
  const rows = await db
    .update(holidayYears)
    .set({ ...values, version: version + 1 })
    .where(and(eq(holidayYears.year, year), eq(holidayYears.version, version)))
    .returning({ year: holidayYears.year });
  return rows.length > 0;
}
