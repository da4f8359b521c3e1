import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { enAudit } from '../../admin/src/i18n/enAudit.js';
import { zhAudit } from '../../admin/src/i18n/zhAudit.js';

/** Every `action: 'module.verb'` the server writes to the audit trail, read from its source. */
function serverActions(): string[] {
  const found = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (file.endsWith('.ts'))
        for (const m of fs.readFileSync(file, 'utf8').matchAll(/action: '([a-zA-Z]+\.[a-zA-Z]+)'/g)) found.add(m[1]!);
    }
  };
  walk(path.resolve('server/src'));
  return [...found].sort();
}

const named = (names: Record<string, Record<string, string>>, action: string) => {
  const [module, verb] = action.split('.') as [string, string];
  return names[module]?.[verb];
};

it('names every audited action in Chinese and English, so the trail never shows raw codes', () => {
  const actions = serverActions();
  expect(actions.length).toBeGreaterThan(30);
  const missing = actions.filter(
    (a) =>
      !named(zhAudit.actions as Record<string, Record<string, string>>, a) ||
      !named(enAudit.actions as Record<string, Record<string, string>>, a),
  );
  expect(missing).toEqual([]);
});
