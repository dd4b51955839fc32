import { hash, verify } from '@node-rs/argon2';

/**
 * Passwords: argon2id with @node-rs/argon2's defaults (m = 19 MiB, t = 2, p = 1: OWASP's minimum),
 * at least 10 characters, no composition rules, and not one of the very common ones (ASVS 6.2).
 */
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 128;

// The most common passwords of 10+ characters in public breach lists, lower-cased.
const COMMON = new Set([
  '1234567890',
  '0123456789',
  '12345678910',
  '1q2w3e4r5t',
  '1qaz2wsx3edc',
  'qwertyuiop',
  'qwerty1234',
  'qwerty12345',
  'qwerty123456',
  'password12',
  'password123',
  'password1234',
  'password12345',
  'password!',
  'passw0rd12',
  'iloveyou12',
  'iloveyou123',
  'abcdefghij',
  'abc1234567',
  'abcd123456',
  '1111111111',
  '0000000000',
  '9876543210',
  'aaaaaaaaaa',
  'letmein123',
  'welcome123',
  'welcome1234',
  'changeme123',
  'football123',
  'baseball123',
  'sunshine123',
  'princess123',
  'dragon1234',
  'monkey1234',
  'asdfghjkl1',
  'asdfghjkl;',
  'zxcvbnm123',
  'q1w2e3r4t5',
  'handcheck123',
  'handcheck1234',
]);

/** A reason the password is refused, in plain words, or null when it is acceptable. */
export function passwordProblem(password: string, email: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH)
    return `must be at least ${MIN_PASSWORD_LENGTH} characters (a few words together are easy to remember)`;
  if (password.length > MAX_PASSWORD_LENGTH) return `must be at most ${MAX_PASSWORD_LENGTH} characters`;
  const lower = password.toLowerCase();
  if (COMMON.has(lower) || /^(.)\1+$/.test(password))
    return 'is one of the most common passwords; choose another';
  if (lower === email.toLowerCase() || lower === email.split('@')[0]?.toLowerCase())
    return 'must not be your email address';
  return null;
}

export const hashPassword = (password: string) => hash(password);

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

// Verified against when the email is unknown, so a wrong email takes as long as a wrong password.
let dummy: Promise<string> | undefined;
export function dummyHash(): Promise<string> {
  dummy ??= hash('not-a-real-password-for-timing');
  return dummy;
}
