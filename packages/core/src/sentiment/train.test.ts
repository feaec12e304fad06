import { describe, expect, it } from 'vitest';
import { SentimentModel } from './model';
import { decodeSentimentModel, encodeSentimentModel } from './model-format';
import { type LabelledText, trainSentimentModel } from './train';

const examples: LabelledText[] = [
  ...['tuyệt vời', 'rất thích', 'quá đẹp', 'ưng lắm', 'great product', 'love it'].map(
    (text): LabelledText => ({ text, label: 'positive' }),
  ),
  ...['tệ quá', 'thất vọng', 'rất xấu', 'hàng lỗi', 'terrible quality', 'hate it'].map(
    (text): LabelledText => ({ text, label: 'negative' }),
  ),
  ...['giao thứ hai', 'màu xanh', 'size m', 'hôm nay nhận', 'arrived monday', 'blue colour'].map(
    (text): LabelledText => ({ text, label: 'neutral' }),
  ),
];

describe('trainSentimentModel', () => {
  const data = trainSentimentModel(examples, {
    hashBits: 12,
    epochs: 30,
    learningRate: 0.5,
    foldedCopyShare: 1,
  });
  const model = new SentimentModel(data);

  it('fits a small labelled set', () => {
    const correct = examples.filter((example) => model.predict(example.text).label === example.label).length;
    expect(correct).toBe(examples.length);
  });

  it('learns the diacritic-free spelling from the folded copies', () => {
    expect(model.predict('that vong', 'vi').label).toBe('negative');
    expect(model.predict('tuyet voi', 'vi').label).toBe('positive');
  });

  it('is deterministic for a given seed', () => {
    const again = trainSentimentModel(examples, {
      hashBits: 12,
      epochs: 30,
      learningRate: 0.5,
      foldedCopyShare: 1,
    });
    expect(again.weightScale).toBe(data.weightScale);
    expect(Array.from(again.weights)).toEqual(Array.from(data.weights));
  });

  it('produces a model that survives encoding', () => {
    const reloaded = new SentimentModel(decodeSentimentModel(encodeSentimentModel(data)));
    expect(reloaded.predict('rất thích').probabilities).toEqual(model.predict('rất thích').probabilities);
  });
});
