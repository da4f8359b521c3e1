import argon2 from 'argon2';
import { badInput } from '../common/errors.js';

/** Shortest accepted password. */
export const PASSWORD_MIN_LENGTH = 8;

/** Refuses weak passwords with a clear reason (BAD_USER_INPUT). */
export function checkPasswordPolicy(password: string): void {
  if (password.length < PASSWORD_MIN_LENGTH || password.length > 128) {
    throw badInput(`Password must be ${PASSWORD_MIN_LENGTH} to 128 characters long`, { field: 'password' });
  }
  if (!/[A-Za-z]/.test(password) || !/[0-9]/.test(password)) {
    throw badInput('Password must contain letters and digits', { field: 'password' });
  }
}

/** argon2id with the library's defaults (OWASP-level memory cost). */
export const hashPassword = (password: string) => argon2.hash(password, { type: argon2.argon2id });

export const verifyPassword = (hash: string, password: string) => argon2.verify(hash, password).catch(() => false);

/** A valid hash of a random password, verified against when the user is unknown, so timing does not reveal it. */
let dummyHash: Promise<string> | undefined;
export const dummyPasswordHash = () => (dummyHash ??= hashPassword(`dummy-${Math.random()}`));
