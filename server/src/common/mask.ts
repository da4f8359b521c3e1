/**
 * Masks personal data for display, keeping enough to recognise it: an 18-character ID number
 * becomes 130533********1234, a mobile number 138****5678, an address its first half, at most six characters.
 */
export function maskPersonal(value: string): string {
  const chars = [...value];
  const n = chars.length;
  if (n >= 15) return chars.slice(0, 6).join('') + '*'.repeat(n - 10) + chars.slice(-4).join('');
  if (/^[\d -]+$/.test(value) && n >= 7)
    return chars.slice(0, 3).join('') + '*'.repeat(n - 7) + chars.slice(-4).join('');
  const keep = Math.min(6, Math.floor(n / 2));
  return chars.slice(0, keep).join('') + '****';
}
