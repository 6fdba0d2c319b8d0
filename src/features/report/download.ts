/** Hands a generated file to the browser as a download. */
export const MIME = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

export function saveFile(bytes: Uint8Array, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: some browsers read the URL after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** An ASCII file name from unit code and period: "thong-bao-058-2022-01_2023-05". */
export const fileStem = (unitCode: string, period: string): string => `thong-bao-ket-luan-${unitCode}-${period}`.replace(/[^0-9A-Za-z._-]/g, '_');
