/**
 * Every document Rapport may cite: the five seed documents (the practice guidance) and the public
 * term guides that language rules name (TERM-GUIDES.md). A SourceRef's `source` is one of these ids.
 */

import { citationLabel, SOURCE_LABELS } from './source-labels.js';

export type SourceKind = 'seed' | 'guide';

interface SourceDetails {
  id: string;
  kind: SourceKind;
  title: string;
  publisher: string;
  /** ISO date or year as the document gives it. */
  date: string;
  audience: string;
  url?: string;
  /** True where the guide was seen only second-hand (TERM-GUIDES.md marks it [unverified]). */
  unverified?: boolean;
}

export interface Source extends SourceDetails {
  /** Short label for a citation line, e.g. "CA DOJ Bulletin 2021-DLE-04" (from source-labels.ts). */
  short: string;
}

const details: readonly SourceDetails[] = [
  {
    id: 'cdss-hr-training',
    kind: 'seed',
    title: 'Harm Reduction (training presentation)',
    publisher: 'California Department of Social Services, Child Trafficking Research and Policy Unit',
    date: 'undated',
    audience: 'county child welfare and probation staff, STRTP and foster care providers',
  },
  {
    id: 'cdss-csey-hr',
    kind: 'seed',
    title: 'Commercially Sexually Exploited Youth and Harm Reduction',
    publisher: 'California Department of Social Services, Child Trafficking Response Unit',
    date: 'undated',
    audience: 'county child welfare and probation staff, caregivers and providers',
  },
  {
    id: 'acin-i-57-17',
    kind: 'seed',
    title: 'All County Information Notice I-57-17: Recommended Practices for Providers Serving CSEC',
    publisher: 'California Department of Social Services',
    date: '2017-11-20',
    audience: 'county child welfare and probation, providers, foster family agencies, mental health plans',
  },
  {
    id: 'doj-2021-dle-04',
    kind: 'seed',
    title: 'Information Bulletin 2021-DLE-04: Harm Reduction Techniques for Commercially Sexually Exploited Youth',
    publisher: 'California Department of Justice, Division of Law Enforcement',
    date: '2021-06-18',
    audience: 'California law enforcement agencies',
  },
  {
    id: 'pact-2023',
    kind: 'seed',
    title: 'PACT Convening "Redefine" (incl. UC Davis CAARE Center, Building Resilience Through Harm Reduction)',
    publisher: 'Child and Family Policy Institute of California',
    date: '2023-04-17',
    audience: 'child welfare, probation and provider staff',
  },
  {
    id: 'luxembourg-2016',
    kind: 'guide',
    title: 'Terminology Guidelines for the Protection of Children from Sexual Exploitation and Sexual Abuse',
    publisher: 'Interagency Working Group / ECPAT International',
    date: '2016',
    audience: 'everyone who writes about children',
    url: 'https://ecpat.org/luxembourg-guidelines',
  },
  {
    id: 'ap-stylebook-2016',
    kind: 'guide',
    title: 'AP Stylebook: "prostitute" not to be used for children',
    publisher: 'Associated Press',
    date: '2016',
    audience: 'journalists and writers',
  },
  {
    id: 'illinois-dhs-trafficking',
    kind: 'guide',
    title: 'Language of Human Trafficking',
    publisher: 'Illinois Department of Human Services',
    date: 'undated',
    audience: 'human services staff',
  },
  {
    id: 'ecpat-usa-words-matter',
    kind: 'guide',
    title: 'Words Matter',
    publisher: 'ECPAT-USA',
    date: 'undated',
    audience: 'everyone who writes about children',
  },
  {
    id: 'wcsap-2019',
    kind: 'guide',
    title: 'Commercial Sexual Exploitation of Young People: Shared Language for Advocacy',
    publisher: 'Washington Coalition of Sexual Assault Programs',
    date: '2019',
    audience: 'advocates',
  },
  {
    id: 'nida-words-matter',
    kind: 'guide',
    title: 'Words Matter: Terms to Use and Avoid When Talking About Addiction',
    publisher: 'National Institute on Drug Abuse',
    date: 'undated',
    audience: 'clinicians and everyone who writes about substance use',
  },
  {
    id: 'va-destigmatizing-language',
    kind: 'guide',
    title: 'Destigmatizing language in substance use (VA design system content guide)',
    publisher: 'U.S. Department of Veterans Affairs',
    date: 'undated',
    audience: 'clinicians and content writers',
  },
  {
    id: 'ondcp-2017',
    kind: 'guide',
    title: 'Changing the Language of Addiction',
    publisher: 'White House Office of National Drug Control Policy',
    date: '2017',
    audience: 'federal agencies and the public',
  },
  {
    id: 'samhsa-2004',
    kind: 'guide',
    title: 'Substance Use Disorders: A Guide to the Use of Language',
    publisher: 'SAMHSA Center for Substance Abuse Treatment',
    date: '2004',
    audience: 'treatment providers',
  },
  {
    id: 'rri-addictionary',
    kind: 'guide',
    title: 'Addictionary',
    publisher: 'Recovery Research Institute',
    date: 'undated',
    audience: 'everyone who writes about substance use',
  },
  {
    id: 'aap-2022',
    kind: 'guide',
    title: 'Alinsky et al., Pediatrics 2022;149(6): language in adolescent substance use',
    publisher: 'American Academy of Pediatrics',
    date: '2022',
    audience: 'pediatric clinicians',
  },
  {
    id: 'cwla-strength-based',
    kind: 'guide',
    title: 'Strength-Based Child Welfare Words and Expressions',
    publisher: 'Child Welfare League of America',
    date: 'undated',
    audience: 'child welfare staff',
  },
  {
    id: 'tact-2019',
    kind: 'guide',
    title: 'Language That Cares',
    publisher: 'The Adolescent and Children\'s Trust (TACT)',
    date: '2019',
    audience: 'children\'s services in the UK',
  },
  {
    id: 'okdhs-words-matter',
    kind: 'guide',
    title: 'Trauma Informed Language – Words Matter',
    publisher: 'Oklahoma Human Services',
    date: 'undated',
    audience: 'child welfare staff',
  },
  {
    id: 'wa-dcyf-4550',
    kind: 'guide',
    title: 'Policy 4550: Youth Missing from Care',
    publisher: 'Washington State Department of Children, Youth, and Families',
    date: 'undated',
    audience: 'child welfare staff',
  },
  {
    id: 'stigmatizing-descriptors-research',
    kind: 'guide',
    title: 'Research on stigmatizing descriptors in records (Sun et al., Health Affairs 2022; Goddu et al., J Gen Intern Med 2018)',
    publisher: 'Health Affairs; Journal of General Internal Medicine',
    date: '2022',
    audience: 'clinicians and anyone writing records',
  },
  {
    id: 'afsp-reporting-suicide',
    kind: 'guide',
    title: 'Recommendations for Reporting on Suicide',
    publisher: 'American Foundation for Suicide Prevention and partners',
    date: 'undated',
    audience: 'anyone writing about suicide',
  },
  {
    id: 'mindframe',
    kind: 'guide',
    title: 'Mindframe guidelines on language about mental ill-health',
    publisher: 'Everymind / Mindframe',
    date: 'undated',
    audience: 'anyone writing about mental health',
  },
  {
    id: 'nottinghamshire-recovery-language',
    kind: 'guide',
    title: 'Recovery-oriented language guide',
    publisher: 'Nottinghamshire Healthcare NHS Foundation Trust',
    date: 'undated',
    audience: 'mental health staff',
  },
  {
    id: 'va-identity-language',
    kind: 'guide',
    title: 'Person-first language on immigration status and homelessness (VA and others)',
    publisher: 'U.S. Department of Veterans Affairs and others',
    date: 'undated',
    audience: 'content writers',
  },
];

export const sources: readonly Source[] = details.map((d) => ({ ...d, short: SOURCE_LABELS[d.id] ?? d.id }));

const byId = new Map(sources.map((s) => [s.id, s]));

export function getSource(id: string): Source | undefined {
  return byId.get(id);
}

export { citationLabel };
