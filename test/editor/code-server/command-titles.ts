// Test-side: the titles the Command Palette should show for the extension's commands, from its manifest and nls files.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const EXTENSION = resolve(import.meta.dirname, '../../../packages/vscode');

interface CommandContribution { command: string; title: string; category?: string }

const read = <T>(file: string): T => JSON.parse(readFileSync(join(EXTENSION, file), 'utf8')) as T;

/** A manifest text: a `%key%` reference is looked up in the nls strings, anything else stays as it is. */
const text = (value: string, nls: Record<string, string>): string => /^%(.+)%$/.exec(value) ? nls[value.slice(1, -1)] ?? value : value;

/**
 * Each contributed command as the palette lists it (`Category: Title`), in English (package.nls.json) or in
 * Vietnamese (package.nls.vi.json), by command id.
 */
export function paletteTitles(language: 'en' | 'vi'): Record<string, string> {
    const commands = read<{ contributes: { commands: CommandContribution[] } }>('package.json').contributes.commands;
    const nls = read<Record<string, string>>(language === 'vi' ? 'package.nls.vi.json' : 'package.nls.json');
    return Object.fromEntries(commands.map(c => [c.command, `${c.category ? `${text(c.category, nls)}: ` : ''}${text(c.title, nls)}`]));
}
