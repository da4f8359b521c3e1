import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createSchema, SCHEMA_FILE } from '../schema.js';

/** `emit` writes schema.graphql; `check` fails when the committed file differs from the code. */
const mode = process.argv[2];
if (mode === 'emit') {
  await createSchema(SCHEMA_FILE);
  console.log(`wrote ${SCHEMA_FILE}`);
} else if (mode === 'check') {
  const tmp = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'schema-')), 'schema.graphql');
  await createSchema(tmp);
  const committed = fs.existsSync(SCHEMA_FILE) ? fs.readFileSync(SCHEMA_FILE, 'utf8') : '';
  if (committed !== fs.readFileSync(tmp, 'utf8')) {
    console.error('schema.graphql differs from what the code emits: run `npm run schema:emit` and commit it');
    process.exit(1);
  }
  console.log('schema.graphql is up to date');
} else {
  console.error('usage: schema.js emit|check');
  process.exit(2);
}
