import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseSentimentLabel, type SentimentLabel } from './labels';
import { SentimentModel } from './model';

const here = path.dirname(fileURLToPath(import.meta.url));
const bytes = readFileSync(path.resolve(here, '../../../../models/sentiment/lantoa-sentiment.bin'));
/** `text,label` lines; a text with a comma is quoted (the fixture has no quotes inside texts). */
const fixture = readFileSync(path.join(here, 'fixtures/social-questions.csv'), 'utf8')
  .split('\n')
  .slice(1)
  .filter((line) => line.trim() !== '')
  .map((line) => {
    const comma = line.lastIndexOf(',');
    const text = line.slice(0, comma).replace(/^"(.*)"$/, '$1');
    return { text, label: parseSentimentLabel(line.slice(comma + 1)) as SentimentLabel };
  });

function recall(model: SentimentModel, label: SentimentLabel): number {
  const items = fixture.filter((item) => item.label === label);
  return items.filter((item) => model.predict(item.text).label === label).length / items.length;
}

function accuracy(model: SentimentModel): number {
  return fixture.filter((item) => model.predict(item.text).label === item.label).length / fixture.length;
}

// Hand-labelled questions and requests as people type them under posts (fixtures/social-questions.csv, written
// before any tuning; never used to choose a setting).
describe('questions and requests in social comments', () => {
  it('has a labelled fixture of at least 60 comments with negative questions in it', () => {
    expect(fixture.length).toBeGreaterThanOrEqual(60);
    expect(fixture.every((item) => item.label !== null)).toBe(true);
    expect(fixture.filter((item) => item.label === 'negative').length).toBeGreaterThanOrEqual(10);
  });

  it('scores most of them right, with questions without an opinion neutral', () => {
    const model = SentimentModel.fromBytes(bytes);
    expect(accuracy(model)).toBeGreaterThanOrEqual(0.85);
    expect(recall(model, 'neutral')).toBeGreaterThanOrEqual(0.85);
    expect(recall(model, 'negative')).toBeGreaterThanOrEqual(0.7);
  });

  it('does better than the bare linear model, which reads polite questions as opinions', () => {
    const bare = SentimentModel.fromBytes(bytes, { neutralQuestions: false });
    expect(accuracy(SentimentModel.fromBytes(bytes))).toBeGreaterThan(accuracy(bare) + 0.2);
  });
});
