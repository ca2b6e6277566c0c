import { CompletionItemKind, InsertTextFormat, type CompletionItem } from 'vscode-languageserver';

// Choices in the order of docs/language.md; `district` is left out on purpose (abolished 1 July 2025).
const stepKinds = 'reception,transfer,assignment,appraisal,review,approval,issue,return,inspection,posting,supplement-request,refusal,apology';
const unitKinds = 'one-stop,people-committee,office,department,division,records-office,service-unit,sector-agency,ministry';

/** A snippet offered where its keyword is: the keyword starts the label, so typing it finds the snippet. */
export interface Snippet {
    /** The snippet's own name, when several start with one keyword (`return-step`); else its keyword. */
    readonly name?: string;
    readonly keyword: string;
    /**
     * The grammar rule whose keyword starts the snippet, when the keyword starts another rule too: `part`
     * declares a part (`Part`) and also puts a step in one (`Step`). Elsewhere than where that rule's
     * keyword is offered, the snippet is offered only at the start of a line.
     */
    readonly rule?: string;
    readonly description: string;
    /** LSP snippet text: `${1:placeholder}`, `${1|a,b|}` choices, `$0` the final cursor; `\t` indents. */
    readonly body: string;
}

/**
 * The snippets: a new procedure, a new step, a return step that is not counted, a new unit (in a
 * province body), a new position, a hand-over, a case with its own limit, a part with its subtotal.
 * The VS Code extension contributes the same ones (written into its package by `npm run package`, one
 * entry per `name ?? keyword`), so that there is one list.
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
        name: 'return-step',
        keyword: 'step',
        description: 'return step, not counted',
        // "Trả kết quả … Không tính thời gian": the return step of almost every published table.
        body: 'step ${1:TraKetQua} "${2:Trả kết quả}" return by ${3:OneStop.Officer} not-counted$0'
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
    },
    {
        keyword: 'case',
        rule: 'Case',
        description: 'a case with its own limit',
        body: 'case ${1:Name} "${2:Trường hợp cần xác minh}" { time ${3:30d} }$0'
    },
    {
        keyword: 'part',
        rule: 'Part',
        description: 'a part with its subtotal',
        body: 'part ${1:Name} "${2:Tại Ủy ban nhân dân cấp xã}" subtotal ${3:40h}$0'
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
