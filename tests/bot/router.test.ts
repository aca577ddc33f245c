import { describe, expect, it } from 'vitest';
import { fitEmbed, LIMITS } from '../../src/bot/answers/discordLimits.js';
import { readOptions, sanitiseChoices } from '../../src/bot/router.js';

describe('router helpers', () => {
  it('GIVEN 40 choices with long names and a duplicate THEN 25 unique choices with names of at most 100 characters remain', () => {
    const choices = Array.from({ length: 40 }, (_, i) => ({ name: `${'n'.repeat(150)} ${i}`, value: `v${i % 39}` }));
    const out = sanitiseChoices(choices);
    expect(out.length).toBe(LIMITS.autocompleteChoices);
    expect(new Set(out.map((c) => c.value)).size).toBe(out.length);
    for (const c of out) expect(c.name.length).toBeLessThanOrEqual(100);
  });

  it('GIVEN nested options THEN they flatten to name → value', () => {
    expect(readOptions([{ name: 'topic', type: 3, value: 'x' }, { name: 'sub', type: 1, options: [{ name: 'n', type: 4, value: 2 }] }])).toEqual({ topic: 'x', n: 2 });
  });

  it('GIVEN an embed over every limit THEN fitEmbed brings it within Discord limits', () => {
    const e = fitEmbed({ title: 't'.repeat(300), description: 'd'.repeat(5000), fields: Array.from({ length: 30 }, () => ({ name: 'n'.repeat(300), value: 'v'.repeat(1100) })), footer: { text: 'f'.repeat(2100) } });
    expect(e.title!.length).toBeLessThanOrEqual(LIMITS.embedTitle);
    expect(e.fields!.length).toBeLessThanOrEqual(LIMITS.embedFields);
    const total = e.title!.length + e.description!.length + e.footer!.text.length + e.fields!.reduce((s, f) => s + f.name.length + f.value.length, 0);
    expect(total).toBeLessThanOrEqual(LIMITS.embedTotal);
  });
});
