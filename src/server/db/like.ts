/** Escapes LIKE wildcards so that user text matches literally inside `%…%`. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}
