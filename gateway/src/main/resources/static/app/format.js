// Dates and times for people 14 hours apart: the caller's zone, Tokyo and Lima.
import { language, t } from './i18n.js';

export const TOKYO = 'Asia/Tokyo';
export const LIMA = 'America/Lima';

export function zoneOf(claims) {
  const zone = claims && claims.zoneinfo;
  try {
    if (zone) {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return zone;
    }
  } catch { /* an unknown zone: use the browser's */ }
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export function dateTime(instant, zone) {
  return new Intl.DateTimeFormat(language(), { dateStyle: 'medium', timeStyle: 'short', timeZone: zone }).format(new Date(instant));
}

/** A calendar date (yyyy-mm-dd) as such, with no time zone shift. */
export function date(isoDate) {
  if (!isoDate) return '';
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat(language(), { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

export function percent(share) {
  return new Intl.NumberFormat(language(), { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** "(next day)" when the meeting falls on another calendar day in that zone than at the venue. */
export function dayShift(instant, zone, venueZone) {
  const day = z => new Intl.DateTimeFormat('en-CA', { timeZone: z, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(instant));
  const here = day(zone);
  const there = day(venueZone);
  return here > there ? ` ${t('nextDay')}` : here < there ? ` ${t('prevDay')}` : '';
}

/** The sides an entry belongs to as the language lists them: "Japan and Peru", "Japón y Perú". */
export function sides(codes) {
  return new Intl.ListFormat(language(), { type: 'conjunction' }).format(codes.map(code => t(code)));
}
