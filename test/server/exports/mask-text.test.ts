import { expect, it } from 'vitest';
import { maskPersonalInText, safeName } from '../../../server/src/exports/export.service.js';

it('masks ID and phone numbers wherever they stand in a title', () => {
  const masked = maskPersonalInText(
    '证人ID110101199001011234 电话13812345678、+86 138-1234-5678，tel13900001111，座机0311-87654321，案号2026123',
  );
  for (const secret of ['110101199001011234', '13812345678', '138-1234-5678', '13900001111', '87654321'])
    expect(masked).not.toContain(secret);
  expect(masked).toContain('110101********1234');
  expect(masked).toContain('案号2026123');
});

it('keeps file names within 150 bytes of UTF-8 and free of path characters', () => {
  const name = safeName(`${'现场执法'.repeat(60)}/..\\:*?`);
  expect(Buffer.byteLength(name, 'utf8')).toBeLessThanOrEqual(150);
  expect(name).not.toMatch(/[/\\:*?]/);
  expect(safeName(' ... ')).toBe('未命名');
});
