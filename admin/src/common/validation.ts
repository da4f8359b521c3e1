import type { Validator } from 'react-admin';

/** The server's password policy, checked before sending: 8–128 characters with letters and digits. */
export const passwordPolicy: Validator = (value: unknown) =>
  typeof value === 'string' && (value.length < 8 || value.length > 128 || !/[A-Za-z]/.test(value) || !/\d/.test(value))
    ? 'er.validation.password'
    : undefined;

const RESIDENT_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CREDIT_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** GB 11643: an 18-character resident ID number with its check character. */
export function isResidentIdNumber(value: string): boolean {
  if (!/^\d{17}[\dX]$/.test(value)) return false;
  const sum = RESIDENT_WEIGHTS.reduce((acc, w, i) => acc + w * Number(value[i]), 0);
  return '10X98765432'[sum % 11] === value[17];
}

/** GB 32100: an 18-character unified social credit code with its check character. */
export function isCreditCode(value: string): boolean {
  if (!/^[0-9A-HJ-NP-RTUWXY]{18}$/.test(value)) return false;
  const sum = CREDIT_WEIGHTS.reduce((acc, w, i) => acc + w * CREDIT_CHARS.indexOf(value[i]), 0);
  return CREDIT_CHARS[(31 - (sum % 31)) % 31] === value[17];
}

const blank = (value: unknown) => typeof value !== 'string' || value.trim() === '';

/** The party's ID: a resident ID number for a person, a credit code for an organisation (optional). */
export const partyIdNumber =
  (kind: 'PERSON' | 'ORGANISATION'): Validator =>
  (value: unknown) => {
    if (blank(value)) return undefined;
    const id = String(value).trim().toUpperCase();
    if (kind === 'PERSON') return isResidentIdNumber(id) ? undefined : 'er.validation.resident_id';
    return isCreditCode(id) ? undefined : 'er.validation.credit_code';
  };

/** A mainland mobile number or a landline with its area code (optional). */
export const phoneNumber: Validator = (value: unknown) =>
  blank(value) || /^(1\d{10}|0\d{2,3}-?\d{7,8})$/.test(String(value).trim()) ? undefined : 'er.validation.phone';

/** A calendar date (YYYY-MM-DD) no later than today in the bureau. */
export const notAfter =
  (last: () => string): Validator =>
  (value: unknown) =>
    typeof value === 'string' && value > last() ? 'er.validation.future_date' : undefined;
