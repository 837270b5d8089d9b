import { setClock } from '@/lib/clock';

/**
 * A clock for tests that write histories day by day: `setDay(day)` moves it to that day, a
 * minute after the last write of the same day, so that time never runs back (status periods
 * refuse to end before they start).
 */
export function forwardClock(startHour: number): (day: string) => void {
  let clockDay = '';
  let minute = 0;
  return (day: string) => {
    minute = day === clockDay ? minute + 1 : 0;
    clockDay = day;
    const hour = String(startHour + Math.floor(minute / 60)).padStart(2, '0');
    setClock(`${day}T${hour}:${String(minute % 60).padStart(2, '0')}:00+07:00`);
  };
}
