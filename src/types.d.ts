/** Text files bundled as strings (the embedded sample plan). */
declare module "*.txt" {
  const text: string;
  export default text;
}

/**
 * The part of word-extractor 1.0.4 the .doc reader uses (the package ships no types): a
 * document's main text, with its table cells ended by tabs and its rows by a tab and a new line
 * (lib/filters.js and lib/word-ole-extractor.js, writeParagraphProperties).
 */
declare module "word-extractor" {
  interface ExtractedDocument {
    /** filterUnicode: false keeps the text as typed (no dash or quote replaced). */
    getBody(options?: { filterUnicode?: boolean }): string;
  }
  export default class WordExtractor {
    extract(source: string | Buffer): Promise<ExtractedDocument>;
  }
}
