import { timeZoneOffsetMinutes } from '../../lib/zoned-time';

/** A `datetime-local` value ("2026-12-10T20:00") read in the workspace time zone, as an ISO instant. */
export function localInputToIso(value: string, timeZone: string): string {
  const asUtc = new Date(`${value}:00Z`);
  const offset = timeZoneOffsetMinutes(asUtc, timeZone);
  return new Date(asUtc.getTime() - offset * 60_000).toISOString();
}

/** An ISO instant as a `datetime-local` value in the workspace time zone. */
export function isoToLocalInput(iso: string, timeZone: string): string {
  const instant = new Date(iso);
  const offset = timeZoneOffsetMinutes(instant, timeZone);
  return new Date(instant.getTime() + offset * 60_000).toISOString().slice(0, 16);
}
