import { useTranslation } from 'react-i18next';
import {
  kindFields,
  itemStatuses,
  policyDocumentTypes,
  policyLevels,
  policyStatuses,
  shortKindFields,
  toolkitAudiences,
  toolkitFormats,
  type ItemKind,
} from '../../../../electron/api/vocabularyCodes';
import { RichTextEditor } from '../../ui/RichTextEditor';
import { AttachmentList } from './AttachmentList';
import { AuthorsField } from './AuthorsField';
import { DateOrPeriodField } from './DateOrPeriodField';
import { FieldError, useField } from './EditorContext';
import { LanguageField } from './LanguageField';
import { ItemPicker } from './pickers/ItemPicker';
import { OrganisationPicker, type OrganisationChoice } from './pickers/OrganisationPicker';
import { SdgPicker } from './pickers/SdgPicker';
import { TagInput } from './pickers/TagInput';
import { TermPicker } from './pickers/TermPicker';
import { CheckboxesField, SelectField, TextAreaField, TextField } from './TextFields';
import { usePickerProps } from './usePickerProps';
import type { RichTextDoc } from '../../../../electron/api/types';
import type { ReactNode } from 'react';

// The form's groups, in the order a cataloguer works: what the item is, what it is about, where and when and by
// whom, what it says, and where it comes from.

function Group({ name, children }: { name: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <fieldset className="editor-group">
      <legend>{t(`app.editor.group.${name}`)}</legend>
      <div className="editor-group-fields">{children}</div>
    </fieldset>
  );
}

/** Title, language, the kind's type and format, status. */
export function IdentityGroup({ kind }: { kind: ItemKind }) {
  const { t } = useTranslation();
  const value = (code: string) => t(`field.value.${code}`);
  return (
    <Group name="identity">
      <div className="field-wide">
        <TextField field="title" isRequired />
      </div>
      <LanguageField />
      {kind === 'policy' && <SelectField field="documentType" codes={policyDocumentTypes} labelOf={value} />}
      {kind === 'policy' && <SelectField field="policyStatus" codes={policyStatuses} labelOf={value} />}
      {kind === 'toolkit' && <SelectField field="format" codes={toolkitFormats} labelOf={value} />}
      <SelectField field="status" codes={itemStatuses} labelOf={(code) => t(`status.${code}`)} isOptional={false} />
    </Group>
  );
}

function Picked({ field, children }: { field: string; children: ReactNode }) {
  const { error, errorId } = useField(field);
  return (
    <div className="field field-wide">
      {children}
      <FieldError field={field} id={errorId} error={error} />
    </div>
  );
}

/** Themes, SDGs, tags, countries and regions. */
export function ClassificationGroup() {
  const themes = usePickerProps<string>('themes');
  const sdgs = usePickerProps<string>('sdgs');
  const tags = usePickerProps<string>('tags');
  const countries = usePickerProps<string>('countries');
  const regions = usePickerProps<string>('regions');
  return (
    <Group name="classification">
      <Picked field="themes">
        <TermPicker vocabulary="themes" {...themes} />
      </Picked>
      <Picked field="sdgs">
        <SdgPicker {...sdgs} />
      </Picked>
      <Picked field="tags">
        <TagInput {...tags} />
      </Picked>
      <Picked field="countries">
        <TermPicker vocabulary="countries" {...countries} />
      </Picked>
      <Picked field="regions">
        <TermPicker vocabulary="regions" {...regions} />
      </Picked>
    </Group>
  );
}

/** When, who (organisations and their roles, authors), and the kind's own context: issuing body, level, audience. */
export function ContextGroup({ kind }: { kind: ItemKind }) {
  const { t } = useTranslation();
  const organisations = usePickerProps<OrganisationChoice>('organisations');
  const value = (code: string) => t(`field.value.${code}`);
  return (
    <Group name="context">
      <div className="field-wide">
        <DateOrPeriodField />
      </div>
      {kind === 'policy' && <TextField field="issuingBody" />}
      {kind === 'policy' && <SelectField field="level" codes={policyLevels} labelOf={value} />}
      {kind === 'policy' && <DateAdoptedField />}
      {kind === 'toolkit' && <CheckboxesField field="audience" codes={toolkitAudiences} labelOf={value} />}
      {kind === 'toolkit' && <TextField field="duration" />}
      <Picked field="organisations">
        <OrganisationPicker {...organisations} />
      </Picked>
      <AuthorsField />
    </Group>
  );
}

function DateAdoptedField() {
  const { t } = useTranslation();
  const { id, value, set, error, errorId } = useField('dateAdopted');
  return (
    <div className="field">
      <label htmlFor={id}>{t('field.dateAdopted')}</label>
      <input
        id={id}
        className="date-input"
        inputMode="numeric"
        placeholder={t('app.editor.datePlaceholder')}
        dir="ltr"
        value={typeof value === 'string' ? value : ''}
        onChange={(event) => set(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={errorId}
      />
      <FieldError field="dateAdopted" id={errorId} error={error} />
    </div>
  );
}

/** The kind's long free-text fields (a practice's context, objectives…), in the order a cataloguer fills them in. */
function longTextFields(kind: ItemKind): readonly string[] {
  return kindFields[kind].filter((field) => !shortKindFields.has(field));
}

/** Summary, body, and the kind's long texts (a practice's context, objectives, actions…). */
export function ContentGroup({ kind }: { kind: ItemKind }) {
  const { t } = useTranslation();
  const body = useField('body');
  return (
    <Group name="content">
      <div className="field-wide">
        <TextAreaField field="summary" rows={3} />
      </div>
      <div className="field field-wide">
        <RichTextEditor
          id={body.id}
          label={t('field.body')}
          value={typeof body.value === 'object' ? (body.value as RichTextDoc) : undefined}
          onChange={(doc) => body.set(doc)}
          lang={body.language}
          describedBy={body.errorId}
        />
        <FieldError field="body" id={body.errorId} error={body.error} />
      </div>
      {longTextFields(kind).map((field) => (
        <div key={field} className="field-wide">
          <TextAreaField field={field} />
        </div>
      ))}
    </Group>
  );
}

/** Source, licence, the same item in other languages, related items, and the attached files. */
export function SourcesGroup() {
  const { itemId } = useField('translations');
  const translations = usePickerProps<string>('translations');
  const related = usePickerProps<string>('related');
  return (
    <Group name="sources">
      <div className="field-wide">
        <TextField field="sourceUrl" type="url" />
      </div>
      <TextField field="licence" />
      <Picked field="translations">
        <ItemPicker {...translations} excludeId={itemId} />
      </Picked>
      <Picked field="related">
        <ItemPicker {...related} excludeId={itemId} />
      </Picked>
      <AttachmentList />
    </Group>
  );
}
