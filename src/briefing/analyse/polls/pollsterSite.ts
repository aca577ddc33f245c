/**
 * The pollster whose own site a page's address is on (`https://yougov.co.uk/economy/articles/…` →
 * `YouGov`), or null. A pollster's release on its own site often never names itself or says
 * `poll` (`Nearly six in ten Britons (58%) say they have been affected …`): its figures are its
 * poll's. Only the host is read, by its registered name (`today.yougov.com`, `www.ipsos.com`).
 */
export function pollsterSite(url: string | null): string | null {
  if (url === null) return null;
  const host = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:]+)/i.exec(url)?.[1]?.toLowerCase();
  if (host === undefined) return null;
  for (const [domain, name] of POLLSTER_SITES) if (host.startsWith(`${domain}.`) || host.includes(`.${domain}.`)) return name;
  return null;
}

/**
 * Pollsters' own sites: the registered name without its ending (`yougov` for yougov.co.uk and
 * today.yougov.com), and the name they publish under.
 */
const POLLSTER_SITES: readonly (readonly [string, string])[] = [
  ['yougov', 'YouGov'],
  ['ipsos', 'Ipsos'],
  ['ipsos-mori', 'Ipsos MORI'],
  ['gallup', 'Gallup'],
  ['pewresearch', 'Pew Research Center'],
  ['angusreid', 'Angus Reid Institute'],
  ['leger360', 'Leger'],
  ['legeropinion', 'Leger'],
  ['nanos', 'Nanos Research'],
  ['morningconsult', 'Morning Consult'],
  ['poll.qu', 'Quinnipiac University'],
  ['emersoncollegepolling', 'Emerson College Polling'],
  ['monmouth', 'Monmouth University'],
  ['roymorgan', 'Roy Morgan'],
  ['rasmussenreports', 'Rasmussen Reports'],
  ['theharrispoll', 'The Harris Poll'],
  ['harrisinteractive', 'Harris Interactive'],
  ['surveyusa', 'SurveyUSA'],
  ['publicpolicypolling', 'Public Policy Polling'],
  ['savanta', 'Savanta'],
  ['redfieldandwilton', 'Redfield & Wilton'],
  ['opinium', 'Opinium'],
  ['survation', 'Survation'],
  ['essentialreport', 'Essential'],
  ['apnorc', 'AP-NORC'],
  ['maristpoll', 'Marist'],
  ['sienaresearch', 'Siena'],
  ['abacusdata', 'Abacus Data'],
  ['ekospolitics', 'Ekos'],
  ['mainstreetresearch', 'Mainstreet Research'],
  ['forsa', 'Forsa'],
  ['ifop', 'Ifop'],
  ['elabe', 'Elabe'],
  ['datafolha', 'Datafolha'],
];
