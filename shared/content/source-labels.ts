/**
 * How each source is cited in one line ("CA DOJ Bulletin 2021-DLE-04"): all a suggestion card needs
 * of the registry in sources.ts (titles, publishers, dates, audiences), kept apart so the extension's
 * content script carries only these labels.
 */
export const SOURCE_LABELS: Readonly<Record<string, string>> = {
  'cdss-hr-training': 'CDSS Harm Reduction training',
  'cdss-csey-hr': 'CDSS CSEY and Harm Reduction slides',
  'acin-i-57-17': 'ACIN I-57-17',
  'doj-2021-dle-04': 'CA DOJ Bulletin 2021-DLE-04',
  'pact-2023': 'PACT Convening 2023',
  'luxembourg-2016': 'Luxembourg Terminology Guidelines (2016)',
  'ap-stylebook-2016': 'AP Stylebook (2016)',
  'illinois-dhs-trafficking': 'Illinois DHS, Language of Human Trafficking',
  'ecpat-usa-words-matter': 'ECPAT-USA, Words Matter',
  'wcsap-2019': 'WCSAP Shared Language (2019)',
  'nida-words-matter': 'NIDA, Words Matter',
  'va-destigmatizing-language': 'VA, Destigmatizing language in substance use',
  'ondcp-2017': 'ONDCP, Changing the Language of Addiction (2017)',
  'samhsa-2004': 'SAMHSA/CSAT, Guide to the Use of Language (2004)',
  'rri-addictionary': 'Recovery Research Institute, Addictionary',
  'aap-2022': 'American Academy of Pediatrics (2022)',
  'cwla-strength-based': 'CWLA, Strength-Based Words and Expressions',
  'tact-2019': 'TACT, Language That Cares (2019)',
  'okdhs-words-matter': 'Oklahoma Human Services, Trauma Informed Language',
  'wa-dcyf-4550': 'Washington DCYF policy 4550',
  'stigmatizing-descriptors-research': 'Sun et al., Health Affairs (2022)',
  'afsp-reporting-suicide': 'Recommendations for Reporting on Suicide (AFSP and partners)',
  'mindframe': 'Mindframe (Australia)',
  'nottinghamshire-recovery-language': 'Nottinghamshire Healthcare NHS Trust, recovery-oriented language',
  'va-identity-language': 'VA and others, person-first identity language',
};

/** "CA DOJ Bulletin 2021-DLE-04, What to Avoid": how a citation reads in the UI and CLI. */
export function citationLabel(ref: { source: string; section?: string }): string {
  const name = Object.hasOwn(SOURCE_LABELS, ref.source) ? SOURCE_LABELS[ref.source] : ref.source;
  return ref.section ? `${name}, ${ref.section}` : name;
}
