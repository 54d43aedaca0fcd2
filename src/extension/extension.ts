/** Copydesk for desktop VS Code (and code-server): the Node entry, bundled to dist/extension.js. */
import * as os from 'os';
import type * as vscode from 'vscode';
import { activateCopydesk, type CopydeskApi } from './main';

export function activate(context: vscode.ExtensionContext): Promise<CopydeskApi> {
  return activateCopydesk(context, {
    host: 'node',
    userName: () => {
      try {
        return os.userInfo().username || undefined;
      } catch {
        return undefined;
      }
    },
  });
}

export function deactivate(): void {
  // everything is in context.subscriptions
}
