import { median } from './median';
import type { KpiResult } from './result';
import { settle } from './result-builder';
import { campaignOnlyReason, type ScopeView } from './scope-view';

const NONE = Number.NEGATIVE_INFINITY;

/** % of answers 9–10 minus % of answers 0–6. */
export function evaluateNps(scope: ScopeView, result: KpiResult): KpiResult {
  const notHere = campaignOnlyReason(scope, 'NPS answers');
  if (notHere) return settle(result, null, notHere, NONE);
  const answers = scope.prepared.dataset.npsAnswers ?? [];
  let promoters = 0;
  let detractors = 0;
  for (const answer of answers) {
    if (answer >= 9) promoters++;
    else if (answer <= 6) detractors++;
  }
  result.inputs = { answers: answers.length, promoters, detractors };
  if (answers.length === 0) return settle(result, null, 'no NPS answers recorded', NONE);
  return settle(result, ((promoters - detractors) / answers.length) * 100, undefined, NONE);
}

/** Median minutes from an inbound message (within the range) to the brand's first reply. */
export function evaluateResponseTime(scope: ScopeView, result: KpiResult): KpiResult {
  const notHere = campaignOnlyReason(scope, 'response times');
  if (notHere) return settle(result, null, notHere, NONE);
  const { range } = scope.prepared;
  const entries = (scope.prepared.dataset.responseTimes ?? []).filter(
    (entry) =>
      (range.from === undefined || entry.inboundAt >= range.from) &&
      (range.to === undefined || entry.inboundAt <= range.to),
  );
  const minutes: number[] = [];
  let newest = NONE;
  for (const entry of entries) {
    const replyAt = entry.firstReplyAt;
    if (replyAt === null || replyAt === undefined) continue;
    if (range.to !== undefined && replyAt > range.to) continue;
    minutes.push((replyAt - entry.inboundAt) / 60_000);
    if (replyAt > newest) newest = replyAt;
  }
  result.inputs = { answered: minutes.length, unanswered: entries.length - minutes.length };
  if (minutes.length === 0) {
    const reason = entries.length === 0 ? 'no response times recorded' : 'no inbound message was answered';
    return settle(result, null, reason, newest);
  }
  return settle(result, median(Float64Array.from(minutes)), undefined, newest);
}
