import { describe, expect, it } from 'vitest';
import { analyseDates } from '../../../../src/briefing/analyse/dates/index.js';
import type { Article } from '../../../../src/briefing/types.js';

const article = (paragraphs: string[]): Article => ({
  id: 'spacewar#4', file: 'spacewar.txt', headline: null, byline: null, place: 'Moscow', agency: 'AFNS', date: '2007-04-23', teaser: false, paragraphs, url: null,
});

describe('timeline events: sentences that date nothing', () => {
  it('GIVEN a rhetorical question with years (from the sample page) THEN no event, while the dated statement next to it is one', () => {
    const { events, timexes } = analyseDates([
      article([
        '"Indeed, who can say in 2007, what states or groups may have such capabilities in 2017?" Gates said he last visited Moscow in 1992 as the director of the CIA.',
      ]),
    ]);
    // The tagger still tags the years (TIMEX3 has no notion of questions) …
    expect(timexes.map((t) => t.value)).toEqual(expect.arrayContaining(['2007', '2017', '1992']));
    // … but only the statement is a timeline event.
    expect(events.map((e) => e.date)).toEqual(['1992']);
  });

  it("GIVEN `today's … world` (the present age) THEN no event, while `today's meetings` is one", () => {
    const { events } = analyseDates([
      article([
        "In today's post-Cold War yet still challenging world, no longer is it presumed that one side must win.",
        "While today's meetings touched on a wide range of topics, he said, the primary focus was on missile defense.",
      ]),
    ]);
    expect(events.map((e) => e.text)).toEqual(["While today's meetings touched on a wide range of topics, he said, the primary focus was on missile defense."]);
  });
});

describe('timeline events: who an entry is about, not a clause opener or a cut name', () => {
  it('GIVEN sentences opening `Since January …`, `When Londoners go …`, `Before Friday’s …` THEN no entry is about `Since January`, `When Londoners` or `Before Friday`', () => {
    const { events } = analyseDates([
      article([
        'Since January last year, when the valley was flooded, the agency has fed 200,000 people.',
        'When Londoners go to the polls in May and vote for a mayor, more than half will pick a woman.',
        "Before Friday's announcement, it said it would consider keeping the plant open.",
      ]),
    ]);
    expect(events.length).toBeGreaterThanOrEqual(3);
    for (const e of events) expect(e.who ?? '').not.toMatch(/^(?:Since|When|Before)\b/);
  });

  it('GIVEN a long opening participle clause whose first comma falls at the end of the part read for a subject THEN the entry is not about a name cut in two', () => {
    const { events } = analyseDates([
      article([
        // (The part read for a subject is 120 characters: it ends inside `Reynolds`.)
        'Dhaka: Rejecting the suggestion of the visiting Deputy Assistant Secretary for South and East Asian Affairs, Thomas Reynolds that Bangladesh should define its rules, the Foreign Ministry today said the rules were clear.',
      ]),
    ]);
    expect(events.length).toBe(1);
    expect(['Thomas Reynolds', 'Foreign Ministry', null, undefined]).toContain(events[0]!.who);
  });
});

describe('timeline events: who is no opening word, nationality, contraction or origin', () => {
  it('GIVEN `In October another quake struck …`, `Many Peruvians are loath …`, `The Peruvian navy said Thursday …`, `I’ve had close calls this year …` and `The Ohio-based company is shifting … next year` THEN none of those entries is about anyone', () => {
    const { events } = analyseDates([
      article([
        'In October another series of quakes struck the island, killing 20 people.',
        'Many Peruvians are loath to hand power back to the party, which ruled until 2000.',
        'The Peruvian navy, which is overseeing the search, said Thursday that all pupils were accounted for.',
        'I’ve had a couple of close calls this year to get my win but it wasn’t to be.',
        'The Ohio-based company is shifting much of its station shipment to later next year.',
      ]),
    ]);
    expect(events.length).toBeGreaterThanOrEqual(5);
    for (const e of events) expect(e.who ?? null).toBeNull();
  });

  it('GIVEN `But Norda Research has had the best results since May 2011` and `This NOAA satellite image shows the storm on Saturday` THEN the opening word is left out of who', () => {
    const { events } = analyseDates([
      article(['But Norda Research has had most of the best results for the party since May 2011.', 'This NOAA satellite image shows the storm over the gulf on Saturday.']),
    ]);
    expect(events.map((e) => e.who)).toEqual(['Norda Research', 'NOAA']);
  });
});

describe('timeline events: who is no state, dateline in capitals, two-word nationality or compound adjective', () => {
  it('GIVEN `KNOXVILLE, Tenn. (WATE) – … on Sunday`, `GARDAÍ HAVE SAID … on Friday`, `Sri Lankan officials said Tuesday …` and `Hardest-hit Indonesia has raised its toll since Monday` THEN none names a state, capitals, a nationality or an adjective', () => {
    const { events } = analyseDates([
      article([
        'KNOXVILLE, Tenn. (WATE) – Fire officials say the three people inside escaped the blaze on Sunday.',
        'GARDAÍ HAVE SAID that a man was arrested on Friday after the protest.',
        'Sri Lankan officials said Tuesday that the waves had killed more than 18,000 people.',
        'Hardest-hit Indonesia has steadily raised its total since Monday.',
      ]),
    ]);
    expect(events).toHaveLength(4);
    expect(events.map((e) => e.who ?? null)).not.toContain('Tenn');
    expect(events.map((e) => e.who ?? null)).not.toContain('GARDAÍ HAVE SAID');
    expect(events.map((e) => e.who ?? null)).not.toContain('Sri Lankan');
    expect(events.map((e) => e.who ?? null)).not.toContain('Hardest-hit Indonesia');
  });
});

describe('timeline events: who is no lone body word, plural nationality or title word', () => {
  it('GIVEN `Ministry … on Sunday`, `South Africans were urged on Monday …` and `Minister of State for External Affairs Ana Roy said on Friday …` THEN who is none, none and Ana Roy', () => {
    const { events } = analyseDates([
      article([
        'Ministry officials emphasized here on Sunday that the matter was urgent.',
        'South Africans were urged on Monday to stay calm, Police Minister Ben Cole said.',
        'Minister of State for External Affairs Ana Roy said on Friday that India wanted peace.',
      ]),
    ]);
    const who = events.map((e) => e.who ?? null);
    expect(who).not.toContain('Ministry');
    expect(who).not.toContain('South Africans');
    expect(who).toContain('Ana Roy');
    expect(who).not.toContain('Affairs Ana Roy');
  });
});
