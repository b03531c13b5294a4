// Password rules of the security policy (等保 2.0 level 3: complexity, no
// username inside). The numbers are configurable by the security administrator.

export interface PasswordRules {
  minLength: number;
  minCharClasses: number; // of lower case, upper case, digits, symbols
  forbidUsername: boolean;
}

export const DEFAULT_PASSWORD_RULES: PasswordRules = {
  minLength: 10,
  minCharClasses: 3,
  forbidUsername: true,
};

export function countCharClasses(password: string): number {
  let classes = 0;
  if (/[a-z]/.test(password)) classes++;
  if (/[A-Z]/.test(password)) classes++;
  if (/[0-9]/.test(password)) classes++;
  if (/[^a-zA-Z0-9]/.test(password)) classes++;
  return classes;
}

/** Every rule the password breaks, in Chinese; empty when it passes. */
export function checkPassword(password: string, username: string, rules: PasswordRules): string[] {
  const problems: string[] = [];
  if (password.length < rules.minLength) problems.push(`密码长度至少${rules.minLength}位`);
  if (countCharClasses(password) < rules.minCharClasses) {
    problems.push(`密码须包含小写字母、大写字母、数字、符号中的至少${rules.minCharClasses}类`);
  }
  if (rules.forbidUsername && username && password.toLowerCase().includes(username.toLowerCase())) {
    problems.push('密码不得包含用户名');
  }
  return problems;
}

export function describePasswordRules(rules: PasswordRules): string {
  const parts = [
    `至少${rules.minLength}位`,
    `包含小写字母、大写字母、数字、符号中的至少${rules.minCharClasses}类`,
  ];
  if (rules.forbidUsername) parts.push('不得包含用户名');
  return parts.join('，');
}
