import { describe, expect, it } from 'vitest';
import { readJsonRecords } from '../../../src/briefing/ingest/readJsonRecords.js';
import { readFeed } from '../../../src/briefing/ingest/readFeed.js';
import { recordDate } from '../../../src/briefing/ingest/recordToArticle.js';

describe('readJsonRecords', () => {
  it('GIVEN an array of records with a dateline in the body THEN each is an article with the dateline parsed out', () => {
    const json = JSON.stringify([
      { headline: 'Poles oppose shield', date: '2007-04-23T08:00:00Z', body: 'Warsaw (AFP) April 23 - Six out of 10 Poles oppose a US plan.\n\nThe poll was published on Monday.', url: 'https://example.com/a' },
      { title: 'Second', published: 'Mon, 23 Apr 2007 10:00:00 GMT', text: ['First paragraph.', 'Second paragraph.'], source: 'Reuters', author: 'Jane Roe' },
    ]);
    const { articles, warnings } = readJsonRecords('feed.json', json);
    expect(warnings).toEqual([]);
    expect(articles[0]).toMatchObject({ id: 'feed#1', headline: 'Poles oppose shield', date: '2007-04-23', place: 'Warsaw', agency: 'AFP', url: 'https://example.com/a' });
    expect(articles[0]!.paragraphs).toEqual(['Six out of 10 Poles oppose a US plan.', 'The poll was published on Monday.']);
    expect(articles[1]).toMatchObject({ id: 'feed#2', headline: 'Second', date: '2007-04-23', agency: 'Reuters', byline: 'Jane Roe', paragraphs: ['First paragraph.', 'Second paragraph.'] });
  });

  it('GIVEN API exports (NewsAPI with a truncated content, the Guardian, the New York Times) THEN each record is an article with its own fields', () => {
    const newsapi = readJsonRecords('newsapi.json', JSON.stringify({ status: 'ok', articles: [{ source: { id: null, name: 'BBC News' }, author: 'Ann Lee', title: 'Quake hits coast', description: 'A strong quake hit the coast.', publishedAt: '2021-08-14T12:00:00Z', content: 'A strong earthquake hit the coast on Saturday, officials said, and rescuers were searching the rubble… [+2345 chars]' }] }));
    expect(newsapi.articles[0]).toMatchObject({ headline: 'Quake hits coast', agency: 'BBC News', byline: 'Ann Lee', date: '2021-08-14' });
    expect(newsapi.articles[0]!.paragraphs[0]).toBe('A strong earthquake hit the coast on Saturday, officials said, and rescuers were searching the rubble');
    const guardian = readJsonRecords('guardian.json', JSON.stringify({ response: { status: 'ok', results: [{ webTitle: 'Labour sets out plan', webPublicationDate: '2022-04-20T10:00:00Z', webUrl: 'https://example.com/g', fields: { bodyText: 'Labour set out its housing plan on Wednesday.', byline: 'Jo Smith' } }] } }));
    expect(guardian.articles[0]).toMatchObject({ headline: 'Labour sets out plan', date: '2022-04-20', url: 'https://example.com/g', byline: 'Jo Smith', paragraphs: ['Labour set out its housing plan on Wednesday.'] });
    const nyt = readJsonRecords('nyt.json', JSON.stringify({ response: { docs: [{ headline: { main: 'Senate passes bill' }, pub_date: '2019-06-05T00:00:00+0000', lead_paragraph: 'The Senate passed the bill on Wednesday.', byline: { original: 'By Carl Hulse' }, web_url: 'https://example.com/n' }] } }));
    expect(nyt.articles[0]).toMatchObject({ headline: 'Senate passes bill', byline: 'Carl Hulse', date: '2019-06-05', url: 'https://example.com/n', paragraphs: ['The Senate passed the bill on Wednesday.'] });
  });

  it('GIVEN a record with no date but an address `/2019/09/12/…` THEN the address dates it; a record with its own date keeps it', () => {
    const json = JSON.stringify([
      { title: 'Police parade suspects', url: 'http://leadership.ng/2019/09/12/police-arrest-over-50-suspects/', body: 'The Nigeria Police Force yesterday said it had arrested 58 suspects.' },
      { title: 'Other', date: '2019-09-14', url: 'http://leadership.ng/2019/09/12/other/', body: 'Text of another report.' },
      { title: 'No date', url: 'https://www.trtworld.com/article/12779291', body: 'Text of a third report.' },
    ]);
    expect(readJsonRecords('ng.json', json).articles.map((a) => a.date)).toEqual(['2019-09-12', '2019-09-14', null]);
  });

  it('GIVEN {"articles": [...]} THEN reads the list', () => {
    expect(readJsonRecords('x.json', JSON.stringify({ articles: [{ title: 'T', body: 'Text.' }] })).articles).toHaveLength(1);
  });

  it('GIVEN NDJSON with one broken line THEN keeps the good lines and names the bad one', () => {
    const nd = '{"title":"A","body":"One."}\n{not json\n{"title":"B","body":"Two."}\n';
    const { articles, warnings } = readJsonRecords('x.ndjson', nd);
    expect(articles.map((a) => a.headline)).toEqual(['A', 'B']);
    expect(warnings).toEqual([expect.objectContaining({ code: 'bad-json', message: expect.stringContaining('line 2') })]);
  });

  it('GIVEN invalid JSON or a record without body THEN warns and skips without throwing', () => {
    expect(readJsonRecords('x.json', '{"title": ').warnings.map((w) => w.code)).toEqual(['bad-json']);
    const r = readJsonRecords('x.json', JSON.stringify([{ title: 'No body' }, 42]));
    expect(r.articles).toEqual([]);
    expect(r.warnings.map((w) => w.code)).toEqual(['no-article', 'bad-json']);
  });
});

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Wire Feed</title>
<item><title>Russia rebuffs US &amp; NATO</title><link>https://example.com/1</link><pubDate>Mon, 23 Apr 2007 22:30:00 -0500</pubDate>
<dc:creator>Jim Mannion</dc:creator>
<description><![CDATA[<p>Moscow (AFP) April 23 - Russia rebuffed the offer.</p><p>&ldquo;It is destabilising,&rdquo; the minister said.</p><script>track()</script>]]></description></item>
<item><title>2007</title><description></description></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Agency</title>
<entry><title type="html">Gates in Warsaw</title><link rel="alternate" href="https://example.com/w"/><published>2007-04-24T09:00:00+02:00</published>
<author><name>Ann Lee</name></author><content type="html">&lt;p&gt;Gates arrived in Warsaw.&lt;/p&gt;&lt;p&gt;He met officials.&lt;/p&gt;</content></entry>
</feed>`;

describe('readFeed', () => {
  it('GIVEN an RSS 2.0 feed THEN items become articles with HTML turned into paragraphs and the local day kept', () => {
    const { articles, warnings } = readFeed('wire.rss', RSS);
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({ headline: 'Russia rebuffs US & NATO', url: 'https://example.com/1', date: '2007-04-23', byline: 'Jim Mannion', place: 'Moscow', agency: 'AFP' });
    expect(articles[0]!.paragraphs).toEqual(['Russia rebuffed the offer.', '“It is destabilising,” the minister said.']);
    expect(warnings).toEqual([expect.objectContaining({ code: 'no-article', message: expect.stringContaining('"2007"') })]);
  });

  it('GIVEN an Atom feed THEN entries become articles', () => {
    const { articles } = readFeed('agency.atom', ATOM);
    expect(articles[0]).toMatchObject({ headline: 'Gates in Warsaw', url: 'https://example.com/w', date: '2007-04-24', byline: 'Ann Lee', agency: 'Agency', paragraphs: ['Gates arrived in Warsaw.', 'He met officials.'] });
  });

  it('GIVEN malformed XML or a non-feed document THEN warns `bad-feed`', () => {
    expect(readFeed('x.xml', '<rss><channel><item></channel>').warnings[0]).toMatchObject({ code: 'bad-feed', message: expect.stringContaining('malformed XML') });
    expect(readFeed('x.xml', '<?xml version="1.0"?><html><body/></html>').warnings[0]).toMatchObject({ code: 'bad-feed' });
  });
});

describe('recordDate', () => {
  it.each([
    ['2007-04-23T23:30:00-05:00', '2007-04-23'],
    ['Mon, 23 Apr 2007 22:30:00 -0500', '2007-04-23'],
    ['April 23, 2007', '2007-04-23'],
    ['2007', '2007'],
    ['yesterday', null],
    [null, null],
  ])('GIVEN %s THEN the day is %s', (raw, want) => {
    expect(recordDate(raw)).toBe(want);
  });
});

describe('feeds and records met on 32 real feed and JSON files', () => {
  it('GIVEN an RSS item whose title holds a bare `&` (`Sci & Tech`) THEN the feed is read, the `&` kept', () => {
    const rss = '<?xml version="1.0"?><rss version="2.0"><channel><title>Sci & Tech News</title><item><title>Quantum & classical</title><pubDate>Tue, 20 Jul 2021 09:00:00 EDT</pubDate><description>Durham and Toronto universities have teamed up on a new chip.</description></item></channel></rss>';
    const { articles, warnings } = readFeed('sci.rss', rss);
    expect(warnings).toEqual([]);
    expect(articles[0]).toMatchObject({ headline: 'Quantum & classical', date: '2021-07-20', agency: 'Sci & Tech News' });
  });
  it('GIVEN a pubDate holding a `<time datetime=…>` element THEN the item is dated from it', () => {
    const rss = '<rss version="2.0"><channel><title>Recalls</title><item><title>Recall issued</title><pubDate><time datetime="2019-05-03T19:21:28Z">Fri, 05/03/2019 - 15:21</time></pubDate><description>A maker is recalling 19 lots of tablets.</description></item></channel></rss>';
    expect(readFeed('recalls.rss', rss).articles[0]?.date).toBe('2019-05-03');
  });
  it.each([
    ['Seg, 24 Set 2018 19:42:40 -0300', '2018-09-24'],
    ['mar, 03 dic 2019 10:00:00 +0100', '2019-12-03'],
    ['Do, 14 Mär 2024 08:00:00 +0100', '2024-03-14'],
    ['lun., 08 juil. 2024 07:00:00 +0200', '2024-07-08'],
  ])('GIVEN a feed date in another language (%s) THEN the day is %s', (raw, want) => {
    expect(recordDate(raw)).toBe(want);
  });
  it('GIVEN JSON Feed and scraper records (`date_published`, `content_html`, `maintext`, `date_publish`, `authors`) THEN each is a dated article with its HTML read as paragraphs', () => {
    const json = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: [{ title: 'Port strike ends', date_published: '2024-02-23T20:22:37+00:00', content_html: '<p>Dockers voted on Friday to end the strike.</p><p>"We won," said Ann Lee.</p>', url: 'https://example.org/a', authors: [{ name: 'Tom Hale' }] }] });
    const feed = readJsonRecords('feed.json', json);
    expect(feed.articles[0]).toMatchObject({ headline: 'Port strike ends', date: '2024-02-23', byline: 'Tom Hale', paragraphs: ['Dockers voted on Friday to end the strike.', '"We won," said Ann Lee.'] });
    const scraped = readJsonRecords('np.json', JSON.stringify([{ title: 'Mill closes', maintext: 'The mill closed on Monday after 90 years.', date_publish: '2019-03-04 10:00:00', authors: ['Jo Vale'], source_domain: 'example.com' }]));
    expect(scraped.articles[0]).toMatchObject({ date: '2019-03-04', byline: 'Jo Vale', agency: 'example.com' });
  });
  it('GIVEN a parsed feed dumped as JSON (`entries` with `title.content`, `summary.content` in HTML and `links[0].href`) THEN its entries are articles', () => {
    const json = JSON.stringify({ feed_type: 'RSS2', entries: [{ title: { content: 'Suspect sought' }, summary: { content_type: 'text/html', content: '<figure><img src="x.jpg"/></figure>A young man was left on a Manhattan sidewalk late Friday.' }, links: [{ href: 'https://example.org/s' }], published: '2023-12-16T05:58:40Z' }] });
    expect(readJsonRecords('dump.json', json).articles[0]).toMatchObject({ headline: 'Suspect sought', url: 'https://example.org/s', date: '2023-12-16', paragraphs: ['A young man was left on a Manhattan sidewalk late Friday.'] });
  });
});
