import { describe, expect, it } from 'vitest';
import { displayedProgress, isJobFinished, jobPollInterval } from './job-status';

describe('job polling', () => {
  it('polls every 500 ms until the job finishes', () => {
    expect(jobPollInterval(undefined)).toBe(500);
    expect(jobPollInterval({ status: 'queued' })).toBe(500);
    expect(jobPollInterval({ status: 'running' })).toBe(500);
    expect(jobPollInterval({ status: 'succeeded' })).toBe(false);
    expect(jobPollInterval({ status: 'failed' })).toBe(false);
    expect(isJobFinished({ status: 'cancelled' })).toBe(true);
  });

  it('draws a full bar once done and clamps odd progress values', () => {
    expect(displayedProgress({ status: 'succeeded', progress: 90 })).toBe(100);
    expect(displayedProgress({ status: 'running', progress: 140 })).toBe(100);
    expect(displayedProgress({ status: 'running', progress: 37 })).toBe(37);
    expect(displayedProgress({ status: 'queued', progress: 0 })).toBe(2);
    expect(displayedProgress({ status: 'running', progress: Number.NaN })).toBe(0);
  });
});
