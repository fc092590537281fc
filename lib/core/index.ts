/** Identity shared by every part of Steady: sites, languages, accounts and who owns them. */
export {
  accountId,
  accountKey,
  HANDLE_FORMATS,
  isAccountShape,
  pageAccount,
  shownAccount,
} from './account';
export { type AccountOwner, type BrandDirectory, brandForAccount, brandOfAccount } from './brand';
export {
  isLanguage,
  isPlatform,
  LANGUAGES,
  type Language,
  PLATFORM_NAMES,
  PLATFORMS,
  type Platform,
} from './platform';
