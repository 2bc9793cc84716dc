import type { Node } from '@tiptap/pm/model';
import { useEditorState, type Editor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { countWords } from './countWords';

// A document node is immutable: moving the caret keeps it, so the count is only made again when the text changes.
const counted = new WeakMap<Node, number>();

/** How many words the document holds, counted in the content's language, shown in the interface's. */
export function WordCount({ editor, language }: { editor: Editor; language: string }) {
  const { t } = useTranslation();
  const uiLanguage = useLanguage();
  const words = useEditorState({
    editor,
    selector: ({ editor: current }) => {
      const doc = current.state.doc;
      let count = counted.get(doc);
      if (count === undefined) {
        count = countWords(doc.textBetween(0, doc.content.size, '\n', ' '), language);
        counted.set(doc, count);
      }
      return count;
    },
  });
  return <p className="rich-text-count">{t('app.richText.words', { count: words, formatted: formatNumber(uiLanguage, words) })}</p>;
}
