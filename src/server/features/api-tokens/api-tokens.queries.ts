// SQL of API tokens: the list (newest first) and one token, each with the name
// and path of its organisation and the username of its creator.
import { and, count, desc, eq, isNull, like } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { escapeLike } from '../../db/like';
import { apiTokens, organisations, users } from '../../db/schema';
import type { Scope } from '../../http/principal';

export type ApiTokenRow = typeof apiTokens.$inferSelect;
export type ApiTokenView = ApiTokenRow & {
  organisationName: string;
  organisationPath: string;
  createdByName: string;
};

const viewColumns = {
  token: apiTokens,
  organisationName: organisations.name,
  organisationPath: organisations.path,
  createdByName: users.username,
};

function flatten(row: {
  token: ApiTokenRow;
  organisationName: string;
  organisationPath: string;
  createdByName: string;
}): ApiTokenView {
  return {
    ...row.token,
    organisationName: row.organisationName,
    organisationPath: row.organisationPath,
    createdByName: row.createdByName,
  };
}

export async function findApiToken(db: Db, id: string): Promise<ApiTokenView | undefined> {
  const [row] = await db
    .select(viewColumns)
    .from(apiTokens)
    .innerJoin(organisations, eq(organisations.id, apiTokens.organisationId))
    .innerJoin(users, eq(users.id, apiTokens.createdBy))
    .where(eq(apiTokens.id, id));
  return row && flatten(row);
}

/** Tokens of organisations within the scope, newest first. */
export async function listApiTokens(
  db: Db,
  options: { scope: Scope; includeRevoked: boolean; page: number; pageSize: number },
): Promise<{ rows: ApiTokenView[]; total: number }> {
  const conditions = [];
  if (!options.scope.all) {
    conditions.push(like(organisations.path, `${escapeLike(options.scope.pathPrefix)}%`));
  }
  if (!options.includeRevoked) conditions.push(isNull(apiTokens.revokedAt));
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    db
      .select(viewColumns)
      .from(apiTokens)
      .innerJoin(organisations, eq(organisations.id, apiTokens.organisationId))
      .innerJoin(users, eq(users.id, apiTokens.createdBy))
      .where(where)
      .orderBy(desc(apiTokens.createdAt), desc(apiTokens.id))
      .limit(options.pageSize)
      .offset((options.page - 1) * options.pageSize),
    db
      .select({ n: count() })
      .from(apiTokens)
      .innerJoin(organisations, eq(organisations.id, apiTokens.organisationId))
      .where(where),
  ]);
  return { rows: rows.map(flatten), total: total?.n ?? 0 };
}
