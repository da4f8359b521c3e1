/** GB 11643: 18-character resident ID number with its ISO 7064 MOD 11-2 check character. */
export function isResidentIdNumber(value: string): boolean {
  if (!/^\d{17}[\dX]$/.test(value)) return false;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((acc, w, i) => acc + w * Number(value[i]), 0);
  const check = '10X98765432'[sum % 11];
  const birth = value.slice(6, 14);
  const date = new Date(`${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}T00:00:00Z`);
  const validDate = !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10).replaceAll('-', '') === birth;
  return check === value[17] && validDate;
}

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** GB 32100: 18-character unified social credit code with its MOD 31 check character. */
export function isUnifiedSocialCreditCode(value: string): boolean {
  if (!/^[0-9A-HJ-NP-RTUWXY]{18}$/.test(value)) return false;
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const sum = weights.reduce((acc, w, i) => acc + w * USCC_CHARS.indexOf(value[i]), 0);
  return USCC_CHARS[(31 - (sum % 31)) % 31] === value[17];
}

/** Mainland mobile (1xxxxxxxxxx) or landline with area code (0xxx-xxxxxxx). */
export const isPhoneNumber = (value: string) => /^(1\d{10}|0\d{2,3}-?\d{7,8})$/.test(value);

/** A UUID as the database stores ids; anything else cannot name a row. */
export const isUuid = (s: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);
