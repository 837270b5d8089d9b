/**
 * The place-date line of an official document (Decree 30/2020/NĐ-CP): "Hải Phòng, ngày 25
 * tháng 5 năm 2024" — days under 10 and the months January and February take a leading zero.
 */
export function placeDateLine(place: string, day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  const dd = date < 10 ? `0${date}` : String(date);
  const mm = month <= 2 ? `0${month}` : String(month);
  return `${place}, ngày ${dd} tháng ${mm} năm ${year}`;
}
