// What every screenshot of the tour is taken in: the draft per UI language, and the scheme × language variants.
export const DRAFT: Record<string, string> = {
  en: 'We are SO excited to announce our new app!!! Download now and share it with everyone 🎉 #launch #app #new #deal',
  de: 'Wir freuen uns, Ihnen unsere neue App vorzustellen!!! Jetzt herunterladen und sofort teilen 🎉 #launch #app',
};

export const VARIANTS = [
  { scheme: 'light', lang: 'en' },
  { scheme: 'dark', lang: 'en' },
  { scheme: 'light', lang: 'de' },
] as const;
