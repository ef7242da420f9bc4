// The engine's passes that run patterns or loops over the whole text, each callable on a bare
// string: what the linearity guard and the adversarial section of bench:ner time one by one (the
// whole engine and the tagger need a model and are added by each caller).
import { sentences } from '../text/sentences.ts';
import { words } from '../text/words.ts';
import { cleanWithMap, hasInvisible } from '../text/invisible.ts';
import { tokenize } from '../ner/tokenize.ts';
import { splitSentences } from '../ner/sentences.ts';
import { ruleMentions } from '../entities/rules.ts';
import { dateMentions } from '../entities/dates.ts';
import { attributeQuotes } from '../entities/quotes.ts';
import { countryLexicon } from '../entities/lexicon.ts';
import { clipMarked, markParts, quoteText } from '../entities/card-text.ts';

export interface Pass {
  name: string;
  run(text: string): unknown;
}

export function textPasses(): Pass[] {
  const lex = countryLexicon();
  return [
    { name: 'tokenize', run: tokenize },
    { name: 'tagger sentences', run: (t) => splitSentences(t) },
    { name: 'context sentences', run: sentences },
    { name: 'words', run: (t) => words(t) },
    { name: 'rule mentions', run: (t) => ruleMentions(t, lex) },
    { name: 'dates', run: dateMentions },
    { name: 'quotes', run: (t) => attributeQuotes(t, []) },
    // as analyze() runs it: the map is only built for a text that has invisible characters
    { name: 'invisible characters', run: (t) => (hasInvisible(t) ? cleanWithMap(t) : t) },
    { name: 'card quote text', run: quoteText },
    { name: 'card sentence mark', run: (t) => clipMarked(markParts(t, ['Angela Merkel', 'Merkel', 'A', 'a']) ?? { before: t, mark: '', after: '' }, 320) },
  ];
}
