/**
 * The one seam onto wink-nlp. Its English lite web model ships inside the npm package, so nothing
 * is fetched at run time and the same code runs in Node and in the browser. Loading the model
 * takes ~200 ms, so the pipeline is built once, on first use, and shared; it holds no state
 * between documents, which keeps every analysis a pure function of its text.
 */
import winkNLP, { type ItsFunction, type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** One token of an answer, with its place in the original text. */
export interface AnalysedToken {
  /** The token exactly as written. */
  text: string;
  /** Lowercased form as written ("kids", "was"). */
  normal: string;
  /** Dictionary form ("kid", "be"; "n't" becomes "not"). */
  lemma: string;
  /** Universal part-of-speech tag ("NOUN", "PROPN", "PUNCT" …). */
  pos: string;
  /** wink's token type: "word", "punctuation", "number", "email", … */
  type: string;
  /** In wink's English stop-word list ("the", "was", "my"). */
  stopWord: boolean;
  /** Character offsets in the original text, end exclusive. */
  start: number;
  end: number;
  sentence: number;
  /** True for the first token of its sentence. */
  sentenceStart: boolean;
}

export interface AnalysedText {
  tokens: AnalysedToken[];
  /** wink's sentiment score for the whole text, from -1 (negative) to 1 (positive). */
  sentiment: number;
}

let pipeline: WinkMethods | undefined;

function nlp(): WinkMethods {
  pipeline ??= winkNLP(model, ['sbd', 'negation', 'sentiment', 'pos', 'ner']);
  return pipeline;
}

/** wink's `its` readers we use; typed as plain functions (wink declares them as methods, but they use no `this`). */
type Readers = Record<
  | 'value'
  | 'normal'
  | 'lemma'
  | 'pos'
  | 'type'
  | 'precedingSpaces'
  | 'stopWordFlag'
  | 'span'
  | 'sentiment',
  ItsFunction<unknown>
>;

function column<T>(values: unknown[]): T[] {
  return values as T[];
}

/** Tokenises, lemmatises and tags a text; deterministic for a given text. */
export function analyseText(text: string): AnalysedText {
  const winkNlp = nlp();
  const its = winkNlp.its as unknown as Readers;
  const doc = winkNlp.readDoc(text);
  const tokens = doc.tokens();
  const values = column<string>(tokens.out(its.value));
  const normals = column<string>(tokens.out(its.normal));
  const lemmas = column<string>(tokens.out(its.lemma));
  const tags = column<string>(tokens.out(its.pos));
  const types = column<string>(tokens.out(its.type));
  const spaces = column<string>(tokens.out(its.precedingSpaces));
  const stopWords = column<boolean>(tokens.out(its.stopWordFlag));
  const spans = column<number[]>(doc.sentences().out(its.span));

  const sentenceOf: number[] = [];
  const startsSentence = new Set<number>();
  spans.forEach(([first = 0, last = -1], index) => {
    startsSentence.add(first);
    for (let i = first; i <= last; i += 1) sentenceOf[i] = index;
  });

  const analysed: AnalysedToken[] = [];
  let offset = 0;
  values.forEach((value, i) => {
    offset += (spaces[i] ?? '').length;
    analysed.push({
      text: value,
      normal: normals[i] ?? value.toLowerCase(),
      lemma: lemmas[i] ?? value.toLowerCase(),
      pos: tags[i] ?? 'X',
      type: types[i] ?? 'word',
      stopWord: stopWords[i] ?? false,
      start: offset,
      end: offset + value.length,
      sentence: sentenceOf[i] ?? 0,
      sentenceStart: startsSentence.has(i),
    });
    offset += value.length;
  });
  return { tokens: analysed, sentiment: Number(doc.out(its.sentiment)) };
}
