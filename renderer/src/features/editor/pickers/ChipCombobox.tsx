import { useCombobox, useMultipleSelection } from 'downshift';
import { X } from 'lucide-react';
import { Fragment, type ChangeEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './pickers.css';

/** A chosen value, shown as a chip with its remove button. */
export interface Chip {
  readonly key: string;
  readonly label: string;
  /** Shown after the label, inside the chip: an organisation's role. */
  readonly detail?: ReactNode;
  /** The chip's text direction and language, when it is user text in a known language. */
  readonly lang?: string;
}

/** A value offered in the list. */
export interface Option {
  readonly key: string;
  /** What a screen reader and the input take from it. */
  readonly text: string;
  readonly content: ReactNode;
  /** Options of one group are listed together under its heading (targets under their goal). */
  readonly group?: { readonly key: string; readonly label: string };
}

/**
 * A multi-select combobox with chips (downshift's useCombobox with useMultipleSelection): type to filter, arrow
 * keys and Enter to choose; each chip has a remove button, Backspace in an empty input removes the last one, and
 * the arrow key towards the chips moves among them (Delete or Backspace removes the focused one).
 */
export function ChipCombobox({
  id,
  label,
  describedBy,
  isInvalid,
  chips,
  onRemove,
  options,
  onChoose,
  inputValue,
  onInputValueChange,
  status,
  onInputKeyDown,
  placeholder,
}: {
  id: string;
  label: string;
  describedBy?: string | undefined;
  isInvalid?: boolean | undefined;
  chips: readonly Chip[];
  onRemove(index: number): void;
  options: readonly Option[];
  onChoose(option: Option): void;
  inputValue: string;
  onInputValueChange(value: string): void;
  /** A short message under the field: nothing found, loading, an error. */
  status?: ReactNode;
  /** Keys the picker handles itself (a comma adds a tag); true when it did. */
  onInputKeyDown?(event: KeyboardEvent<HTMLInputElement>): boolean;
  placeholder?: string;
}) {
  const { t, i18n } = useTranslation();
  const isRtl = i18n.dir() === 'rtl';
  const choose = (option: Option) => {
    onChoose(option);
    onInputValueChange('');
  };
  const { getSelectedItemProps, getDropdownProps, removeSelectedItem } = useMultipleSelection<Chip>({
    selectedItems: [...chips],
    itemToKey: (chip) => chip?.key,
    // The chips come before the input in reading order, which runs the other way in Arabic.
    keyNavigationPrevious: isRtl ? 'ArrowRight' : 'ArrowLeft',
    keyNavigationNext: isRtl ? 'ArrowLeft' : 'ArrowRight',
    onSelectedItemsChange: ({ selectedItems }) => {
      const removed = chips.findIndex((chip, index) => chip.key !== selectedItems[index]?.key);
      if (removed >= 0) onRemove(removed);
    },
  });
  const { isOpen, getLabelProps, getMenuProps, getInputProps, highlightedIndex, getItemProps, closeMenu } = useCombobox<Option>({
    items: [...options],
    itemToString: (option) => option?.text ?? '',
    itemToKey: (option) => option?.key,
    inputId: id,
    labelId: `${id}-label`,
    menuId: `${id}-menu`,
    defaultHighlightedIndex: 0,
    selectedItem: null,
    inputValue,
    stateReducer: (state, { type, changes }) => {
      switch (type) {
        case useCombobox.stateChangeTypes.ItemClick:
          return { ...changes, isOpen: false, inputValue: '' };
        // Leaving the field chooses nothing and keeps what was typed.
        case useCombobox.stateChangeTypes.InputBlur:
          return { ...changes, inputValue: state.inputValue };
        default:
          return changes;
      }
    },
    onStateChange: ({ type, selectedItem }) => {
      switch (type) {
        case useCombobox.stateChangeTypes.ItemClick:
          if (selectedItem) choose(selectedItem);
          break;
        default:
          break;
      }
    },
  });
  const statusId = `${id}-status`;
  const isMenuShown = isOpen && options.length > 0;

  return (
    <div className="picker">
      <label {...getLabelProps()} className="picker-label">
        {label}
      </label>
      <div className="picker-field" data-invalid={isInvalid || undefined}>
        {chips.length > 0 && (
          <ul className="picker-chips" aria-label={t('app.pickers.chosen', { field: label })}>
            {chips.map((chip, index) => (
              <li key={chip.key} className="picker-chip">
                <span
                  className="picker-chip-label"
                  lang={chip.lang}
                  dir={chip.lang ? 'auto' : undefined}
                  {...getSelectedItemProps({ selectedItem: chip, index })}
                >
                  {chip.label}
                </span>
                {chip.detail}
                <button
                  type="button"
                  className="picker-chip-remove"
                  aria-label={t('app.pickers.remove', { name: chip.label })}
                  title={t('app.pickers.remove', { name: chip.label })}
                  onClick={(event) => {
                    event.stopPropagation();
                    removeSelectedItem(chip);
                  }}
                >
                  <X size={14} aria-hidden="true" />
                </button>
              </li>
            ))}
          </ul>
        )}
        <input
          className="picker-input"
          placeholder={placeholder}
          {...getInputProps(
            getDropdownProps({
              'aria-invalid': isInvalid || undefined,
              'aria-describedby': [describedBy, status ? statusId : undefined].filter(Boolean).join(' ') || undefined,
              // Set in the event itself: downshift reports changes after rendering, and fast typing would lose letters.
              onChange: (event: ChangeEvent<HTMLInputElement>) => onInputValueChange(event.target.value),
              // Runs before downshift's own keys (Backspace removes the last chip), which it may stop.
              onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => {
                const highlighted = isOpen && !event.nativeEvent.isComposing ? options[highlightedIndex] : undefined;
                // Chosen here rather than when downshift reports it after rendering: by then the next letters
                // typed could have landed after the text being cleared.
                const isChoice = event.key === 'Enter' && highlighted !== undefined;
                if (isChoice) {
                  event.preventDefault();
                  choose(highlighted);
                  closeMenu();
                }
                if (isChoice || onInputKeyDown?.(event)) {
                  (event.nativeEvent as KeyboardEvent['nativeEvent'] & { preventDownshiftDefault?: boolean }).preventDownshiftDefault =
                    true;
                }
              },
            }),
          )}
        />
      </div>
      <ul {...getMenuProps()} className="picker-menu" hidden={!isMenuShown}>
        {isMenuShown && <MenuOptions options={options} highlightedIndex={highlightedIndex} getItemProps={getItemProps} />}
      </ul>
      {status && (
        <p id={statusId} className="picker-status" role="status">
          {status}
        </p>
      )}
    </div>
  );
}

function MenuOptions({
  options,
  highlightedIndex,
  getItemProps,
}: {
  options: readonly Option[];
  highlightedIndex: number;
  getItemProps: ReturnType<typeof useCombobox<Option>>['getItemProps'];
}) {
  const rendered: ReactNode[] = [];
  options.forEach((option, index) => {
    const previous = options[index - 1];
    if (option.group && option.group.key !== previous?.group?.key) {
      rendered.push(
        <li key={`group-${option.group.key}`} role="presentation" className="picker-group">
          {option.group.label}
        </li>,
      );
    }
    rendered.push(
      <li
        key={option.key}
        className="picker-option"
        data-highlighted={highlightedIndex === index || undefined}
        data-grouped={option.group ? true : undefined}
        {...getItemProps({ item: option, index })}
      >
        {option.content}
      </li>,
    );
  });
  return <Fragment>{rendered}</Fragment>;
}
