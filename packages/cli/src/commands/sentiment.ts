import { createReadStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import type { LanguageOption } from '@lantoa/core/sentiment';
import type { CommandIo } from '../command';
import { type OpenServices, openInstallationServices } from '../db/open-services';
import { loadSentimentModel } from '../sentiment/model-file';
import { runRescore } from '../sentiment/rescore';
import { scoreCsv } from '../sentiment/score-csv';
import { readLabelledCsv, trainFromExamples } from '../sentiment/train-csv';
import { SENTIMENT_USAGE } from '../sentiment/usage';

const EXIT_OK = 0;
const EXIT_MALFORMED_ROWS = 1;
const EXIT_USAGE = 2;
const LANGUAGES: readonly LanguageOption[] = ['auto', 'vi', 'en'];

function usageError(io: CommandIo, message: string): number {
  io.stderr.write(`${message}\n\n${SENTIMENT_USAGE}\n`);
  return EXIT_USAGE;
}

function openInput(io: CommandIo, file: string | undefined): Readable {
  return file ? createReadStream(file) : io.stdin;
}

async function runScore(args: string[], io: CommandIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      lang: { type: 'string', default: 'auto' },
      input: { type: 'string' },
      model: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout.write(`${SENTIMENT_USAGE}\n`);
    return EXIT_OK;
  }
  const lang = values.lang as LanguageOption;
  if (!LANGUAGES.includes(lang)) return usageError(io, `--lang must be one of ${LANGUAGES.join(', ')}`);
  const model = await loadSentimentModel(values.model);
  const result = await scoreCsv({
    input: openInput(io, values.input),
    output: io.stdout,
    errors: io.stderr,
    model,
    lang,
  });
  if (result.missingTextColumn) {
    io.stderr.write(
      `error: the input has no "text" column (columns: ${result.missingTextColumn.join(', ') || 'none'})\n`,
    );
    return EXIT_USAGE;
  }
  if (result.malformed > 0) {
    io.stderr.write(`${result.scored} rows scored, ${result.malformed} malformed rows (see above)\n`);
    return EXIT_MALFORMED_ROWS;
  }
  return EXIT_OK;
}

async function runTrain(args: string[], io: CommandIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      input: { type: 'string' },
      out: { type: 'string' },
      epochs: { type: 'string', default: '6' },
      bits: { type: 'string', default: '18' },
    },
  });
  if (!values.out) return usageError(io, 'sentiment train needs --out FILE');
  const epochs = Number(values.epochs);
  const hashBits = Number(values.bits);
  if (!Number.isInteger(epochs) || epochs < 1) return usageError(io, '--epochs must be a positive integer');
  if (!Number.isInteger(hashBits) || hashBits < 10 || hashBits > 24)
    return usageError(io, '--bits must be 10 … 24');
  const { examples, problem } = await readLabelledCsv(openInput(io, values.input), io.stderr);
  if (problem) return usageError(io, `error: ${problem}`);
  const trained = trainFromExamples(examples, { epochs, hashBits, source: values.input ?? 'stdin' });
  if (!trained.ok) return usageError(io, `error: ${trained.error}`);
  await writeFile(values.out, trained.bytes);
  const { negative, neutral, positive } = trained.counts;
  io.stderr.write(
    `trained on ${trained.examples} comments (positive ${positive}, neutral ${neutral}, negative ${negative}); ` +
      `training accuracy ${(trained.trainingAccuracy * 100).toFixed(1)} %; wrote ${values.out} ` +
      `(${(trained.bytes.length / 1024).toFixed(0)} KiB). Use it with --model ${values.out}\n`,
  );
  return EXIT_OK;
}

/**
 * `lantoa sentiment …` scores a CSV; `lantoa sentiment train …` fits a model on labelled comments;
 * `lantoa sentiment rescore …` re-scores a workspace's comments in this installation's database.
 */
export async function run(
  args: string[],
  io: CommandIo,
  open: OpenServices = openInstallationServices,
): Promise<number> {
  try {
    if (args[0] === 'train') return await runTrain(args.slice(1), io);
    if (args[0] === 'rescore') return await runRescore(args.slice(1), io, open);
    return await runScore(args, io);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) return usageError(io, message);
    io.stderr.write(`error: ${message}\n`);
    return EXIT_USAGE;
  }
}
