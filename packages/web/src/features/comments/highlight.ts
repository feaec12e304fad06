export interface Span {
  start: number;
  end: number;
}

export interface Segment {
  text: string;
  marked: boolean;
  /** Offset of the segment in the NFC text: a stable key. */
  start: number;
}

/** Splits `text` (NFC, as the server tagged it) into plain and marked segments; overlapping spans merge. */
export function highlightSegments(text: string, spans: readonly Span[]): Segment[] {
  const normalized = text.normalize('NFC');
  const sorted = spans
    .filter((s) => s.start >= 0 && s.end <= normalized.length && s.start < s.end)
    .sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  const segments: Segment[] = [];
  let position = 0;
  for (const span of merged) {
    if (span.start > position)
      segments.push({ text: normalized.slice(position, span.start), marked: false, start: position });
    segments.push({ text: normalized.slice(span.start, span.end), marked: true, start: span.start });
    position = span.end;
  }
  if (position < normalized.length)
    segments.push({ text: normalized.slice(position), marked: false, start: position });
  return segments;
}
