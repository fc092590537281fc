import type { BudgetStatus } from '../../lib/budget/types';
import type { Analysis, Platform } from '../../lib/scoring/types';
import { settingsItem } from '../../lib/storage/settings-item';

/**
 * STAND-IN for `call('draft', …)` of lib/protocol.ts (issue 9, /work/contract.md), with exactly
 * its signature, until that module lands; the lead replaces this file by the real import. It
 * combines today's two messages: `analyze` (skipped for a blank draft) and `budget-status`, sent
 * in parallel so a rescore waits for one round trip. Today's background resolves the brand from
 * the platform alone (the active brand, else the only brand), so `brand` here names that brand,
 * read from the stored settings; the real `draft` scores with the brand that owns the account.
 */

export interface DraftRequest {
  text: string;
  site: Platform;
  account: string;
  kind: 'post' | 'reply';
}

export interface DraftReply {
  ok: true;
  analysis: Analysis | null;
  budget: BudgetStatus | null;
  brand: { id: string; name: string } | null;
}

export async function call(type: 'draft', body: DraftRequest): Promise<DraftReply | null> {
  if (type !== 'draft') return null;
  const blank = body.text.trim() === '';
  const [analysis, budget, brand] = await Promise.all([
    blank ? null : send({ type: 'analyze', text: body.text, platform: body.site }),
    send({ type: 'budget-status', site: body.site, account: body.account }),
    appliedBrand(),
  ]);
  // Without scores for a non-blank draft the round failed (worker restarting): the caller skips it.
  if (!blank && !isAnalyzeReply(analysis)) return null;
  return {
    ok: true,
    analysis: isAnalyzeReply(analysis) ? analysis.analysis : null,
    budget: isBudgetReply(budget) ? budget.status : null,
    brand,
  };
}

async function send(message: object): Promise<unknown> {
  try {
    return await browser.runtime.sendMessage(message);
  } catch {
    // The extension was reloaded or the worker is restarting: skip this round quietly.
    return null;
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

function isAnalyzeReply(v: unknown): v is { ok: true; analysis: Analysis } {
  return isRecord(v) && v.ok === true && isRecord(v.analysis) && isRecord(v.analysis.scores);
}

function isBudgetReply(v: unknown): v is { ok: true; status: BudgetStatus } {
  return isRecord(v) && v.ok === true && isRecord(v.status);
}

/** The brand today's `analyze` applies: the active brand, else the only brand (lib/settings/resolve.ts). */
async function appliedBrand(): Promise<{ id: string; name: string } | null> {
  const stored: unknown = await settingsItem.getValue().catch(() => null);
  if (!isRecord(stored) || !Array.isArray(stored.brands)) return null;
  const brands = stored.brands.filter(
    (b): b is { id: string; name: string } =>
      isRecord(b) && typeof b.id === 'string' && typeof b.name === 'string',
  );
  const active = brands.find((b) => b.id === stored.activeBrandId);
  const brand = active ?? (brands.length === 1 ? brands[0] : undefined);
  return brand ? { id: brand.id, name: brand.name } : null;
}
