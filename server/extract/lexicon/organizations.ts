// Words that mark a capitalised name as an organisation, and well-known acronym shapes.
export const ORG_HEADS = new Set([
  "group", "agency", "organization", "organisation", "council", "ministry", "department", "bank", "union", "party",
  "commission", "committee", "association", "fund", "federation", "alliance", "coalition", "institute", "university",
  "college", "school", "corporation", "corp", "company", "co", "inc", "ltd", "plc", "llc", "ag", "sa", "gmbh", "holdings",
  "airways", "airlines", "motors", "industries", "systems", "technologies", "partners", "capital", "network", "times",
  "post", "journal", "news", "press", "tribune", "herald", "guardian", "telegraph", "broadcasting", "television", "radio",
  "office", "service", "services", "board", "authority", "court", "parliament", "congress", "senate", "assembly",
  "administration", "government", "army", "navy", "force", "forces", "police", "guard", "command", "secretariat",
  "foundation", "society", "center", "centre", "club", "team", "league", "federal", "reserve", "exchange", "bureau",
  "cabinet", "campaign", "movement", "front", "brigade", "brigades", "church", "trust", "programme", "program",
  "watch", "international", "enterprises", "electric", "energy", "oil", "petroleum", "pharmaceuticals", "media",
  "communications", "telecom", "airlines", "group's", "nations", "organisation's", "community",
  "chronicle", "gazette", "mirror", "observer", "courier", "magazine", "examiner", "inquirer", "sentinel", "mail", "express",
]);

/** Words that make an otherwise ambiguous capitalised word an organisation when they follow it ("Google shares"). */
export const ORG_CONTEXT_AFTER = /^\s+(?:shares|stock|spokes(?:man|woman|person)|chief executive|boss|executives|headquarters|chairman|(?:(?:terrorist|militant|rebel|extremist|armed|lobby|pressure|advocacy|campaign)\s+)?(?:group|organi[sz]ation|network|movement)s?)\b/i;

/** Heads of bodies named "<head> of/for <name>" ("Commission for Racial Equality", "Bank of England"), not a firm's
 * suffix ("Kia Motor Corp of South Korea" is the firm and where it is). */
export const BODY_OF_HEADS = new Set([
  "commission", "committee", "board", "bank", "university", "department", "ministry", "council", "institute", "court",
  "office", "federation", "union", "association", "society", "league", "school", "college", "academy", "church",
  "agency", "authority", "bureau", "foundation", "organisation", "organization", "alliance", "movement", "coalition",
  "assembly", "congress", "fund", "party", "order", "chamber",
]);
