/** The four languages of the interface and of every vocabulary label. */
export const uiLanguages = ['fr', 'en', 'es', 'ar'] as const;
/** One of the interface languages. */
export type UiLanguage = (typeof uiLanguages)[number];

/** A label in each interface language. */
export type Labels = Readonly<Record<UiLanguage, string>>;

/** The three kinds of item. */
export const itemKinds = ['practice', 'policy', 'toolkit'] as const;
/** One kind of item. */
export type ItemKind = (typeof itemKinds)[number];

/** Publication state of any item. */
export const itemStatuses = ['draft', 'published', 'archived'] as const;
/** Roles an organisation plays in an item. */
export const organisationRoles = ['lead', 'partner', 'funder'] as const;
/** Types of organisation in the organisations vocabulary. */
export const organisationTypes = [
  'lga',
  'localGovernment',
  'nationalGovernment',
  'donor',
  'ngo',
  'internationalOrganisation',
  'academic',
  'other',
] as const;
/** Document types of a policy. */
export const policyDocumentTypes = [
  'law',
  'decree',
  'regulation',
  'strategy',
  'plan',
  'positionPaper',
  'guideline',
  'declaration',
  'report',
  'other',
] as const;
/** Levels a policy applies at. */
export const policyLevels = ['international', 'national', 'regional', 'local'] as const;
/** Legal state of a policy document. */
export const policyStatuses = ['draft', 'inForce', 'repealed'] as const;
/** Who a toolkit is written for. */
export const toolkitAudiences = ['electedOfficials', 'municipalStaff', 'trainers', 'civilSociety'] as const;
/** Forms a toolkit takes. */
export const toolkitFormats = ['guide', 'checklist', 'trainingModule', 'template', 'video'] as const;

/** The controlled vocabularies; `themes` and `organisations` are edited by users, the others are official lists. */
export const vocabularies = ['themes', 'sdgs', 'countries', 'regions', 'organisations'] as const;
/** One controlled vocabulary. */
export type Vocabulary = (typeof vocabularies)[number];
/** Vocabularies whose terms users may add, rename, merge and retire. */
export const editableVocabularies: readonly Vocabulary[] = ['themes', 'organisations'];

/** The fields of each kind, in the order a cataloguer fills them in. */
export const kindFields = {
  practice: [
    'context',
    'objectives',
    'actions',
    'resultsAndImpact',
    'lessonsLearned',
    'transferability',
    'partners',
    'budgetAndFunding',
    'contact',
  ],
  policy: ['issuingBody', 'documentType', 'level', 'dateAdopted', 'policyStatus'],
  toolkit: ['audience', 'format', 'duration', 'learningObjectives'],
} as const satisfies Record<ItemKind, readonly string[]>;

/** Kind fields whose values are codes from a fixed list (shown through a label, not searched as text). */
export const codedKindFields: ReadonlySet<string> = new Set(['documentType', 'level', 'policyStatus', 'audience', 'format']);

/** Kind fields short enough to read as one line (a row of facts, a one-line input); the others are long free text. */
export const shortKindFields: ReadonlySet<string> = new Set(['issuingBody', 'dateAdopted', 'duration', ...codedKindFields]);
