/**
 * Turns a language tag as sites write it into BCP 47: a POSIX locale such as
 * `de_DE.UTF-8` or `fr_CH@euro` (the form many CMSs and servers print)
 * becomes `de-DE` and `fr-CH`; underscores become hyphens; surrounding space
 * goes. `C` and `POSIX` name no language and give ''. Anything else is
 * returned as it is, for `Intl.Locale` to accept or refuse.
 */
export function normaliseLangTag(tag: string): string {
  const trimmed = tag.trim();
  // A POSIX locale: language[_territory][.codeset][@modifier].
  const posix = /^([A-Za-z]{2,3}(?:_[A-Za-z0-9]{2,3})?)(?:\.[\w-]+)?(?:@\w+)?$/.exec(
    trimmed,
  );
  if (posix && /[._@]/.test(trimmed)) return posix[1]!.replace(/_/g, '-');
  if (/^(?:c|posix)(?:\.[\w-]+)?$/i.test(trimmed)) return '';
  return trimmed.replace(/_/g, '-');
}
