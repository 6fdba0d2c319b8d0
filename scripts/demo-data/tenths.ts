/** Formats a non-negative amount held in tenths: 1234 -> "123.4", 1230 -> "123". */
export function formatTenths(tenths: number): string {
  const whole = Math.floor(tenths / 10);
  const rest = tenths % 10;
  return rest === 0 ? String(whole) : `${whole}.${rest}`;
}
