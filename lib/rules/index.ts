/**
 * The registry: every rule, imported explicitly (refined-github style). The meta-test checks
 * that every file in lib/rules/shared|en|de|nl is registered here and has examples and a test.
 */
import { addressesReader } from './shared/addresses-reader';
import { allCaps } from './shared/all-caps';
import { announcementFormula } from './shared/announcement-formula';
import { callToAction } from './shared/call-to-action';
import { conversation } from './shared/conversation';
import { curiosityGap } from './shared/curiosity-gap';
import { emojiStuffing } from './shared/emoji-stuffing';
import { engagementBait } from './shared/engagement-bait';
import { exclamationMarks } from './shared/exclamation-marks';
import { giveawayBait } from './shared/giveaway-bait';
import { hashtagStuffing } from './shared/hashtag-stuffing';
import { hype } from './shared/hype';
import { invitesReply } from './shared/invites-reply';
import { linkOnly } from './shared/link-only';
import { listicleTease } from './shared/listicle-tease';
import { mixedRegister } from './shared/mixed-register';
import { noConcreteValue } from './shared/no-concrete-value';
import { noInvitation } from './shared/no-invitation';
import { nominalStyle } from './shared/nominal-style';
import { passiveVoice } from './shared/passive-voice';
import { pressReleaseVocabulary } from './shared/press-release-vocabulary';
import { repeatedLinks } from './shared/repeated-links';
import { thirdPersonHeadline } from './shared/third-person-headline';
import { urgency } from './shared/urgency';
import { vagueWording } from './shared/vague-wording';
import { valueDeal } from './shared/value-deal';
import { valueHelp } from './shared/value-help';
import { valueInformation } from './shared/value-information';
import { valuePrivilege } from './shared/value-privilege';
import { valueTip } from './shared/value-tip';
import { weCentred } from './shared/we-centred';
import type { Rule } from './types';

export const RULES: readonly Rule[] = [
  // broadcast tone
  announcementFormula,
  pressReleaseVocabulary,
  weCentred,
  linkOnly,
  nominalStyle,
  passiveVoice,
  thirdPersonHeadline,
  invitesReply,
  addressesReader,
  conversation,
  noInvitation,
  mixedRegister,
  // pushiness
  callToAction,
  urgency,
  hype,
  giveawayBait,
  engagementBait,
  exclamationMarks,
  allCaps,
  hashtagStuffing,
  emojiStuffing,
  repeatedLinks,
  // missing value
  curiosityGap,
  listicleTease,
  vagueWording,
  valueDeal,
  valuePrivilege,
  valueTip,
  valueHelp,
  valueInformation,
  noConcreteValue,
];

/** The i18n key stem of a rule: Chrome message names allow only [A-Za-z0-9_]. */
export function ruleKey(id: string): string {
  return `rule.${id.replace(/-/g, '_')}`;
}
