/**
 * One CSV field: quoted, quotes doubled; a field that a spreadsheet would run as a formula
 * (starting with = + - @) is prefixed with an apostrophe so it stays text.
 */
function field(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** RFC 4180 CSV: a header row, then one line per row, CRLF line ends. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((cells) => cells.map(field).join(',')).join('\r\n') + '\r\n';
}

/**
 * A `blob:` URL for a CSV download; each new one revokes the last. A byte-order mark leads, so
 * spreadsheets read Arabic, Hindi or Chinese as UTF-8.
 */
export function csvDownloadUrl(): (csv: string) => string {
  let url = '';
  let shown = '';
  return (csv) => {
    if (csv === shown) return url;
    if (url) URL.revokeObjectURL(url);
    shown = csv;
    url = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
    return url;
  };
}
