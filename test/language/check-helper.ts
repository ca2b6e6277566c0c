import { createTthcServices, ruleSeverities, type IssueCode, type TthcServices } from '@tthc/language';
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import {
    expectIssue, expectNoIssues, filterByOptions, parseHelper, printDiagnostics, replaceIndices, validationHelper, VirtualFileSystemProvider,
    type ValidationResult
} from 'langium/test';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { expect } from 'vitest';

/** A small clean catalogue: one-stop, leaders and officers at both levels, a sector agency. */
export const CATALOGUE = `
province Thu "Tỉnh Thử" code 68 agency 000.00.00.H39 {
  unit TTPVHCCTinh "Trung tâm Phục vụ hành chính công tỉnh" level province kind one-stop agency 000.00.01.H39 {
    position CanBo "Công chức tiếp nhận và trả kết quả"
  }
  unit UBNDTinh "Ủy ban nhân dân tỉnh" level province kind people-committee agency 000.00.00.H39 {
    position ChuTich "Chủ tịch Ủy ban nhân dân tỉnh" leader
  }
  unit SoTuPhap "Sở Tư pháp" level province kind department agency 000.00.24.H39 {
    position GiamDoc "Giám đốc Sở" leader
    position ChuyenVien "Chuyên viên"
  }
  unit TTPVHCCXa "Trung tâm Phục vụ hành chính công xã" level commune kind one-stop {
    position CongChuc "Công chức tiếp nhận và trả kết quả"
  }
  unit UBNDXa "Ủy ban nhân dân xã" level commune kind people-committee {
    position ChuTich "Chủ tịch Ủy ban nhân dân xã" leader
  }
  unit VanPhongXa "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã" level commune kind office {
    position TuPhap "Công chức Tư pháp - Hộ tịch"
  }
  unit CongAnXa "Công an xã" level central kind sector-agency
  form Mau01 "Giấy tiếp nhận hồ sơ và hẹn trả kết quả"
  form Mau02 "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ"
  form Mau03 "Phiếu từ chối tiếp nhận giải quyết hồ sơ"
}
`;

/** A clean commune procedure: same-day (8 working hours), supplement and refusal paths. */
export const PROCEDURE = `
procedure KhaiSinh "Đăng ký khai sinh" {
  code 1.001193
  sector "Hộ tịch"
  level commune
  authority UBNDXa
  online partial
  legal "60/2014/QH13" "Luật Hộ tịch"
  channel in-person time same-day fee 0 VND exempt "Đăng ký khai sinh đúng hạn"
  channel online time same-day fee 0 VND
  form TK "Tờ khai đăng ký khai sinh"
  document "Tờ khai đăng ký khai sinh" original on form TK required
  result "Giấy khai sinh"
  step TiepNhan "Tiếp nhận, kiểm tra hồ sơ" reception by TTPVHCCXa.CongChuc 1h produces Mau01 -> ThamDinh on incomplete -> BoSung
  step ThamDinh "Thẩm định, trình ký" appraisal by VanPhongXa.TuPhap 4h -> KyDuyet on rejected -> TuChoi
  step KyDuyet "Ký giấy khai sinh" approval by UBNDXa.ChuTich 2h -> TraKetQua
  step TraKetQua "Trả kết quả" return by TTPVHCCXa.CongChuc 1h
  step BoSung "Hướng dẫn bổ sung hồ sơ" supplement-request by TTPVHCCXa.CongChuc produces Mau02
  step TuChoi "Trả hồ sơ, nêu rõ lý do" refusal by TTPVHCCXa.CongChuc produces Mau03
}
`;

/**
 * `PROCEDURE` (or another text) with `find` replaced; throws when `find` is absent, so that a test
 * can never silently check the unchanged text.
 */
export function edit(find: string, replacement: string, source = PROCEDURE): string {
    if (!source.includes(find)) {
        throw new Error(`The text to edit does not contain: ${find}`);
    }
    return source.replace(find, replacement);
}

/** A range marked in a fixture with `<|` and `|>`. */
export interface Marked {
    readonly text: string;
    readonly ranges: ReadonlyArray<{ readonly offset: number; readonly length: number }>;
}

/**
 * Strips `<|…|>` markers from a fixture and returns the ranges they enclosed (langium/test's `replaceIndices`;
 * `<||>` marks a cursor: an empty range). Throws on an unclosed marker, which `replaceIndices` would ignore.
 */
export function unmark(source: string): Marked {
    const { output, ranges } = replaceIndices({ text: source });
    if (ranges.length !== source.split('|>').length - 1 || ranges.length !== source.split('<|').length - 1) {
        throw new Error('Unbalanced <| |> markers in a fixture.');
    }
    return { text: output, ranges: ranges.map(([start, end]) => ({ offset: start, length: end - start })) };
}

/** A workspace under `file:///ws/` whose files can be changed as an editor would. */
export interface TestWorkspace {
    readonly services: TthcServices;
    readonly documents: Map<string, LangiumDocument>;
    /** The current document of a path (a change replaces the document object). */
    document(path: string): LangiumDocument | undefined;
    /** Writes a file (new or changed) and lets the builder update the workspace. */
    write(path: string, text: string): Promise<void>;
    /** Deletes a file and lets the builder update the workspace. */
    remove(path: string): Promise<void>;
}

/**
 * A fresh workspace (new services, a virtual file system) holding the given files, built with validation.
 * langium/test's helpers parse and build one document per call; a TTHC project is several files linked
 * through the catalogue, and the workspace tests change and delete files as an editor does, so this parses
 * every file with `parseHelper` and builds them together.
 */
export async function workspace(files: Record<string, string>): Promise<TestWorkspace> {
    const fileSystem = new VirtualFileSystemProvider();
    const services = createTthcServices({ fileSystemProvider: () => fileSystem }).Tthc;
    const parse = parseHelper(services);
    const documents = new Map<string, LangiumDocument>();
    for (const [path, text] of Object.entries(files)) {
        fileSystem.insert(uriOf(path), text);
        // Other files (the rule settings, `tthc-rules.json`) are read from the file system, not parsed.
        if (path.endsWith('.tthc')) documents.set(path, await parse(text, { documentUri: uriOf(path), validation: false }));
    }
    const builder = services.shared.workspace.DocumentBuilder;
    await builder.build([...documents.values()], { validation: true });
    return {
        services,
        documents,
        document: path => services.shared.workspace.LangiumDocuments.getDocument(URI.parse(uriOf(path))),
        write: async (path, text) => {
            fileSystem.insert(uriOf(path), text);
            await builder.update([URI.parse(uriOf(path))], []);
        },
        remove: async path => {
            fileSystem.delete(uriOf(path));
            await builder.update([], [URI.parse(uriOf(path))]);
        }
    };
}

function uriOf(path: string): string {
    return `file:///ws/${path}`;
}

/** A checked procedure file: langium/test's validation result, and the ranges its markers enclosed. */
export interface Checked extends ValidationResult {
    readonly marked: Marked;
}

/**
 * Validates a file (markers allowed) beside a catalogue (`null`: alone), in fresh services, with langium/test's
 * `validationHelper`; the catalogue is parsed and validated first, so the file links to it as in a project.
 */
export async function check(source: string, catalogue: string | null = CATALOGUE): Promise<Checked> {
    const marked = unmark(source);
    const services = createTthcServices(EmptyFileSystem).Tthc;
    if (catalogue !== null) {
        await parseHelper(services)(catalogue, { documentUri: uriOf('catalogue.tthc'), validation: true });
    }
    const result = await validationHelper(services)(marked.text, { documentUri: uriOf('procedure.tthc') });
    return Object.assign(result, { marked });
}

const severityOf = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } as const;

function describe(diagnostics: readonly Diagnostic[], document: LangiumDocument): string {
    return diagnostics.map(d => `${d.code} at ${document.textDocument.getText(d.range)} (${d.range.start.line + 1}:${d.range.start.character + 1}): ${d.message}`).join('\n') || '(none)';
}

/**
 * Asserts that `code` is reported exactly at the marked ranges (one diagnostic each, with the rule's
 * severity and `data.code`: langium/test's `expectIssue` with `{ code, range }`), and nowhere else in the file.
 */
export async function expectFinding(code: IssueCode, source: string, catalogue?: string | null): Promise<Diagnostic[]> {
    const result = await check(source, catalogue);
    const { document, marked } = result;
    if (marked.ranges.length === 0) throw new Error('expectFinding needs at least one <|…|> marker.');
    const found = filterByOptions(result, { code });
    const actual = found
        .map(d => ({ offset: document.textDocument.offsetAt(d.range.start), length: document.textDocument.offsetAt(d.range.end) - document.textDocument.offsetAt(d.range.start) }))
        .sort((a, b) => a.offset - b.offset);
    expect(actual, `'${code}' findings; all diagnostics:\n${describe(result.diagnostics, document)}`).toEqual(marked.ranges);
    for (const { offset, length } of marked.ranges) {
        const range = { start: document.textDocument.positionAt(offset), end: document.textDocument.positionAt(offset + length) };
        expectIssue(result, { code, range, severity: severityOf[ruleSeverities[code]], data: { code } });
    }
    return found;
}

/** Asserts that `code` is not reported for the file (langium/test's `expectNoIssues`). */
export async function expectNoFinding(code: IssueCode, source: string, catalogue?: string | null): Promise<void> {
    expectNoIssues(await check(source, catalogue), { code });
}

/** Asserts that the file has no diagnostics at all (langium/test's `expectNoIssues`). */
export async function expectClean(source: string, catalogue?: string | null): Promise<void> {
    const result = await check(source, catalogue);
    expect(result.diagnostics, printDiagnostics(result.diagnostics)).toEqual([]);
    expectNoIssues(result);
}
