/** Article texts and page/feed builders for the source tests (hand-written news-style text). */

export interface Story {
  slug: string;
  headline: string;
  byline: string;
  date: string;
  paragraphs: string[];
}

export const STORIES: Story[] = [
  {
    slug: 'port-strike',
    headline: 'Dock workers strike at three northern ports',
    byline: 'Anna Berg',
    date: 'Tue, 14 May 2024 08:30:00 GMT',
    paragraphs: [
      'Hamburg (AFP) May 14 - Dock workers walked out at three northern ports on Tuesday, halting container traffic in a dispute over pay that has dragged on since February.',
      '"We have waited long enough for a fair offer," union negotiator Petra Lang told reporters outside the Hamburg terminal, adding that the strike would last at least 48 hours.',
      'The port operators said they regretted the walkout and had offered a rise of 6 percent over two years, which the union rejected last week as far below inflation.',
      'Shipping lines warned that vessels could be diverted to Rotterdam and Antwerp if the stoppage continued into the weekend.',
    ],
  },
  {
    slug: 'rail-tender',
    headline: 'Government opens tender for high-speed rail line',
    byline: 'Tomas Novak',
    date: 'Wed, 15 May 2024 10:00:00 GMT',
    paragraphs: [
      'Prague (AFP) May 15 - The government on Wednesday opened a tender for the first section of a high-speed rail line linking the capital with the border, a project estimated at 4 billion euros.',
      'Transport Minister Martin Kupka said the first trains could run by 2032 if construction started on schedule in three years.',
      'Critics in parliament said the budget was unrealistic and that similar projects in neighbouring countries had run years late and far over cost.',
    ],
  },
  {
    slug: 'flood-warning',
    headline: 'Flood warnings issued as river rises',
    byline: 'Maria Rossi',
    date: 'Thu, 16 May 2024 06:15:00 GMT',
    paragraphs: [
      'Milan (AFP) May 16 - Authorities issued flood warnings for a dozen towns along the river on Thursday after two days of heavy rain pushed water levels close to the record set in 2014.',
      'Civil protection officials said about 2,000 residents had been told to prepare to leave their homes, and schools in the lowest areas would stay closed.',
      'The regional president asked the national government to declare a state of emergency so that funds could be released quickly for repairs.',
    ],
  },
];

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An RSS 2.0 item: full text (`content:encoded`) or only a one-sentence summary with a link. */
export interface FeedItem {
  story: Story;
  link: string;
  full: boolean;
}

export function rss(title: string, items: FeedItem[]): string {
  const body = items
    .map(({ story, link, full }) => {
      const text = full ? story.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('') : `<p>${esc(story.paragraphs[0]!.slice(0, 140))}…</p>`;
      return `<item><title>${esc(story.headline)}</title><link>${esc(link)}</link><pubDate>${story.date}</pubDate><dc:creator>${esc(story.byline)}</dc:creator>${full ? `<content:encoded><![CDATA[${text}]]></content:encoded>` : `<description>${esc(text)}</description>`}</item>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>${esc(title)}</title><link>http://example.invalid/</link><description>test feed</description>
${body}
</channel></rss>`;
}

export function atom(title: string, items: FeedItem[]): string {
  const body = items
    .map(({ story, link }) => `<entry><title>${esc(story.headline)}</title><link rel="alternate" href="${esc(link)}"/><id>${esc(link)}</id><updated>2024-05-14T08:30:00Z</updated><author><name>${esc(story.byline)}</name></author><content type="html">${esc(story.paragraphs.map((p) => `<p>${p}</p>`).join(''))}</content></entry>`)
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>${esc(title)}</title><id>urn:test</id><updated>2024-05-14T08:30:00Z</updated>${body}</feed>`;
}

/** Marker strings placed in page furniture: none may reach the corpus. */
export const FURNITURE = ['Home', 'Most read today', 'Subscribe to our newsletter', 'First! great article', 'trackingPixel', 'Copyright 2024 Example Media'];

/** A full news page: navigation, scripts, a headline, byline, the article, a comment thread and a footer. */
export function page(story: Story, site = 'Example News'): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(story.headline)} | ${esc(site)}</title>
<meta property="article:published_time" content="${new Date(story.date).toISOString()}">
<script>window.trackingPixel = function () { return "trackingPixel"; };</script>
<style>body { font-family: serif; }</style></head>
<body>
<header><nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li><li><a href="/business">Business</a></li></ul></nav></header>
<div class="layout">
<aside class="sidebar"><h3>Most read today</h3><ul><li><a href="/a">Celebrity wedding photos</a></li><li><a href="/b">Ten tips for summer</a></li></ul><p>Subscribe to our newsletter for the best stories every morning.</p></aside>
<main><article class="story">
<h1>${esc(story.headline)}</h1>
<p class="byline">By <a rel="author" href="/authors/x">${esc(story.byline)}</a></p>
${story.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</article>
<section id="comments" class="comments"><h2>Comments (2)</h2>
<div class="comment"><p class="comment-author">reader99</p><p>First! great article</p></div>
<div class="comment"><p class="comment-author">jk</p><p>Who cares.</p></div>
</section></main></div>
<script>document.write("<p>trackingPixel</p>");</script>
<footer><p>Copyright 2024 Example Media. All rights reserved.</p></footer>
</body></html>`;
}
