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

/**
 * The snippets: a new procedure, a new step, a new unit (in a province body), a new position, a
 * hand-over. The VS Code extension contributes the same ones (written into its package by
 * `npm run package`), so that there is one list.
 */
export const snippets: readonly Snippet[] = [
    {
        keyword: 'procedure',
        description: 'new procedure',
        body: [
            'procedure ${1:Name} "${2:Tên thủ tục hành chính}" {',
            '\tcode ${3:1.000000}',
            '\tsector "${4:Lĩnh vực}"',
            '\tlevel ${5|commune,province|}',
            '\tauthority ${6:UBNDXa}',
            '\tonline ${7|partial,full|}',
            '\tapplicants "${8:Cá nhân}"',
            '',
            '\tlegal "${9:118/2025/NĐ-CP}" "${10:Nghị định về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông}"',
            '',
            '\tchannel in-person time ${11:3d}',
            '\t\tfee ${12:0} VND',
            '',
            '\tdocument "${13:Tờ khai}" original quantity 1 required',
            '\tresult "${14:Kết quả}"',
            '',
            '\tstep TiepNhan "Tiếp nhận hồ sơ" reception by ${15:OneStop.Officer} 0.5d',
            '\t\t-> ThamDinh',
            '\t\ton incomplete -> BoSung',
            '',
            '\tstep ThamDinh "Thẩm định hồ sơ" appraisal by ${16:Unit.Officer} 1d',
            '\t\t-> PheDuyet',
            '\t\ton rejected -> TuChoi',
            '',
            '\tstep PheDuyet "Phê duyệt" approval by ${17:Authority.Leader} 1d',
            '\t\t-> TraKetQua',
            '',
            '\tstep TraKetQua "Trả kết quả" return by ${15:OneStop.Officer} 0.5d',
            '',
            '\tstep BoSung "Hướng dẫn bổ sung hồ sơ" supplement-request by ${15:OneStop.Officer}',
            '',
            '\tstep TuChoi "Trả hồ sơ, nêu rõ lý do" refusal by ${15:OneStop.Officer}',
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
    },
    {
        keyword: 'handover',
        description: 'inter-connected hand-over',
        body: 'handover to ${1:Partner} via ${2|LGSP,NDXP,document-system,postal|} within ${3:1d}$0'
    }
];

/**
 * The completion item of a snippet (before Langium fills in the text edit); its description in the
 * given words (the language server's, in the locale's language), else the English one.
 */
export function snippetItem(snippet: Snippet, description = snippet.description): CompletionItem {
    return {
        label: snippet.keyword,
        labelDetails: { description },
        kind: CompletionItemKind.Snippet,
        detail: description,
        insertText: snippet.body,
        insertTextFormat: InsertTextFormat.Snippet,
        documentation: { kind: 'markdown', value: '```tthc\n' + snippet.body.replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1').replace(/\$\{\d+:?([^}]*)\}/g, '$1').replace(/\$0/g, '') + '\n```' },
        // After the keyword and the reference items.
        sortText: '2'
    };
}
