import { z } from 'zod';
import { sha256Pattern, uuidPattern } from './ids';
import {
  itemStatuses,
  organisationRoles,
  organisationTypes,
  policyDocumentTypes,
  policyLevels,
  policyStatuses,
  toolkitAudiences,
  toolkitFormats,
} from './vocabularyCodes';

// The public item format (docs/item-format.md): the CLI, the interface and pack import all validate with it.

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** An ISO 639-1 code that the platform's ICU data knows. */
export const languageCode = z
  .string()
  .regex(/^[a-z]{2}$/, 'iso639')
  .refine((code) => languageNames.of(code) !== undefined, 'iso639');

/** `2021`, `2021-03` or `2021-03-04`, with a real month and day. */
const partialDate = z.string().refine(isPartialDate, 'partialDate');

function isPartialDate(value: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const daysInMonth = new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
  const d = Number(day);
  return d >= 1 && d <= daysInMonth;
}

const uuid = z.string().trim().toLowerCase().regex(uuidPattern, 'uuid');
const shortText = z.string().trim().min(1).max(300);
const longText = z.string().trim().max(20_000);
const list = <T extends z.ZodType>(element: T, max = 200) => z.array(element).max(max);

/** ProseMirror JSON as the editor writes it; its structure is checked against the tiptap schema in the core. */
const richTextDocument = z.looseObject({ type: z.literal('doc'), content: z.array(z.unknown()).optional() });

/** Rich text given as Markdown (or plain text) or as ProseMirror JSON. */
export const richTextInput = z.union([z.string().max(500_000), richTextDocument]);

/** An organisation taking part in an item: a name (or an `org:` term id) and its role. */
const organisationInput = z.strictObject({
  name: shortText,
  role: z.enum(organisationRoles),
  type: z.enum(organisationTypes).optional(),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, 'iso3166')
    .optional(),
});

/** A file attached to an item: stored once in the library under its SHA-256, named as it was when attached. */
const attachmentInput = z.strictObject({
  sha256: z.string().regex(sha256Pattern, 'sha256'),
  name: z.string().trim().min(1).max(255),
  mediaType: z
    .string()
    .max(255)
    .regex(/^[\w.+-]+\/[\w.+-]+$/, 'mediaType'),
  size: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
});

const common = {
  id: uuid.optional(),
  title: shortText,
  summary: longText.optional(),
  body: richTextInput.optional(),
  language: languageCode,
  translations: list(uuid).optional(),
  themes: list(shortText).optional(),
  sdgs: list(z.string().trim()).optional(),
  countries: list(z.string().trim()).optional(),
  regions: list(z.string().trim()).optional(),
  date: partialDate.optional(),
  period: z.strictObject({ from: partialDate, to: partialDate.optional() }).optional(),
  authors: list(shortText).optional(),
  organisations: list(organisationInput).optional(),
  tags: list(z.string().trim().min(1).max(100)).optional(),
  sourceUrl: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .optional(),
  licence: shortText.optional(),
  status: z.enum(itemStatuses).optional(),
  related: list(uuid).optional(),
  attachments: list(attachmentInput, 500).optional(),
};

const practice = z.strictObject({
  kind: z.literal('practice'),
  ...common,
  context: longText.optional(),
  objectives: longText.optional(),
  actions: longText.optional(),
  resultsAndImpact: longText.optional(),
  lessonsLearned: longText.optional(),
  transferability: longText.optional(),
  partners: longText.optional(),
  budgetAndFunding: longText.optional(),
  contact: longText.optional(),
});

const policy = z.strictObject({
  kind: z.literal('policy'),
  ...common,
  issuingBody: shortText.optional(),
  documentType: z.enum(policyDocumentTypes).optional(),
  level: z.enum(policyLevels).optional(),
  dateAdopted: partialDate.optional(),
  policyStatus: z.enum(policyStatuses).optional(),
});

const toolkit = z.strictObject({
  kind: z.literal('toolkit'),
  ...common,
  audience: list(z.enum(toolkitAudiences), 10).optional(),
  format: z.enum(toolkitFormats).optional(),
  duration: shortText.optional(),
  learningObjectives: longText.optional(),
});

/** One item as a person or a file gives it: validated shape, terms not yet resolved. */
export const itemInput = z.discriminatedUnion('kind', [practice, policy, toolkit]);

/** A valid item input, after trimming and defaults. */
export type ItemInput = z.output<typeof itemInput>;
