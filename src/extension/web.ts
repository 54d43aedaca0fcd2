/**
 * Copydesk for VS Code in the browser (vscode.dev, github.dev): the web entry, bundled to
 * dist/web/extension.js. The same core and features; no Node built-ins.
 */
import type * as vscode from 'vscode';
import { activateCopydesk, type CopydeskApi } from './main';

export function activate(context: vscode.ExtensionContext): Promise<CopydeskApi> {
  return activateCopydesk(context, { host: 'web', userName: () => undefined });
}

export function deactivate(): void {
  // everything is in context.subscriptions
}
