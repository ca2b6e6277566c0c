import { CompletionItemKind, InsertTextFormat, type CompletionItem } from 'vscode-languageserver';

// Choices in the order of docs/language.md; `district` is left out on purpose (abolished 1 July 2025).
const stepKinds = 'reception,transfer,assignment,appraisal,review,approval,issue,return,inspection,posting,supplement-request,refusal,apology';
const unitKinds = 'one-stop,people-committee,office,department,division,records-office,service-unit,sector-agency,ministry';

/** A snippet offered where its keyword is: the keyword starts the label, so typing it finds the snippet. */
export interface Snippet {
    readonly keyword: string;
    readonly description: string;
    /** LSP snippet text: `${1:placeholder}`, `${1|a,b|}` choices, `$0` the final cursor; `\t` indents. */
    readonly body: string;
}

/** The snippets: a new procedure, a new step, a new unit (in a province body), a new position. */
export const snippets: readonly Snippet[] = [
    {
        keyword: 'procedure',
        description: 'new procedure',
        body: [
            'procedure ${1:Name} "${2:title}" {',
            '\tcode ${3:1.000000}',
            '\tsector "${4:sector}"',
            '\tlevel ${5|commune,province|}',
            '\tauthority ${6:Unit}',
            '\tchannel ${7|in-person,online,postal|} time ${8:same-day} fee ${9:0} VND',
            '\tstep ${10:TiepNhan} "${11:Tiếp nhận, kiểm tra hồ sơ}" reception by ${12:Unit.Position} ${13:1h} -> ${14:TraKetQua}',
            '\tstep ${14:TraKetQua} "${15:Trả kết quả}" return by ${12:Unit.Position} ${16:1h}$0',
            '}'
        ].join('\n')
    },
    {
        keyword: 'step',
        description: 'new step',
        body: `step \${1:Name} "\${2:title}" \${3|${stepKinds}|} by \${4} \${5:1d}$0`
    },
    {
        keyword: 'unit',
        description: 'new unit',
        body: [
            `unit \${1:Name} "\${2:title}" level \${3|commune,province,central|} kind \${4|${unitKinds}|} {`,
            '\tposition ${5:Name} "${6:title}"$0',
            '}'
        ].join('\n')
    },
    {
        keyword: 'position',
        description: 'new position',
        body: 'position ${1:Name} "${2:title}"${3: leader}$0'
    }
];

/** The completion item of a snippet (before Langium fills in the text edit). */
export function snippetItem(snippet: Snippet): CompletionItem {
    return {
        label: snippet.keyword,
        labelDetails: { description: snippet.description },
        kind: CompletionItemKind.Snippet,
        detail: snippet.description,
        insertText: snippet.body,
        insertTextFormat: InsertTextFormat.Snippet,
        documentation: { kind: 'markdown', value: '```tthc\n' + snippet.body.replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1').replace(/\$\{\d+:?([^}]*)\}/g, '$1').replace(/\$0/g, '') + '\n```' },
        // After the keyword and the reference items.
        sortText: '2'
    };
}
