// Countries, their capitals and demonyms, from the world-countries package.
import countries from "world-countries";

export interface CountryInfo {
  name: string;
  capital: string | null;
}

/** Surface form (exact case) -> country. Includes names, official names, safe alternate spellings. */
export const COUNTRY_NAMES = new Map<string, CountryInfo>();
/** Capital city -> country, for metonymy ("Moscow must be forced"). */
export const CAPITALS = new Map<string, CountryInfo>();
/** Demonym ("Ukrainian", "Ukrainians") -> country. */
export const DEMONYMS = new Map<string, CountryInfo>();

// Codes and short forms worth recognising beyond the package's long spellings.
const EXTRA: Record<string, string[]> = {
  "United Kingdom": ["UK", "U.K.", "Britain", "Great Britain"],
  "United States": ["US", "U.S.", "USA", "U.S.A.", "America", "United States of America"],
  "United Arab Emirates": ["UAE", "U.A.E."],
  Russia: ["Russian Federation"],
  "South Korea": ["Republic of Korea"],
  "North Korea": ["DPRK"],
  "DR Congo": ["Democratic Republic of Congo", "Democratic Republic of the Congo", "DRC"],
  Netherlands: ["Holland"],
  "Czechia": ["Czech Republic"],
  Türkiye: ["Turkey", "Türkiye", "Turkiye"],
  "Ivory Coast": ["Côte d'Ivoire"],
};
const EXTRA_CAPITALS: Record<string, string[]> = { Ukraine: ["Kiev"], "United States": ["Washington"], China: ["Peking"], Israel: ["Jerusalem"] };
const EXTRA_DEMONYMS: Record<string, string[]> = { "United Kingdom": ["Briton", "Britons", "UK's"], "United States": ["Americans", "US-led"], Netherlands: ["Dutch"] };

// English news names some states by their older English names.
const ENGLISH_NAMES: Record<string, string> = { Türkiye: "Turkey" };

// Sovereign states first, so that "French" is France and not one of its territories.
const ordered = [...countries].sort((a, b) => Number(b.unMember) - Number(a.unMember) || Number(b.independent) - Number(a.independent));
for (const c of ordered) {
  const info: CountryInfo = { name: ENGLISH_NAMES[c.name.common] ?? c.name.common, capital: c.capital?.[0] ?? null };
  const names = [c.name.common, c.name.official, ...c.altSpellings.filter((a) => a.length > 3 && /^[A-Z][A-Za-z' -]+$/.test(a))];
  for (const n of [...names, ...(EXTRA[c.name.common] ?? [])]) if (!COUNTRY_NAMES.has(n)) COUNTRY_NAMES.set(n, info);
  for (const cap of [...c.capital, ...(EXTRA_CAPITALS[c.name.common] ?? [])]) if (cap && !CAPITALS.has(cap)) CAPITALS.set(cap, info);
  const dem = c.demonyms?.eng;
  for (const d of [dem?.m, dem?.f, ...(EXTRA_DEMONYMS[c.name.common] ?? [])]) {
    if (!d || DEMONYMS.has(d)) continue;
    DEMONYMS.set(d, info);
    if (!d.endsWith("s") && !d.endsWith("sh") && !d.endsWith("ch") && !d.endsWith("ese")) DEMONYMS.set(`${d}s`, info);
  }
}

// The nations of the United Kingdom, which British news treats as countries ("Scotland", "the Scottish public").
const UK_NATIONS: Array<[string, string[], string[]]> = [
  ["Scotland", [], ["Scottish", "Scots"]],
  ["Wales", [], ["Welsh"]],
  ["England", [], []],
  ["Northern Ireland", [], []],
];
for (const [name, alts, dems] of UK_NATIONS) {
  const info: CountryInfo = { name, capital: null };
  for (const n of [name, ...alts]) if (!COUNTRY_NAMES.has(n)) COUNTRY_NAMES.set(n, info);
  for (const d of dems) if (!DEMONYMS.has(d)) DEMONYMS.set(d, info);
}

/** Regions and blocs: places that are not countries but are often named like them. */
export const REGIONS = new Set([
  "Europe", "Asia", "Africa", "Middle East", "Latin America", "North America", "South America", "Gulf", "Balkans",
  "Caucasus", "Scandinavia", "Crimea", "Donbas", "Gaza", "West Bank", "Kashmir", "Siberia", "Pacific", "Atlantic",
  "Arctic", "Antarctica", "Mediterranean", "Black Sea", "Baltic", "Sahel", "Eurozone", "Wall Street", "Silicon Valley",
]);
export const REGION_DEMONYMS = new Map([
  ["European", "Europe"], ["Europeans", "Europe"], ["African", "Africa"], ["Asian", "Asia"], ["Arab", "Middle East"],
  ["Kashmiri", "Kashmir"], ["Kashmiris", "Kashmir"], ["Crimean", "Crimea"], ["Siberian", "Siberia"], ["Caucasian", "Caucasus"],
  ["Balkan", "Balkans"], ["Scandinavian", "Scandinavia"], ["Gazan", "Gaza"], ["Gazans", "Gaza"],
]);
