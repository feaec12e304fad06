import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { foldDiacritics } from '../text/fold';
import { SentimentModel } from './model';
import { decodeSentimentModel, encodeSentimentModel } from './model-format';

const modelPath = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../models/sentiment/lantoa-sentiment.bin',
);
const bytes = readFileSync(modelPath);
const model = SentimentModel.fromBytes(bytes);

describe('shipped sentiment model', () => {
  it('loads in well under a second', () => {
    const started = performance.now();
    SentimentModel.fromBytes(readFileSync(modelPath));
    expect(performance.now() - started).toBeLessThan(500);
  });

  it.each([
    ['sản phẩm rất tốt, giao hàng nhanh', 'positive'],
    ['hàng giả, đừng mua', 'negative'],
    ['chất lượng kém, thất vọng quá', 'negative'],
    ['shop tư vấn nhiệt tình, đóng gói cẩn thận 😍', 'positive'],
    ['I love this, amazing quality!', 'positive'],
    ['worst purchase ever, total waste of money', 'negative'],
  ] as const)('classifies %j as %s', (text, expected) => {
    expect(model.predict(text).label).toBe(expected);
  });

  it.each(['sản phẩm rất tốt, giao hàng nhanh', 'hàng giả, đừng mua', 'chất lượng kém, thất vọng quá'])(
    'gives the same class without diacritics: %j',
    (text) => {
      expect(model.predict(foldDiacritics(text)).label).toBe(model.predict(text).label);
    },
  );

  it('understands teencode and negation', () => {
    expect(model.predict('sp dùng ok, mik rất thik').label).toBe('positive');
    expect(model.predict('ko ngon, ko đáng tiền').label).toBe('negative');
    expect(model.predict('ngon').score).toBeGreaterThan(model.predict('không ngon').score);
  });

  it('returns probabilities that sum to one and a score in [-1, 1]', () => {
    const prediction = model.predict('bình thường');
    const { negative, neutral, positive } = prediction.probabilities;
    expect(negative + neutral + positive).toBeCloseTo(1, 10);
    expect(prediction.score).toBeCloseTo(positive - negative, 10);
    expect(Math.abs(prediction.score)).toBeLessThanOrEqual(1);
  });

  it('reports the language it used', () => {
    expect(model.predict('giao hàng nhanh').lang).toBe('vi');
    expect(model.predict('fast delivery, great seller').lang).toBe('en');
    expect(model.predict('fast delivery', 'vi').lang).toBe('vi');
  });
});

describe('model format', () => {
  it('round-trips through bytes', () => {
    const decoded = decodeSentimentModel(encodeSentimentModel(model.data));
    expect(decoded.weightScale).toBe(model.data.weightScale);
    expect(decoded.features).toEqual(model.data.features);
    expect(Array.from(decoded.weights.subarray(0, 1000))).toEqual(
      Array.from(model.data.weights.subarray(0, 1000)),
    );
  });
  it('rejects bytes that are not a model', () => {
    expect(() => decodeSentimentModel(new TextEncoder().encode('hello world, not a model'))).toThrow(/LTSM/);
  });
  it('rejects a truncated model', () => {
    expect(() => decodeSentimentModel(bytes.subarray(0, bytes.length - 10))).toThrow(/truncated/);
  });
});
