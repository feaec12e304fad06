import { z } from 'zod';
import type { FeatureConfig } from './features';
import { CLASS_COUNT, SENTIMENT_LABELS } from './labels';

/** Trained weights: `weights[bucket * 3 + class]` × `weightScale`, classes in `SENTIMENT_LABELS` order. */
export interface SentimentModelData {
  features: FeatureConfig;
  weights: Int16Array;
  weightScale: number;
  /** Free-form provenance: training sets, date, hyper-parameters. */
  metadata: Record<string, string | number | boolean>;
}

const MAGIC = 'LTSM';
const FORMAT_VERSION = 1;
const PREFIX_BYTES = 12;

const headerSchema = z.object({
  labels: z.tuple([z.literal('negative'), z.literal('neutral'), z.literal('positive')]),
  features: z.object({
    hashBits: z.number().int().min(10).max(24),
    charNgramMin: z.number().int().min(1).max(8),
    charNgramMax: z.number().int().min(1).max(8),
    lexicon: z.record(z.string(), z.number()),
    sparseScale: z.object({ vi: z.number(), en: z.number(), other: z.number() }).partial(),
  }),
  weightScale: z.number().positive(),
  metadata: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
});

/**
 * Binary layout: "LTSM", uint32 format version, uint32 header length, the JSON header (padded with
 * spaces to an even length), then little-endian int16 weights.
 */
export function encodeSentimentModel(model: SentimentModelData): Uint8Array {
  const header = JSON.stringify({
    labels: SENTIMENT_LABELS,
    features: model.features,
    weightScale: model.weightScale,
    metadata: model.metadata,
  });
  let headerBytes = new TextEncoder().encode(header);
  if (headerBytes.length % 2 === 1) headerBytes = new TextEncoder().encode(`${header} `);
  const bytes = new Uint8Array(PREFIX_BYTES + headerBytes.length + model.weights.length * 2);
  const view = new DataView(bytes.buffer);
  bytes.set(new TextEncoder().encode(MAGIC), 0);
  view.setUint32(4, FORMAT_VERSION, true);
  view.setUint32(8, headerBytes.length, true);
  bytes.set(headerBytes, PREFIX_BYTES);
  const weightsOffset = PREFIX_BYTES + headerBytes.length;
  for (let i = 0; i < model.weights.length; i++)
    view.setInt16(weightsOffset + i * 2, model.weights[i]!, true);
  return bytes;
}

export function decodeSentimentModel(bytes: Uint8Array): SentimentModelData {
  if (bytes.length < PREFIX_BYTES || new TextDecoder().decode(bytes.subarray(0, 4)) !== MAGIC) {
    throw new Error('Not a Lantoa sentiment model (missing "LTSM" signature).');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(4, true);
  if (version !== FORMAT_VERSION) throw new Error(`Unsupported sentiment model format version ${version}.`);
  const headerLength = view.getUint32(8, true);
  const headerJson = new TextDecoder().decode(bytes.subarray(PREFIX_BYTES, PREFIX_BYTES + headerLength));
  const header = headerSchema.parse(JSON.parse(headerJson));
  const count = (1 << header.features.hashBits) * CLASS_COUNT;
  const weightsOffset = PREFIX_BYTES + headerLength;
  if (bytes.length !== weightsOffset + count * 2) {
    throw new Error(`Sentiment model is truncated or corrupt: expected ${count} weights.`);
  }
  const weights = new Int16Array(count);
  const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
  if (littleEndian) {
    new Uint8Array(weights.buffer).set(bytes.subarray(weightsOffset, weightsOffset + count * 2));
  } else {
    for (let i = 0; i < count; i++) weights[i] = view.getInt16(weightsOffset + i * 2, true);
  }
  return { features: header.features, weights, weightScale: header.weightScale, metadata: header.metadata };
}
