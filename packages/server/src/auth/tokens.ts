import { createHash, randomBytes, randomInt } from 'node:crypto';

/** 256 random bits, URL-safe. */
export const newToken = () => randomBytes(32).toString('base64url');

/** What the database keeps of a token: enough to recognise it, not to use it. */
export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

// No 0/O, 1/I/L: a code read aloud over the phone or copied from paper survives.
const SHARE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const SHARE_CODE_LENGTH = 8;

export function newShareCode(): string {
  let code = '';
  for (let i = 0; i < SHARE_CODE_LENGTH; i++) code += SHARE_ALPHABET[randomInt(SHARE_ALPHABET.length)];
  return code;
}

/** Upper-cases and drops spaces and dashes, so "abcd-efgh" and "ABCD EFGH" both work. */
export const normalizeShareCode = (code: string) => code.toUpperCase().replace(/[\s-]/g, '');
