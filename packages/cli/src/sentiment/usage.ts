export const SENTIMENT_USAGE = `Usage:
  lantoa sentiment [--lang auto|vi|en] [--input FILE] [--model FILE] < comments.csv > scored.csv
  lantoa sentiment train --input labelled.csv --out my-model.bin [--epochs N] [--bits N]
  lantoa sentiment rescore [--workspace ID]

Scoring reads a CSV with a "text" column (stdin, or --input) and writes the same CSV to stdout, every
row in order and unchanged, with "sentiment" (positive|neutral|negative), "score" (P(positive) −
P(negative), −1 … 1) and "lang" (the language used: vi|en|other) appended.

Malformed rows are reported on stderr with their line number: a row with the wrong number of columns is
still written, unchanged, with empty result columns; a row whose quoting is broken cannot be written
back and is only reported. Blank lines are skipped. Exit codes: 0 ok, 1 some rows were malformed,
2 usage error or no "text" column.

Training reads a CSV with "text" and "label" columns (positive|neutral|negative, also pos/neu/neg and
1/0/-1) and writes a model file to use with --model; point the server's SENTIMENT_MODEL_PATH at it to
score new comments with it.

Rescore runs the comment scoring job over every comment of the workspace (the only one, or --workspace)
that the configured model (SENTIMENT_MODEL_PATH, else the built-in one) has not scored, in this
installation's database (DATABASE_URL or DATA_DIR, as for the server; stop the server first when it uses
the embedded database).`;
