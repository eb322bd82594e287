// natural ships typings only for its package index (which must not be imported: it loads
// databases and prints on stdout); these are the few submodules the text utilities use.
declare module 'natural/lib/natural/stemmers/porter_stemmer_sv.js' {
  const PorterStemmerSv: { stem(token: string): string };
  export default PorterStemmerSv;
}

declare module 'natural/lib/natural/tokenizers/aggressive_tokenizer_sv.js' {
  export default class AggressiveTokenizerSv {
    tokenize(text: string): string[];
  }
}
