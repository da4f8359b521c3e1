import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { messages } from '../../admin/src/i18n/index.js';

/**
 * A form shows a server refusal on the field it names with the message `<prefix>.<field>`. The
 * keys are built at run time, so a missing one shows its raw key (er.validation.evidence) in the
 * form instead of words. This reads every place in the console that maps refused fields to keys,
 * as written in the source, and checks that each key has Chinese and English words.
 */
function sources(): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== 'gql') walk(file);
      else if (/\.tsx?$/.test(file)) files.set(file, fs.readFileSync(file, 'utf8'));
    }
  };
  walk(path.resolve('admin/src'));
  return files;
}

const strings = (list: string) => [...list.matchAll(/'([^']+)'/g)].map((m) => m[1]!);

/** A list argument: `['a', 'b']` written out, or the name of a `const NAME = [...]` in the same file. */
function listOf(arg: string, source: string, file: string): string[] {
  const literal = /^\[([^\]]*)\]$/s.exec(arg.trim());
  if (literal) return strings(literal[1]!);
  const named = new RegExp(`const ${arg.trim()}\\b[^=]*=\\s*(?:new Set\\()?\\[([^\\]]*)\\]`, 's').exec(source);
  if (!named) throw new Error(`${file}: cannot read the field list ${arg}`);
  return strings(named[1]!);
}

function fieldErrorKeys(): Map<string, string> {
  const keys = new Map<string, string>();
  for (const [file, source] of sources()) {
    const where = path.relative(process.cwd(), file);
    // inputErrorsUnder('prefix', ['a', …]) or inputErrorsUnder('prefix', CONSTANT); a wrapper's parameter is read below
    for (const m of source.matchAll(/inputErrorsUnder\(\s*'([^']+)'\s*,\s*(\[[^\]]*\]|[A-Z_]+)\s*\)/gs))
      for (const field of listOf(m[2]!, source, where)) keys.set(`${m[1]}.${field}`, where);
    // const wrapper = (fields) => inputErrorsUnder('prefix', fields), then wrapper([...]) or wrapper(NAME)
    for (const w of source.matchAll(/const (\w+) = \(\w+(?:: [^)]*)?\) => inputErrorsUnder\(\s*'([^']+)'/g))
      for (const call of source.matchAll(new RegExp(`${w[1]}\\((\\[[^\\]]*\\]|[A-Z_]+)\\)`, 'g')))
        for (const field of listOf(call[1]!, source, where)) keys.set(`${w[2]}.${field}`, where);
  }
  // fieldErrorsOf's default: the shared form fields under er.validation.
  const client = path.resolve('admin/src/graphql/client.ts');
  for (const field of listOf('FORM_FIELDS', fs.readFileSync(client, 'utf8'), client))
    keys.set(`er.validation.${field}`, 'admin/src/graphql/client.ts');
  return keys;
}

const lookup = (tree: unknown, key: string) =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);

it('has words in Chinese and English for every field a refusal can be shown on', () => {
  const keys = fieldErrorKeys();
  expect(keys.size).toBeGreaterThan(40);
  const missing = [...keys]
    .filter(([key]) => typeof lookup(messages.zh, key) !== 'string' || typeof lookup(messages.en, key) !== 'string')
    .map(([key, file]) => `${key} (${file})`);
  expect(missing).toEqual([]);
});
