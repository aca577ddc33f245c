import { describe, expect, it } from 'vitest';
import { cli } from './captureCli.js';


describe('cli quote', () => {
  it('GIVEN the sample corpus and `Gates` THEN his quotes from all three reports, newest first, with agency, headline and date', async () => {
    const r = await cli(['quote', 'Gates', '--corpus', 'data']);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toMatch(/^Robert M\. Gates/);
    expect(r.out).toContain('The key to this is cooperation');
    expect(r.out).toContain('The days of the Cold War are over');
    const dates = [...r.out.matchAll(/, (\d{4}-\d{2}-\d{2})\n/g)].map((m) => m[1]!);
    expect(dates.length).toBeGreaterThan(20);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(r.out).toMatch(/AFNS, "Gates Announces Formation US-Russia Working Group On Missile Defense", 2007-04-24/);
  });

  it('GIVEN a transliteration and --json THEN {speaker, quotes} for the one merged speaker', async () => {
    const r = await cli(['quote', 'serdukov', '--corpus', 'data', '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as { speaker: { id: string; name: string; aliases: string[] }; quotes: { text: string; speakerId: string; date: string }[] };
    expect([j.speaker.name, ...j.speaker.aliases]).toEqual(expect.arrayContaining(['Anatoly Serdukov', 'Anatoliy Serdyukov']));
    expect(j.quotes.every((q) => q.speakerId === j.speaker.id)).toBe(true);
    expect(j.quotes.map((q) => q.text).join(' ')).toMatch(/remains unchanged[\s\S]*|remained basically unchanged/);
  });
});
