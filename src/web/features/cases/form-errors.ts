// Field errors onto the right row of a form with lists: the server's
// 'plaintiffs.0.idNumber' lands on the first plaintiff's ID number; a path the
// form has no field for lands on its nearest field that exists ('defendants').
import type { FormInstance } from 'antd';
import { isApiError } from '../../lib/api-client';

export type NamePath = (string | number)[];

/** 'plaintiffs.0.idNumber' → ['plaintiffs', 0, 'idNumber']. */
export function namePathOf(field: string, prefix: string[] = []): NamePath {
  const parts = field.split('.').filter((part) => part !== '');
  const stripped = prefix.every((p, i) => parts[i] === p) ? parts.slice(prefix.length) : parts;
  return stripped.map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** The longest start of `path` that names a field of the form, or null. */
export function nearestField(path: NamePath, known: readonly string[]): NamePath | null {
  for (let length = path.length; length > 0; length--) {
    const candidate = path.slice(0, length);
    if (known.includes(candidate.join('.'))) return candidate;
  }
  return null;
}

/** Puts each problem on its field; returns the messages no field could show. */
export function applyProblems(form: FormInstance, problems: { name: NamePath; message: string }[]): string[] {
  const known = form.getFieldsError().map((field) => field.name.join('.'));
  const byField = new Map<string, { name: NamePath; errors: string[] }>();
  const unplaced: string[] = [];
  for (const problem of problems) {
    const name = nearestField(problem.name, known);
    if (!name) {
      unplaced.push(problem.message);
      continue;
    }
    const key = name.join('.');
    const entry = byField.get(key) ?? { name, errors: [] };
    if (!entry.errors.includes(problem.message)) entry.errors.push(problem.message);
    byField.set(key, entry);
  }
  const fields = [...byField.values()];
  form.setFields(fields);
  // The first problem may sit below the fold of a long form (the intake): bring it into view.
  if (fields[0]) form.scrollToField(fields[0].name, { block: 'center' });
  return unplaced;
}

/** The issues of the server's own schema, run in the browser first, onto the form. */
export function applySchemaIssues(
  form: FormInstance,
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): string[] {
  return applyProblems(
    form,
    issues.map((issue) => ({
      name: issue.path.map((p) => (typeof p === 'number' ? p : String(p))),
      message: issue.message,
    })),
  );
}

/** The server's field details of an error onto the form (`prefix` strips e.g. 'payload'). */
export function applyServerErrors(form: FormInstance, error: unknown, prefix: string[] = []): boolean {
  if (!isApiError(error) || error.details.length === 0) return false;
  const problems = error.details.map((detail) => ({
    name: namePathOf(detail.field, prefix),
    message: detail.message,
  }));
  applyProblems(form, problems);
  return true;
}
