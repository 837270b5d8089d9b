import vi from '@/messages/vi.json';

type DateParts = { place: string; day: string; month: string; year: string };

/** The Vietnamese pattern of the messages, "{place}, ngày {day} tháng {month} năm {year}". */
const vietnamese = (parts: DateParts) =>
  vi.reports.officialDocument.placeDate.replace(
    /\{(place|day|month|year)\}/g,
    (_, key: keyof DateParts) => parts[key],
  );

/**
 * The place-date line of an official document (Decree 30/2020/NĐ-CP, Hướng dẫn 36-HD/VPTW):
 * "Hải Phòng, ngày 25 tháng 5 năm 2024" — days under 10 and the months January and February
 * take a leading zero. `format` words it (the messages' `reports.officialDocument.placeDate`).
 */
export function placeDateLine(
  place: string,
  isoDay: string,
  format: (parts: DateParts) => string = vietnamese,
): string {
  const [year, month, date] = isoDay.split('-').map(Number);
  return format({
    place,
    day: date < 10 ? `0${date}` : String(date),
    month: month <= 2 ? `0${month}` : String(month),
    year: String(year),
  });
}
