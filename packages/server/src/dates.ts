// Calendar dates as the registry writes them, `YYYY-MM-DD`: strings, never a JS Date that a time zone could shift.

/** Whether `value` is a day of the calendar written `YYYY-MM-DD` (2024-02-30 is not, nor is year 0000, which PostgreSQL has not). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || value.startsWith('0000')) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Today's date (UTC), written as the Date scalar writes dates. */
export function todayDate(): string {
  return new Date().toISOString().slice(0, 10);
}
