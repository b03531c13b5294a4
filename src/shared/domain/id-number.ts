// 居民身份证号 (GB 11643-1999): 17 digits and a check character, ISO 7064 MOD 11-2.

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export function idNumberCheckCharacter(first17: string): string | null {
  if (!/^\d{17}$/.test(first17)) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK[sum % 11]!;
}

/** Returns a Chinese error message, or null when the number is valid. */
export function checkIdNumber(raw: string): string | null {
  const value = raw.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(value)) return '身份证号应为18位：17位数字加1位校验码（数字或X）';
  const birth = value.slice(6, 14);
  const date = new Date(`${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10).replaceAll('-', '') !== birth) {
    return `身份证号中的出生日期 ${birth} 不是有效日期`;
  }
  const expected = idNumberCheckCharacter(value.slice(0, 17));
  if (expected !== value[17]) return `身份证号校验码错误：最后一位应为“${expected}”`;
  return null;
}
