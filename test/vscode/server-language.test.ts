// `tthc.language` as the client sends it to the server in `initialize`.
import { buildLanguage, serverInitializationOptions } from '@tthc/vscode/server-language';
import { expect, test } from 'vitest';

test('vi and en are sent as chosen; auto, or anything else, leaves the server to follow VS Code\'s locale', () => {
    expect(serverInitializationOptions('vi')).toEqual({ language: 'vi' });
    expect(serverInitializationOptions('en')).toEqual({ language: 'en' });
    expect(serverInitializationOptions('auto')).toEqual({ language: undefined });
    expect(serverInitializationOptions(undefined)).toEqual({ language: undefined });
    expect(serverInitializationOptions('fr')).toEqual({ language: undefined });
    expect(serverInitializationOptions(['vi'])).toEqual({ language: undefined });
});

test('the build command asks the CLI for the chosen language, or for auto the display language', () => {
    expect(buildLanguage('vi', 'en')).toBe('vi');
    expect(buildLanguage('en', 'vi')).toBe('en');
    expect(buildLanguage('auto', 'vi')).toBe('vi');
    expect(buildLanguage('auto', 'vi-VN')).toBe('vi');
    expect(buildLanguage(undefined, 'en-US')).toBe('en');
    expect(buildLanguage('auto', 'video')).toBe('en');
});
