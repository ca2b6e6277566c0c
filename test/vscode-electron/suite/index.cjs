// The suite that @vscode/test-electron runs inside VS Code's extension host (no test framework: each
// check throws on failure). The workspace is a copy of examples/.
const assert = require('node:assert/strict');
const path = require('node:path');
const vscode = require('vscode');

/** Polls `look` until it returns a value, or fails after `ms`. */
async function until(what, look, ms = 30000) {
    const end = Date.now() + ms;
    for (;;) {
        const value = await look();
        if (value) return value;
        if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
        await new Promise(resolve => setTimeout(resolve, 200));
    }
}

async function open(relative) {
    const folder = vscode.workspace.workspaceFolders[0].uri.fsPath;
    const document = await vscode.workspace.openTextDocument(path.join(folder, relative));
    return vscode.window.showTextDocument(document);
}

const checks = {
    async 'the extension activates on a .tthc file'() {
        await open('lam-dong/procedures/dang-ky-khai-sinh.tthc');
        const extension = vscode.extensions.getExtension('tthc.tthc');
        assert.ok(extension, 'the extension tthc.tthc is installed');
        await until('activation', () => extension.isActive);
    },
    async 'a district-level step is reported and its quick fix clears it'() {
        const editor = await open('legacy/procedures/cap-giay-phep-xay-dung-nha-o-rieng-le.tthc');
        const uri = editor.document.uri;
        const onLine29 = () => vscode.languages.getDiagnostics(uri).find(d => d.code === 'district-level' && d.range.start.line === 28);
        const diagnostic = await until('the district-level diagnostic', onLine29);
        const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
        const preferred = actions.find(a => a.isPreferred);
        assert.match(preferred.title, /^Assign to /);
        assert.ok(await vscode.workspace.applyEdit(preferred.edit));
        await until('the fix to clear the diagnostic', () => !onLine29());
    },
    async 'completion after `by` offers the procedure\'s level only'() {
        const editor = await open('lam-dong/procedures/dang-ky-khai-sinh.tthc');
        const offset = editor.document.getText().indexOf('by TTPVHCCXa') + 3;
        const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', editor.document.uri, editor.document.positionAt(offset));
        const labels = list.items.map(i => (typeof i.label === 'string' ? i.label : i.label.label));
        assert.ok(labels.includes('UBNDXa.ChuTich'));
        assert.ok(!labels.includes('UBNDTinh.ChuTich'));
    },
    async 'hover shows a unit\'s title'() {
        const editor = await open('lam-dong/procedures/dang-ky-khai-sinh.tthc');
        const offset = editor.document.getText().indexOf('authority UBNDXa') + 11;
        const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(offset));
        const text = hovers.flatMap(h => h.contents.map(c => (typeof c === 'string' ? c : c.value))).join('\n');
        assert.match(text, /Ủy ban nhân dân xã/);
    },
    async 'the workflow diagram command opens its view'() {
        await open('lam-dong/procedures/dang-ky-khai-sinh.tthc');
        await vscode.commands.executeCommand('tthc.showDiagram');
        await until('the diagram tab', () => vscode.window.tabGroups.all.flatMap(g => g.tabs).find(t => /^Diagram: /.test(t.label)));
    }
};

/** Runs every check in order; the first failure fails the run. */
exports.run = async function run() {
    for (const [name, check] of Object.entries(checks)) {
        await check();
        console.log(`ok - ${name}`);
    }
};
