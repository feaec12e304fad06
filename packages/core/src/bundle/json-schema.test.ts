import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { campaignBundleJsonSchema } from './json-schema';

const committedPath = join(import.meta.dirname, '../../../../docs/campaign-bundle.schema.json');

/**
 * Regenerate with:
 *   LANTOA_WRITE_BUNDLE_SCHEMA=1 npx vitest run --project unit packages/core/src/bundle/json-schema.test.ts
 *   npx biome format --write docs/campaign-bundle.schema.json
 */
describe('docs/campaign-bundle.schema.json', () => {
  const generated = `${JSON.stringify(campaignBundleJsonSchema(), null, 2)}\n`;
  if (process.env.LANTOA_WRITE_BUNDLE_SCHEMA === '1') writeFileSync(committedPath, generated);

  it('is the JSON Schema generated from the zod schema', () => {
    expect(JSON.parse(readFileSync(committedPath, 'utf8'))).toEqual(JSON.parse(generated));
  });

  it('describes the sections and rejects unknown fields', () => {
    const schema = campaignBundleJsonSchema() as {
      required: string[];
      additionalProperties: boolean;
      patternProperties: Record<string, unknown>;
      properties: { posts: { items: { additionalProperties: boolean; required: string[] } } };
    };
    expect(schema.required).toEqual(['campaign', 'accounts', 'posts']);
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.patternProperties)).toEqual(['^x-']);
    expect(schema.properties.posts.items.additionalProperties).toBe(false);
    expect(schema.properties.posts.items.required).toEqual(['id', 'account', 'published_at', 'snapshots']);
  });
});
