// 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character alphabet
// (no I, O, S, V, Z); the 18th is a check character over the first 17.

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function usccCheckCharacter(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = ALPHABET.indexOf(first17[i]!);
    if (value < 0) return null;
    sum += value * WEIGHTS[i]!;
  }
  return ALPHABET[(31 - (sum % 31)) % 31]!;
}

/** Returns a Chinese error message, or null when the code is valid. */
export function checkUscc(raw: string): string | null {
  const code = raw.trim().toUpperCase();
  if (code.length !== 18) return `统一社会信用代码应为18位，当前为${code.length}位`;
  for (const ch of code) {
    if (!ALPHABET.includes(ch)) return `统一社会信用代码含有不允许的字符“${ch}”（不使用 I、O、S、V、Z）`;
  }
  const expected = usccCheckCharacter(code.slice(0, 17));
  if (expected !== code[17]) return `统一社会信用代码校验位错误：最后一位应为“${expected}”`;
  return null;
}

export function normalizeUscc(raw: string): string {
  return raw.trim().toUpperCase();
}
