/**
 * The conventions that keep the rule set honest (refined-github's meta-test idea): every rule
 * file is registered, its id is its file name, it has examples in each of its languages and a
 * test file, and every message exists in en, de and nl with the same placeholders.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INFORMAL_SUFFIX, render } from '../../lib/i18n/render';
import { RULES, ruleKey } from '../../lib/rules';
import { checkExample, exampleRows } from '../../lib/rules/testing';
import { generate as generateLexicon } from '../../scripts/gen-en-lexicon';
import { generate as generateFunctionWords } from '../../scripts/gen-function-words';
import { generate as generateMessages, readLocale } from '../../scripts/gen-messages';

const root = join(__dirname, '..', '..');
const RULE_DIRS = ['shared', 'en', 'de', 'nl'].map((d) => join(root, 'lib', 'rules', d)).filter(existsSync);
const ruleFiles = RULE_DIRS.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => join(dir, f)),
);
const FINDING_VARIANTS: Record<string, string[]> = {
  'exclamation-marks': ['run'],
  'repeated-links': ['same'],
  'curiosity-gap': ['forward'],
};

describe('rule registry', () => {
  it('registers every rule file, and nothing else', () => {
    const fileIds = ruleFiles.map((f) => basename(f, '.ts')).sort();
    expect(RULES.map((r) => r.id).sort()).toEqual(fileIds);
  });

  it('has unique ids', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });

  it.each(ruleFiles.map((f) => [basename(f, '.ts'), f]))('%s has a test file', (_id, file) => {
    expect(existsSync(file.replace(/\.ts$/, '.test.ts'))).toBe(true);
  });

  it.each(RULES.map((r) => [r.id, r]))('%s has examples in each of its languages', (_id, rule) => {
    for (const lang of rule.languages) {
      const ex = rule.examples[lang];
      expect(ex, `${rule.id} has no ${lang} examples`).toBeDefined();
      const total = (ex?.flagged.length ?? 0) + (ex?.strong?.length ?? 0) + (ex?.fine.length ?? 0);
      expect(total, `${rule.id} has an empty ${lang} example set`).toBeGreaterThan(0);
    }
    const en = rule.examples.en;
    if (en) expect(en.flagged.length + (en.strong?.length ?? 0)).toBeGreaterThan(0);
  });

  it.each(
    RULES.flatMap((r) => exampleRows(r).map(([lang, kind, text]) => [r.id, lang, kind, text, r] as const)),
  )('%s (%s, %s): %s', (_id, lang, kind, text, rule) => {
    expect(checkExample(rule, lang, kind, text)).toBeUndefined();
  });
});

describe('messages', () => {
  const locales = { en: readLocale('en'), de: readLocale('de'), nl: readLocale('nl') };
  const placeholders = (s: string) => [...new Set(s.match(/\$\d/g) ?? [])].sort();

  // German and Dutch address someone formally or informally; `<key>_informal` is the informal
  // variant of `<key>`, present only where the two differ (lib/i18n/render.ts falls back to the key).
  const isVariant = (k: string) => k.endsWith(INFORMAL_SUFFIX);
  const baseKeys = (catalog: Record<string, string>) =>
    Object.keys(catalog)
      .filter((k) => !isVariant(k))
      .sort();

  it('has the same keys in en, de and nl (register variants aside)', () => {
    const en = baseKeys(locales.en);
    expect(baseKeys(locales.de)).toEqual(en);
    expect(baseKeys(locales.nl)).toEqual(en);
  });

  it('has register variants only in German and Dutch, each next to a base key', () => {
    expect(Object.keys(locales.en).filter(isVariant)).toEqual([]);
    for (const lang of ['de', 'nl'] as const) {
      for (const key of Object.keys(locales[lang]).filter(isVariant)) {
        const base = key.slice(0, -INFORMAL_SUFFIX.length);
        expect(locales[lang], `${lang} ${key}`).toHaveProperty([base]);
        expect(locales[lang][key], `${lang} ${key} repeats its base text`).not.toBe(locales[lang][base]);
      }
    }
  });

  it('uses the same placeholders in every language', () => {
    for (const [key, text] of Object.entries(locales.en)) {
      expect(placeholders(locales.de[key] ?? ''), `de ${key}`).toEqual(placeholders(text));
      expect(placeholders(locales.nl[key] ?? ''), `nl ${key}`).toEqual(placeholders(text));
    }
    for (const lang of ['de', 'nl'] as const) {
      for (const key of Object.keys(locales[lang]).filter(isVariant)) {
        const base = locales.en[key.slice(0, -INFORMAL_SUFFIX.length)] ?? '';
        expect(placeholders(locales[lang][key] ?? ''), `${lang} ${key}`).toEqual(placeholders(base));
      }
    }
  });

  it('writes every German and Dutch suggestion in one register, in both registers', () => {
    // The words that give a register away in a suggestion (which never talks about "they").
    const forms = {
      de: {
        formal: /(?<![\p{L}])(Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres)(?![\p{L}])/u,
        informal: /(?<![\p{L}])(du|dich|dir|dein\p{L}*|euch|eure?\p{L}*)(?![\p{L}])/iu,
      },
      nl: {
        formal: /(?<![\p{L}])(u|uw)(?![\p{L}])/iu,
        informal: /(?<![\p{L}])(je|jij|jou|jouw|jullie)(?![\p{L}])/iu,
      },
    };
    for (const lang of ['de', 'nl'] as const) {
      const keys = baseKeys(locales[lang]).filter((k) => /^(rule|brand)\..*suggestion/.test(k));
      expect(keys.length).toBeGreaterThan(20);
      for (const key of keys) {
        const args = ['X', 'Y', 'Z', 'W', 'V'];
        const formal = render(lang, key, args, 'formal').text;
        const informal = render(lang, key, args, 'informal').text;
        expect(formal, `${lang} ${key} (formal)`).not.toMatch(forms[lang].informal);
        expect(informal, `${lang} ${key} (informal)`).not.toMatch(forms[lang].formal);
      }
    }
  });

  it('has a message and a suggestion for every rule that can flag', () => {
    for (const rule of RULES) {
      const canFlag = Object.values(rule.examples).some((ex) => (ex?.flagged.length ?? 0) > 0);
      if (!canFlag) continue;
      for (const variant of ['', ...(FINDING_VARIANTS[rule.id] ?? []).map((v) => `${v}_`)]) {
        for (const part of ['message', 'suggestion']) {
          expect(locales.en, `${rule.id} ${variant}${part}`).toHaveProperty([
            `${ruleKey(rule.id)}.${variant}${part}`,
          ]);
        }
      }
    }
  });

  it('has a message for every strength kind', () => {
    for (const kind of [
      'question',
      'invitation',
      'addressesReader',
      'conversation',
      'deal',
      'tip',
      'fact',
      'help',
      'privilege',
      'benefit',
    ]) {
      expect(locales.en).toHaveProperty([`strength.${kind}`]);
    }
  });

  it('uses only message names Chrome accepts ([A-Za-z0-9_] once dots become underscores)', () => {
    for (const key of Object.keys(locales.en)) expect(key.replace(/\./g, '_')).toMatch(/^[A-Za-z0-9_@]+$/);
  });
});

describe('generated files', () => {
  it('lib/i18n/messages.generated.ts is current', () => {
    expect(readFileSync(join(root, 'lib/i18n/messages.generated.ts'), 'utf8')).toBe(generateMessages());
  });

  it('lib/nlp/en/lexicon.generated.ts is current', () => {
    expect(readFileSync(join(root, 'lib/nlp/en/lexicon.generated.ts'), 'utf8')).toBe(generateLexicon());
  });

  it('lib/nlp/function-words.generated.ts is current', () => {
    expect(readFileSync(join(root, 'lib/nlp/function-words.generated.ts'), 'utf8')).toBe(
      generateFunctionWords(),
    );
  });
});

describe('layout', () => {
  it('keeps lib/nlp, lib/rules, lib/scoring, lib/brand, lib/budget and lib/validation free of the DOM and browser APIs', () => {
    const pure = ['nlp', 'rules', 'scoring', 'brand', 'budget', 'validation']
      .map((d) => join(root, 'lib', d))
      .filter(existsSync);
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.tsx?$/.test(entry.name) && !entry.name.includes('.test.')) {
          const src = readFileSync(path, 'utf8');
          if (/\b(document|window|browser|chrome)\.\w/.test(src) || /from ['"]wxt/.test(src))
            offenders.push(path);
        }
      }
    };
    for (const d of pure) walk(d);
    expect(offenders).toEqual([]);
  });

  it('imports compromise only from scripts (the lexicon generator), never from the runtime', () => {
    const hits: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.tsx?$/.test(entry.name) && /from ['"]compromise/.test(readFileSync(path, 'utf8')))
          hits.push(path);
      }
    };
    for (const d of ['lib', 'entrypoints', 'components', 'cli'])
      if (existsSync(join(root, d))) walk(join(root, d));
    expect(hits).toEqual([]);
  });

  // The popup and the options page are apps that live in their entrypoint folders; components/ holds only
  // what several entrypoints share, and dependencies point one way: entrypoints -> components -> lib.
  describe('apps and shared components', () => {
    const sourceFiles = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
        const path = join(dir, e.name);
        if (e.isDirectory()) return sourceFiles(path);
        return /\.tsx?$/.test(e.name) && !e.name.includes('.test.') ? [path] : [];
      });
    /** Relative imports of a file, resolved to files. */
    const importsOf = (file: string): string[] =>
      [...readFileSync(file, 'utf8').matchAll(/from '(\.{1,2}\/[^']+)'/g)].flatMap((m) => {
        const base = resolve(dirname(file), m[1] ?? '');
        return ['.ts', '.tsx', '/index.ts']
          .map((ext) => base + ext)
          .filter(existsSync)
          .slice(0, 1);
      });
    const entrypoints = join(root, 'entrypoints');
    /** The entrypoint a file belongs to: `popup`, `options`, `content`, `background` … */
    const entrypointOf = (file: string) => relative(entrypoints, file).split(/[/.]/)[0] ?? '';
    const components = sourceFiles(join(root, 'components'));

    it('components/ imports nothing from entrypoints/', () => {
      const offenders = components.filter((f) => importsOf(f).some((i) => i.startsWith(`${entrypoints}/`)));
      expect(offenders.map((f) => relative(root, f))).toEqual([]);
    });

    it('the popup and options apps share nothing with other entrypoints but through components/', () => {
      const apps = ['popup', 'options'];
      const offenders = sourceFiles(entrypoints).flatMap((f) =>
        importsOf(f)
          .filter((i) => i.startsWith(`${entrypoints}/`) && entrypointOf(i) !== entrypointOf(f))
          .filter((i) => apps.includes(entrypointOf(i)) || apps.includes(entrypointOf(f)))
          .map((i) => `${relative(root, f)} -> ${relative(root, i)}`),
      );
      expect(offenders).toEqual([]);
    });

    it('every module in components/ is used by at least two entrypoints (else it belongs in that one)', () => {
      const usedBy = new Map<string, Set<string>>(components.map((c) => [c, new Set()]));
      for (const file of sourceFiles(entrypoints)) {
        const seen = new Set<string>();
        const walk = (f: string) => {
          for (const i of importsOf(f)) {
            if (seen.has(i)) continue;
            seen.add(i);
            usedBy.get(i)?.add(entrypointOf(file));
            if (!i.includes('/lib/')) walk(i);
          }
        };
        walk(file);
      }
      const single = [...usedBy]
        .filter(([, by]) => by.size < 2)
        .map(([c, by]) => `${relative(root, c)}: ${[...by]}`);
      expect(single).toEqual([]);
    });
  });
});
