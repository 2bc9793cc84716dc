import type { UiLanguage } from '../api/vocabularyCodes';
import type { Translate } from './messages';
import type { PackData } from './packData';

/** What every part of the viewer renders from: the pack and the interface language. */
export interface ViewContext {
  readonly data: PackData;
  readonly language: UiLanguage;
  readonly t: Translate;
}
