import { z } from 'zod';
import { CampaignBundleSchema } from './schema';

/**
 * The JSON Schema of a campaign bundle, generated from the zod schema (committed as
 * docs/campaign-bundle.schema.json). Cross-references (unknown accounts, duplicate times…) are checked by
 * `parseCampaignBundle` only: JSON Schema cannot express them.
 */
export function campaignBundleJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(CampaignBundleSchema, { target: 'draft-2020-12', io: 'input' }) as Record<
    string,
    unknown
  >;
  schema.additionalProperties = false;
  schema.patternProperties = { '^x-': {} };
  return schema;
}
