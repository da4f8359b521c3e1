import type { Validator } from 'react-admin';

/** The server's password policy, checked before sending: 8–128 characters with letters and digits. */
export const passwordPolicy: Validator = (value: unknown) =>
  typeof value === 'string' && (value.length < 8 || value.length > 128 || !/[A-Za-z]/.test(value) || !/\d/.test(value))
    ? 'er.validation.password'
    : undefined;
