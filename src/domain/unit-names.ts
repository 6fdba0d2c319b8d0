/** Short unit names for crowded places (map labels, slide maps). */

/** "Xã Bằng Thành" → "Bằng Thành": the type word repeats what a map already says. */
export function shortName(name: string): string {
  const short = name.replace(/^(Tỉnh|Thành phố|Huyện|Thị xã|Phường|Xã|Thị trấn|Thôn|Bản|Tổ dân phố)\s+/u, '');
  // "Thôn 3" stays whole: a bare number says nothing.
  return short && !/^\d+$/.test(short) ? short : name;
}
