// Rows that arrive as JSON (to_json / json_agg in one statement that gathers a
// record and its parts) turned into the same values Drizzle's own selects give:
// camelCase keys, Date for timestamps, numbers for bigint ids. Each column maps
// its value with its own driver mapping, so the two ways of reading a table agree.
import { getTableColumns, type InferSelectModel, type Table } from 'drizzle-orm';

/** A table's row from its to_json() object (keys are the database column names). */
export function rowFromJson<T extends Table>(table: T, json: Record<string, unknown>): InferSelectModel<T> {
  const row: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(getTableColumns(table))) {
    const value = json[column.name];
    row[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
  }
  return row as InferSelectModel<T>;
}

/** Rows of a json_agg() of a table's rows; null (no rows) becomes []. */
export function rowsFromJson<T extends Table>(table: T, json: unknown): InferSelectModel<T>[] {
  return ((json as Record<string, unknown>[] | null) ?? []).map((item) => rowFromJson(table, item));
}
