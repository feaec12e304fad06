import { type CellRead, isTotalLabel, readDuration, readRate, splitSourceMedium } from './ga4-cells';
import { blankToNull, type FieldProblem, type ImportKindSpec } from './kind-spec';
import { parseVietnamTime } from './parse-time';
import { type ImportProblem, importProblem } from './problem-codes';
import { readCount } from './read-metric';

export const GA4_FIELDS = [
  'campaign',
  'date',
  'sourceMedium',
  'source',
  'medium',
  'utmCampaign',
  'content',
  'sessions',
  'engagedSessions',
  'bounceRate',
  'engagementRate',
  'avgEngagementTime',
  'engagementTime',
] as const;
export type Ga4Field = (typeof GA4_FIELDS)[number];

/** One row of a GA4 export as landing-page analytics of the campaign chosen for the file. */
export interface Ga4Row {
  /** Lantoa campaign id, chosen for the whole file ('' until it is chosen; the mapping then reports it). */
  campaignId: string;
  /** The day (Vietnam midnight) of a Date column; null when the export has none (the whole period). */
  date: Date | null;
  source: string | null;
  medium: string | null;
  utmCampaign: string | null;
  /** utm_content ("Session manual ad content"). */
  content: string | null;
  sessions: number;
  /** Sessions × bounce rate, or sessions − engaged sessions; null when the export gives neither. */
  bounces: number | null;
  /** Total engagement seconds: average per session × sessions, or the export's total; null when absent. */
  timeOnPageS: number | null;
}

/** Header texts of GA4 exports in its English and Vietnamese interfaces (and the raw API names). */
/** The columns that say what a row counts; a row with all of them blank is the export's total. */
const DIMENSIONS = ['date', 'sourceMedium', 'source', 'medium', 'utmCampaign', 'content'] as const;

const SYNONYMS: Record<Ga4Field, readonly string[]> = {
  campaign: [],
  date: ['date', 'ngày', 'day'],
  sourceMedium: [
    'session source / medium',
    'nguồn / phương tiện của phiên',
    'nguồn/phương tiện của phiên',
    'source / medium',
    'nguồn / phương tiện',
    'sessionSourceMedium',
  ],
  source: ['session source', 'nguồn của phiên', 'source', 'nguồn', 'utm_source', 'sessionSource'],
  medium: ['session medium', 'phương tiện của phiên', 'medium', 'phương tiện', 'utm_medium', 'sessionMedium'],
  utmCampaign: [
    'session campaign',
    'chiến dịch của phiên',
    'session campaign name',
    'tên chiến dịch của phiên',
    'utm_campaign',
    'campaign',
    'sessionCampaignName',
  ],
  content: [
    'session manual ad content',
    'nội dung quảng cáo thủ công của phiên',
    'nội dung quảng cáo thủ công',
    'manual ad content',
    'utm_content',
    'ad content',
    'sessionManualAdContent',
  ],
  sessions: ['sessions', 'phiên', 'số phiên', 'lượt phiên'],
  engagedSessions: ['engaged sessions', 'phiên tương tác', 'số phiên tương tác', 'phiên có tương tác'],
  bounceRate: ['bounce rate', 'tỷ lệ thoát', 'tỉ lệ thoát', 'bounceRate'],
  engagementRate: ['engagement rate', 'tỷ lệ tương tác', 'tỉ lệ tương tác', 'engagementRate'],
  avgEngagementTime: [
    'average engagement time per session',
    'thời gian tương tác trung bình mỗi phiên',
    'thời gian tương tác trung bình trên mỗi phiên',
    'thời gian tương tác trung bình',
    'average engagement time',
    'avg engagement time',
    'avg session duration',
    'average session duration',
    'thời lượng phiên trung bình',
  ],
  engagementTime: [
    'user engagement',
    'mức độ tương tác của người dùng',
    'thời gian tương tác của người dùng',
    'userEngagementDuration',
  ],
};

function take<T>(read: CellRead<T>, column: string, problems: FieldProblem[]): T | null {
  if ('error' in read) {
    problems.push({ column, ...read.error });
    return null;
  }
  return read.value;
}

function countOrProblem(cell: string | undefined, column: string, problems: FieldProblem[]) {
  return take(readCount(cell), column, problems);
}

/**
 * GA4 "Download file → CSV/XLSX" exports (standard reports and explorations). Bounces and total time come from
 * the rates and averages the export shows: bounces = sessions × bounce rate (else sessions × (1 − engagement
 * rate), else sessions − engaged sessions); time = average engagement time × sessions (else the total column).
 */
export const ga4Kind: ImportKindSpec<Ga4Field, Ga4Row> = {
  id: 'ga4',
  fields: GA4_FIELDS,
  synonyms: SYNONYMS,
  skipsCommentLines: true,
  missingInMapping: (mapped) => {
    const missing: ImportProblem[] = [];
    if (!mapped.has('campaign')) missing.push(importProblem('map_campaign'));
    if (!mapped.has('sessions')) missing.push(importProblem('map_sessions'));
    return missing;
  },
  validateRow: (cells, columnOf) => {
    const problems: FieldProblem[] = [];
    const firstDimension = [cells.sourceMedium, cells.source, cells.utmCampaign, cells.content, cells.date]
      .map(blankToNull)
      .find((value) => value !== null);
    const mappedDimensions = DIMENSIONS.filter((field) => cells[field] !== undefined);
    const unnamed =
      mappedDimensions.length > 0 && mappedDimensions.every((field) => !blankToNull(cells[field]));
    if (isTotalLabel(firstDimension ?? null) || unnamed)
      return {
        ok: false,
        problems: [{ column: columnOf('sessions'), ...importProblem('total_row') }],
      };
    // A missing campaign is a problem of the mapping (missingInMapping), reported once rather than on every row.
    const campaignId = blankToNull(cells.campaign) ?? '';
    const dateText = blankToNull(cells.date);
    const date = dateText ? parseVietnamTime(dateText) : null;
    if (dateText && !date)
      problems.push({
        column: columnOf('date'),
        ...importProblem(
          'not_a_date',
          { value: dateText, example: '20260301' },
          `"${dateText}" is not a date (GA4 writes 20260301)`,
        ),
      });
    const sessions = countOrProblem(cells.sessions, columnOf('sessions'), problems);
    if (sessions === null && !problems.some((p) => p.column === columnOf('sessions')))
      problems.push({ column: columnOf('sessions'), ...importProblem('missing_sessions') });
    const engaged = countOrProblem(cells.engagedSessions, columnOf('engagedSessions'), problems);
    const bounceRate = take(readRate(cells.bounceRate), columnOf('bounceRate'), problems);
    const engagementRate = take(readRate(cells.engagementRate), columnOf('engagementRate'), problems);
    const average = take(readDuration(cells.avgEngagementTime), columnOf('avgEngagementTime'), problems);
    const total = take(readDuration(cells.engagementTime), columnOf('engagementTime'), problems);
    if (sessions !== null && engaged !== null && engaged > sessions)
      problems.push({
        column: columnOf('engagedSessions'),
        ...importProblem('engaged_above_sessions', { engaged, sessions }),
      });
    if (problems.length > 0 || sessions === null) return { ok: false, problems };
    const split = splitSourceMedium(blankToNull(cells.sourceMedium));
    return {
      ok: true,
      row: {
        campaignId,
        date,
        source: blankToNull(cells.source) ?? split.source,
        medium: blankToNull(cells.medium) ?? split.medium,
        utmCampaign: blankToNull(cells.utmCampaign),
        content: blankToNull(cells.content),
        sessions,
        bounces: bouncesOf(sessions, bounceRate, engagementRate, engaged),
        timeOnPageS: average !== null ? round2(average * sessions) : total,
      },
    };
  },
  duplicateOf: {
    field: 'sessions',
    key: ga4RowKey,
    problem: (firstRow) => importProblem('duplicate_ga4_row', { row: firstRow }),
  },
};

/** What makes a GA4 row the same row in a later export of the same campaign. */
export function ga4RowKey(row: Ga4Row): string {
  return [row.date?.toISOString() ?? '', row.source, row.medium, row.utmCampaign, row.content]
    .map((part) => part ?? '')
    .join('\u001f');
}

function bouncesOf(
  sessions: number,
  bounceRate: number | null,
  engagementRate: number | null,
  engaged: number | null,
): number | null {
  if (bounceRate !== null) return Math.round(sessions * bounceRate);
  if (engagementRate !== null) return Math.round(sessions * (1 - engagementRate));
  if (engaged !== null) return sessions - engaged;
  return null;
}

const round2 = (value: number) => Math.round(value * 100) / 100;
