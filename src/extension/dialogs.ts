import * as vscode from 'vscode';

/**
 * The questions Reportwright asks through VS Code's dialogs, in one place: the tests wrap these
 * to see what a writer is shown (the buttons, the choices) and to answer as a writer would.
 */
export const dialogs = {
  showWarningMessage: <T extends vscode.MessageItem>(message: string, options: vscode.MessageOptions, ...items: T[]): Thenable<T | undefined> =>
    vscode.window.showWarningMessage(message, options, ...items),
  showQuickPick: <T extends vscode.QuickPickItem>(items: readonly T[], options: vscode.QuickPickOptions): Thenable<T | undefined> => vscode.window.showQuickPick(items, options),
};
