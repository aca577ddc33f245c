import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every .ts file under `dir`. */
function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** C0 control characters other than tab, line feed and carriage return. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

describe('source text', () => {
  it('GIVEN every TypeScript file of src, bench, eval and scripts THEN none holds a control character (a `\\b` written through a script once became a literal backspace inside a pattern)', () => {
    const bad = ['src', 'bench', 'eval', 'scripts'].flatMap((d) => tsFiles(d)).filter((f) => CONTROL.test(readFileSync(f, 'utf8')));
    expect(bad).toEqual([]);
  });
});
