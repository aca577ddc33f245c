/**
 * A date written in a file name (`spacewar-2007-04-23-russia.txt` → `2007-04-23`,
 * `2016_06_23` → `2016-06-23`, `archive-2019.txt` → `2019`), used only to infer a year that
 * no dateline on the page gives. Null when the name holds no plausible date (years 1900–2099).
 */
export function dateHintFromName(name: string): string | null {
  const base = name.split(/[\\/]/).pop() ?? name;
  const full = /(?:^|[^0-9])((?:19|20)\d{2})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?![0-9])/.exec(base);
  if (full) return `${full[1]}-${full[2]}-${full[3]}`;
  const year = /(?:^|[^0-9])((?:19|20)\d{2})(?![0-9])/.exec(base);
  return year ? year[1]! : null;
}
