import { describe, expect, it } from 'vitest';
import { dateFromUrl } from '../../../src/briefing/ingest/dateFromUrl.js';

describe('dateFromUrl: addresses that hold no publication date', () => {
  it('GIVEN an article id `/article/12779291` or `/news/20231299` (no such day) THEN null', () => {
    expect(dateFromUrl('https://www.trtworld.com/article/12779291')).toBeNull();
    expect(dateFromUrl('https://example.com/news/20231299')).toBeNull();
  });
  it('GIVEN a later Reuters id with no day in it (`…-idUSKCN1V51RR`) or digits after `-id` that are no Reuters id THEN null', () => {
    expect(dateFromUrl('https://www.reuters.com/article/us-usa-trade-idUSKCN1V51RR')).toBeNull();
    expect(dateFromUrl('http://example.com/a/b-id12345678920130408')).toBeNull();
  });
  it('GIVEN a bare year `/2019/` or `/elections-2024/` THEN null (archive and section paths carry years)', () => {
    expect(dateFromUrl('https://ukpollingreport.co.uk/blog/archives/2019/')).toBeNull();
    expect(dateFromUrl('https://thefederal.com/category/elections-2024/bjp-vote-share-125556')).toBeNull();
  });
  it('GIVEN a date in the host or the query, an impossible day, or no address THEN null', () => {
    expect(dateFromUrl('https://2019-09-12.example.com/story')).toBeNull();
    expect(dateFromUrl('https://example.com/story?from=2019/09/12')).toBeNull();
    expect(dateFromUrl('https://example.com/2019/02/30/story')).toBeNull();
    expect(dateFromUrl('not an address /2019/09/12/')).toBeNull();
  });
  it('GIVEN a number ending a slug that is no day (`…-20231399`), or two-digit segments that are no month and day THEN null', () => {
    expect(dateFromUrl('https://example.com/news/storm-hits-coast-20231399')).toBeNull();
    expect(dateFromUrl('https://example.com/gallery/13/15/23/photos')).toBeNull();
    expect(dateFromUrl('https://example.com/news/02/30/23/story')).toBeNull();
  });
});
