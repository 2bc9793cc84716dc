import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { organisationRoles } from '../../../../../electron/api/vocabularyCodes';
import { useCall } from '../../../api/useCall';
import { isolate } from '../../../i18n/isolate';
import { useLanguage } from '../../../i18n/useLanguage';
import { ChipCombobox, type Option } from './ChipCombobox';
import type { PickerProps } from './pickerProps';
import { CreateOption } from './TermPicker';
import { foldLabel } from '../../../../../electron/api/foldLabel';
import { matchTerms } from './termMatching';

/** An organisation taking part in an item, as the item input takes it: an `org:` term id (or a new name) and a role. */
export interface OrganisationChoice {
  readonly name: string;
  readonly role: (typeof organisationRoles)[number];
}

const maxOptions = 60;
const newKey = 'new-organisation';

/**
 * Type-ahead over organisations, each with its role in the item. A name that matches none is kept as it was
 * typed: saving the item adds it to the organisations vocabulary.
 */
export function OrganisationPicker({ id, label, value, onChange, describedBy, isInvalid }: PickerProps<OrganisationChoice>) {
  const { t } = useTranslation();
  const language = useLanguage();
  const organisations = useCall('vocabularies.list', { vocabulary: 'organisations', includeRetired: true });
  const [typed, setTyped] = useState('');
  const byId = useMemo(() => new Map((organisations.value ?? []).map((term) => [term.id as string, term])), [organisations.value]);
  const nameOf = (choice: OrganisationChoice) => {
    const term = byId.get(choice.name);
    return term ? term.labels[language] || term.labels.en : t('app.pickers.newOrganisation', { name: choice.name });
  };
  const chosen = new Set(value.map((choice) => choice.name));
  const matches = matchTerms(organisations.value ?? [], typed, language).filter((match) => !chosen.has(match.term.id));
  const options: Option[] = matches.slice(0, maxOptions).map(({ term, matchedLabel }) => ({
    key: term.id,
    text: term.labels[language],
    content: (
      <>
        <span className="picker-option-label">{term.labels[language]}</span>
        {matchedLabel && (
          <span className="picker-option-matched" lang={matchedLabel.language} dir="auto">
            {matchedLabel.label}
          </span>
        )}
      </>
    ),
  }));
  const newName = typed.trim();
  const isKnownName = (organisations.value ?? []).some((term) =>
    Object.values(term.labels).some((known) => foldLabel(known) === foldLabel(newName)),
  );
  if (newName !== '' && !isKnownName && !chosen.has(newName) && organisations.value) {
    const text = t('app.pickers.addOrganisation', { name: isolate(newName) });
    options.push({ key: newKey, text, content: <CreateOption text={text} /> });
  }

  const setRole = (index: number, role: OrganisationChoice['role']) =>
    onChange(value.map((choice, at) => (at === index ? { ...choice, role } : choice)));

  return (
    <ChipCombobox
      id={id}
      label={label}
      describedBy={describedBy}
      isInvalid={isInvalid}
      chips={value.map((choice, index) => ({
        key: `${choice.name}\u0000${choice.role}`,
        label: nameOf(choice),
        detail: (
          <select
            className="picker-chip-role"
            aria-label={t('app.pickers.roleOf', { name: nameOf(choice) })}
            value={choice.role}
            onChange={(event) => setRole(index, event.target.value as OrganisationChoice['role'])}
            // The chip's own keys (Backspace removes it, arrows move between chips) are not meant for the select.
            onKeyDown={(event) => event.stopPropagation()}
            onClick={(event) => event.stopPropagation()}
          >
            {organisationRoles.map((role) => (
              <option key={role} value={role}>
                {t(`role.${role}`)}
              </option>
            ))}
          </select>
        ),
      }))}
      onRemove={(index) => onChange(value.filter((_, at) => at !== index))}
      options={options}
      onChoose={(option) => onChange([...value, { name: option.key === newKey ? newName : option.key, role: 'partner' }])}
      inputValue={typed}
      onInputValueChange={setTyped}
      status={organisations.error ? t(`error.${organisations.error.code}`, organisations.error.params) : undefined}
    />
  );
}
