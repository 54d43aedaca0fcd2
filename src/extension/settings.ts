/** Reading the `copydesk.*` settings into the core's configuration shape. */
import * as vscode from 'vscode';
import type { Category, CopydeskConfig, DateFormat, DateStyle, ExtraTerm, Severity } from '../core';
import { CATEGORIES } from '../core';

export const SECTION = 'copydesk';
export const DEFAULT_LANGUAGES = ['markdown', 'plaintext', 'newsdraft'];
export const DEFAULT_INCLUDE = '**/*.{md,markdown,txt,draft,story}';
export const DEFAULT_DEBOUNCE_MS = 250;

/** The user's settings (all scopes VS Code merges for this resource) as a config layer. */
export function userConfig(scope?: vscode.ConfigurationScope): CopydeskConfig {
  const c = vscode.workspace.getConfiguration(SECTION, scope);
  const categories: Partial<Record<Category, boolean>> = {};
  for (const cat of CATEGORIES) {
    const v = c.get<boolean>(`categories.${cat}`);
    if (typeof v === 'boolean') categories[cat] = v;
  }
  const rules: Record<string, boolean | Severity | 'off'> = {};
  const rawRules = c.get<Record<string, unknown>>('rules') ?? {};
  for (const [k, v] of Object.entries(rawRules)) {
    if (typeof v === 'boolean' || v === 'off' || v === 'error' || v === 'warning' || v === 'information' || v === 'hint') rules[k] = v;
  }
  const strings = (key: string): string[] => (c.get<unknown[]>(key) ?? []).filter((s): s is string => typeof s === 'string' && !!s.trim());
  const extraTerms: (string | ExtraTerm)[] = [];
  for (const t of c.get<unknown[]>('extraTerms') ?? []) {
    if (typeof t === 'string' && t.trim()) extraTerms.push(t);
    else if (t && typeof t === 'object' && typeof (t as ExtraTerm).term === 'string') extraTerms.push(t as ExtraTerm);
  }
  const style = c.get<string>('dates.style');
  const format = c.get<string>('dates.format');
  const dates: CopydeskConfig['dates'] = {};
  if (style === 'ap' || style === 'strict' || style === 'evergreen') dates.style = style as DateStyle;
  if (format === 'ap' || format === 'iso' || format === 'long') dates.format = format as DateFormat;
  return { categories, rules, allow: strings('allow'), extraTerms, removedTerms: strings('removedTerms'), dates };
}

export function isEnabled(scope?: vscode.ConfigurationScope): boolean {
  return vscode.workspace.getConfiguration(SECTION, scope).get<boolean>('enable', true) !== false;
}

export function languages(): string[] {
  const v = vscode.workspace.getConfiguration(SECTION).get<unknown[]>('languages');
  const list = Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string' && !!s) : [];
  return list.length ? list : DEFAULT_LANGUAGES;
}

export function debounceMs(scope?: vscode.ConfigurationScope): number {
  const v = vscode.workspace.getConfiguration(SECTION, scope).get<number>('debounceMs', DEFAULT_DEBOUNCE_MS);
  return typeof v === 'number' && Number.isFinite(v) ? Math.max(0, Math.min(5000, v)) : DEFAULT_DEBOUNCE_MS;
}

export function includeGlob(scope?: vscode.ConfigurationScope): string {
  const v = vscode.workspace.getConfiguration(SECTION, scope).get<string>('include', DEFAULT_INCLUDE);
  return typeof v === 'string' && v.trim() ? v.trim() : DEFAULT_INCLUDE;
}

export function dateFormat(scope?: vscode.ConfigurationScope): DateFormat {
  const f = vscode.workspace.getConfiguration(SECTION, scope).get<string>('dates.format');
  return f === 'iso' || f === 'long' ? f : 'ap';
}
