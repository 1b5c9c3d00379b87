/** The toolkit's two languages: Bahasa Indonesia (the default) and English. */
export type Locale = 'id' | 'en';

/** The locales every label, message and report exists in; the first is the default. */
export const LOCALES: readonly Locale[] = ['id', 'en'];

/** A text in Bahasa Indonesia and English. */
export interface LocalizedText {
  readonly id: string;
  readonly en: string;
}

/** Picks the text of a locale (Bahasa Indonesia when none is given). */
export function localize(text: LocalizedText, locale: Locale = 'id'): string {
  return text[locale];
}
