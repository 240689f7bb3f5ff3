// @vitest-environment node
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { datasetSchema } from './dataset-schema';

// `npm run schema` regenerates the file (UPDATE_JSON_SCHEMA=1); this test fails when it is stale.
const SCHEMA_PATH = resolve(process.cwd(), 'public/data/plans.schema.json');

function generate(): string {
  const schema = z.toJSONSchema(datasetSchema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
  });
  const document = {
    ...schema,
    $id: 'plans.schema.json',
    title: 'UNODC–OSCE joint action plans dataset',
    description:
      'Generated from src/data/dataset-schema.ts by `npm run schema`. References between records (ids that must exist and be unique) are checked by the app, not by this schema.',
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

describe('the published JSON Schema', () => {
  it('matches the app’s own schema (run `npm run schema` after changing it)', () => {
    const generated = generate();
    if (process.env.UPDATE_JSON_SCHEMA) writeFileSync(SCHEMA_PATH, generated);
    expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(generated);
  });

  it('describes the top-level fields the README documents', () => {
    const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as { required: string[] };
    expect(schema.required).toEqual(
      expect.arrayContaining([
        'schemaVersion',
        'featuredPlanId',
        'themes',
        'sources',
        'plans',
        'quotes',
      ]),
    );
  });
});
