// calendar arithmetic on day numbers: civil date conversion, weekdays, leap years and a printed month
function daysFromCivil(y, m, d) {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
function civilFromDays(z) {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}
const isLeap = (y) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const weekday = (days) => ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"][((days % 7) + 7) % 7];
for (const [y, m, d] of [[1970, 1, 1], [2000, 2, 29], [2024, 12, 31], [1969, 7, 20], [1600, 3, 1], [2100, 3, 1]]) {
  const days = daysFromCivil(y, m, d);
  console.log(y, m, d, days, weekday(days), civilFromDays(days).join("-"), isLeap(y), days * 86400000);
}
function printMonth(y, m) {
  const first = daysFromCivil(y, m, 1);
  const next = m === 12 ? daysFromCivil(y + 1, 1, 1) : daysFromCivil(y, m + 1, 1);
  const offset = (((first + 3) % 7) + 7) % 7;
  const cells = [...Array.from({ length: offset }, () => "  "), ...Array.from({ length: next - first }, (_, i) => String(i + 1).padStart(2))];
  console.log(`${y}-${String(m).padStart(2, "0")}`);
  console.log("Mo Tu We Th Fr Sa Su");
  for (const w of Array.from({ length: Math.ceil(cells.length / 7) }, (_, i) => i)) {
    console.log(cells.slice(w * 7, w * 7 + 7).join(" "));
  }
}
printMonth(2024, 2);
printMonth(2025, 6);
