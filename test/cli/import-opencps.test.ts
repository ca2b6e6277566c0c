import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { tthc } from './run-cli.js';

// `tthc import opencps`: the bundle the opencps target writes for examples/lam-dong, read back into a workspace;
// then bundles broken on purpose. Needs the built CLI (npm run build).

const PROVINCE = ['--province', 'LamDong', '--province-title', 'Tỉnh Lâm Đồng', '--province-code', '68', '--province-agency', '000.00.00.H39'];
let bundle: string;

function fresh(): string {
    return mkdtempSync(join(tmpdir(), 'tthc-import-'));
}

function files(dir: string, prefix = ''): Map<string, string> {
    const out = new Map<string, string>();
    for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
        const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
        if (entry.isDirectory()) for (const [p, t] of files(dir, path)) out.set(p, t);
        else out.set(path, readFileSync(join(dir, path), 'utf8'));
    }
    return out;
}

// A copy of the lam-dong bundle with `edit` applied to one document.
function brokenBundle(file: string, edit: (text: string) => string): string {
    const dir = fresh();
    for (const [path, text] of files(bundle)) {
        mkdirSync(join(dir, path, '..'), { recursive: true });
        writeFileSync(join(dir, path), path === file ? edit(text) : text);
    }
    return dir;
}

beforeAll(() => {
    const out = fresh();
    const built = tthc(['build', 'examples/lam-dong', '--target', 'opencps', '--out', out]);
    expect(built.status, built.stderr).toBe(0);
    bundle = join(out, 'opencps');
});

describe('tthc import opencps', () => {
    it('writes the catalogue and one file per procedure, the same bytes every time', () => {
        const a = fresh();
        const b = fresh();
        const first = tthc(['import', 'opencps', bundle, '--out', a, ...PROVINCE]);
        tthc(['import', 'opencps', bundle, '--out', b, ...PROVINCE]);
        expect(first.stdout).toContain('imported 19 procedures');
        expect([...files(a).keys()]).toContain('catalogue.tthc');
        expect([...files(a).keys()]).toContain('procedures/1.001193.tthc');
        expect(files(a)).toEqual(files(b));
        const birth = files(a).get('procedures/1.001193.tthc')!;
        expect(birth).toContain('procedure DangKyKhaiSinh "Đăng ký khai sinh" {');
        expect(birth).toContain('step TiepNhan "Tiếp nhận, kiểm tra hồ sơ" reception by TTPVHCCXa.CongChucTiepNhan 1h');
        expect(birth).toContain('on incomplete -> HuongDanBoSung');
        expect(birth).toContain('channel in-person time same-day cut-off 15:00 "Tiếp nhận sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo"');
        expect(birth).toContain('fee 0 VND "Đăng ký khai sinh đúng hạn (Điều 11 Luật Hộ tịch)"');
        expect(files(a).get('catalogue.tthc')).toContain('works monday to friday 07:30 to 11:30, 13:30 to 17:30');
    });

    it('lists what it could not map with its file and line, writes it as unresolved, and tthc check rejects it', () => {
        // A note as a source longer than the schema allows leaves it: cut at 255 characters, ending with `…`.
        const cut = `${'Kiểm tra hồ sơ, '.repeat(16).slice(0, 254)}…`;
        const broken = brokenBundle('processes/2.002755.xml', text => text.replace(/<briefNote\/>/, `<briefNote>${cut}</briefNote>`));
        const out = fresh();
        const run = tthc(['import', 'opencps', broken, '--out', out, ...PROVINCE]);
        expect(run.status).toBe(1);
        expect(run.stdout).toMatch(/processes\/2\.002755\.xml:\d+: briefNote: the text was cut at 255 characters/);
        expect(readFileSync(join(out, 'procedures/2.002755.tthc'), 'utf8')).toContain('unresolved "briefNote (processes/2.002755.xml:');
        const check = tthc(['check', out]);
        expect(check.status).toBe(1);
        expect(check.stdout).toMatch(/2\.002755\.tthc:\d+:\d+ error unresolved/);
    });

    it('maps every procedure of examples/lam-dong: the cases\' times, long step texts and not-counted times come back', () => {
        const out = fresh();
        const run = tthc(['import', 'opencps', bundle, '--out', out, ...PROVINCE]);
        expect(run.status, run.stdout).toBe(0);
        expect(run.stdout).not.toContain('unresolved');
        // 1.012753: the task and the hand-over no longer fit in instructionNote's 255 characters: the hand-over
        // continues in briefNote, and comes back whole.
        const land = readFileSync(join(out, 'procedures/1.012753.tthc'), 'utf8');
        expect(land).toContain('handover to VanPhongDangKyDatDai via LGSP within 2d');
        expect(land).toContain('task "Chuyển hồ sơ để Văn phòng Đăng ký đất đai trích đo hoặc trích lục bản đồ địa chính, cập nhật cơ sở dữ liệu, in Giấy chứng nhận và chuyển thông tin cho cơ quan thuế"');
        // A step written in calendar days keeps them (`Thời gian thực hiện: 15 ngày (tính là 11 ngày làm việc)`).
        expect(land).toMatch(/step NiemYet "[^"]+" posting by PhongKinhTeXa\.TruongPhong 15cd as 11d/);
    });

    it('reads a zip of the bundle (with its top folder) as the folder', async () => {
        const zip = new JSZip();
        for (const [path, text] of files(bundle)) zip.file(`opencps/${path}`, text);
        const archive = join(fresh(), 'opencps.zip');
        writeFileSync(archive, await zip.generateAsync({ type: 'uint8array' }));
        const fromZip = fresh();
        const fromFolder = fresh();
        tthc(['import', 'opencps', archive, '--out', fromZip, ...PROVINCE]);
        tthc(['import', 'opencps', bundle, '--out', fromFolder, ...PROVINCE]);
        expect(files(fromZip)).toEqual(files(fromFolder));
    });

    it('refuses a corrupt zip in one line, writing nothing', () => {
        const archive = join(fresh(), 'broken.zip');
        writeFileSync(archive, 'PK\u0003\u0004 this is not a zip');
        const out = fresh();
        const run = tthc(['import', 'opencps', archive, '--out', out, ...PROVINCE]);
        expect(run.status).toBe(1);
        expect(run.stderr).toMatch(/^tthc: .*broken\.zip: not a readable zip archive \(.*\); zip the bundle's folder again\.\n$/);
        expect(readdirSync(out)).toEqual([]);
    });

    it('refuses a document that is not XML, naming file, line and column; nothing is written', () => {
        const broken = brokenBundle('services/1.001193.xml', text => text.replace('<serviceName>', '<serviceName><'));
        const out = fresh();
        const run = tthc(['import', 'opencps', broken, '--out', out, ...PROVINCE]);
        expect(run.status).toBe(1);
        expect(run.stderr).toMatch(/services\/1\.001193\.xml:5:\d+: not well-formed XML \(attribute without value\.\)/);
        expect(run.stderr).toContain('nothing written: a document of the bundle could not be read');
        expect(readdirSync(out)).toEqual([]);
    });

    it('refuses a document that is not UTF-8, naming it', () => {
        const broken = brokenBundle('templates/1.001193.xml', text => text);
        writeFileSync(join(broken, 'templates/1.001193.xml'), Buffer.from([0x3c, 0x61, 0xff, 0x3e]));
        const run = tthc(['import', 'opencps', broken, '--out', fresh(), ...PROVINCE]);
        expect(run.status).toBe(1);
        expect(run.stderr).toMatch(/templates\/1\.001193\.xml: not UTF-8 text, which OpenCPS documents are/);
    });

    it('refuses a document that breaks the schema (a required element missing) with its line', () => {
        const broken = brokenBundle('processes/1.001193.xml', text => text.replace(/ *<stepName>Ký Giấy khai sinh<\/stepName>\n/, ''));
        const run = tthc(['import', 'opencps', broken, '--out', fresh(), ...PROVINCE]);
        expect(run.status).toBe(1);
        expect(run.stderr).toMatch(/processes\/1\.001193\.xml:\d+:\d+: <ProcessStep> has no <stepName>, which the import schema requires/);
    });

    it('refuses a step duration that is not a number, with its line', () => {
        const broken = brokenBundle('processes/1.001193.xml', text => text.replace('<durationCount>4</durationCount>', '<durationCount>bốn giờ</durationCount>'));
        const run = tthc(['import', 'opencps', broken, '--out', fresh(), ...PROVINCE]);
        expect(run.status).toBe(1);
        expect(run.stderr).toMatch(/processes\/1\.001193\.xml:\d+:\d+: <durationCount> is 'bốn giờ', not a number of hours or days; write the duration as a number \(8, 0\.5\)\./);
    });

    it('refuses a template or process that no service names', () => {
        const broken = brokenBundle('templates/1.001193.xml', text => text);
        rmSync(join(broken, 'services/1.001193.xml'));
        const run = tthc(['import', 'opencps', broken, '--out', fresh(), ...PROVINCE]);
        expect(run.status).toBe(1);
        expect(run.stderr).toMatch(/processes\/1\.001193\.xml:\d+:1: no ServiceInfo \(services\/\*\.xml\) names this document/);
        expect(run.stderr).toMatch(/templates\/1\.001193\.xml:\d+:1: no ServiceInfo/);
    });

    it('writes an unknown role and an unparseable duration as unresolved, with file and line', () => {
        const broken = brokenBundle('processes/1.001193.xml', text => text
            .replace(/<roleCode>UBNDXa_ChuTich<\/roleCode>(\s*<roleName>[^<]*<\/roleName>\s*<moderator>true<\/moderator>\s*<condition\/>\s*<\/StepRole>)/, '<roleCode>KhongCo</roleCode>$1'));
        const broken2 = join(broken, 'services/1.001193.xml');
        writeFileSync(broken2, readFileSync(broken2, 'utf8').replace('Trực tiếp: Trong ngày làm việc', 'Trực tiếp: ba hôm'));
        const out = fresh();
        const run = tthc(['import', 'opencps', broken, '--out', out, ...PROVINCE]);
        expect(run.status).toBe(1);
        expect(run.stdout).toMatch(/processes\/1\.001193\.xml:\d+: roleCode KhongCo: no ProcessRole of the process has this code/);
        expect(run.stdout).toMatch(/services\/1\.001193\.xml:\d+: durationText "ba hôm.*": not a statutory time the import knows/);
        const text = readFileSync(join(out, 'procedures/1.001193.tthc'), 'utf8');
        expect(text).toContain('unresolved "roleCode KhongCo (processes/1.001193.xml:');
    });

    it('reads each case\'s own time and total from durationText, where the target writes them after the channels\'', () => {
        const out = fresh();
        tthc(['import', 'opencps', bundle, '--out', out, ...PROVINCE]);
        const mineral = readFileSync(join(out, 'procedures/1.014466.tthc'), 'utf8');
        // A case keeps its name: its submission gives its code (configNote `mã trường hợp: NhomBa`).
        expect(mineral).toContain('case NhomBa "Trường hợp khoáng sản nhóm III" { time 45d total 36d cut 9d of 45d 20% "kể từ ngày nhận đủ hồ sơ hợp lệ" start TiepNhan3 }');
        expect(mineral).not.toContain('unresolved');
        const group = readFileSync(join(out, 'procedures/1.014101.tthc'), 'utf8');
        // The case whose table starts at the first step comes back with it, through the named first submission.
        expect(group).toContain('case KhongHoiDong "Trường hợp không thành lập hội đồng tư vấn công nhận" { total 15d "kể từ ngày nhận được hồ sơ hợp lệ" start A1 }');
        expect(group).toContain('{ time not-regulated total 27d "kể từ ngày nhận được hồ sơ hợp lệ" start B1 }');
        expect(group).not.toContain('unresolved');
        // A step whose time does not count keeps its own time (durationCount 0): from its instructionNote.
        expect(group).toContain('step B13 "Giải trình, hoàn thiện hồ sơ theo ý kiến hội đồng" transfer by applicant 15d from "khi nhận được yêu cầu"');
        // An alternative performer ("hoặc Nhân viên bưu điện") has its StepRole: its unit and position keep their names.
        expect(group).toContain('reception by TTPVHCCTinh.CongChucTiepNhan or BuuDien.NhanVien');
        expect(readFileSync(join(out, 'catalogue.tthc'), 'utf8')).toContain('unit BuuDien "Bưu điện tỉnh Lâm Đồng (dịch vụ bưu chính công ích)"');
    });

    it('keeps a case\'s time that does not read exactly as written, or names no case of the process, unresolved', () => {
        const broken = brokenBundle('services/1.014466.xml', text => text
            .replace('Trường hợp khoáng sản nhóm III: thời hạn giải quyết 45 ngày làm việc', 'Trường hợp khoáng sản nhóm III: thời hạn giải quyết bốn lăm ngày')
            .replace('Trường hợp khoáng sản nhóm III: tổng thời gian giải quyết theo quy trình nội bộ 36 ngày làm việc (cắt giảm 9 ngày làm việc so với',
                'Trường hợp khoáng sản nhóm IV: tổng thời gian giải quyết theo quy trình nội bộ 36 ngày làm việc (cắt giảm 9 ngày làm việc so với'));
        const out = fresh();
        const run = tthc(['import', 'opencps', broken, '--out', out, ...PROVINCE]);
        expect(run.status).toBe(1);
        expect(run.stdout).toMatch(/services\/1\.014466\.xml:\d+: durationText "Trường hợp khoáng sản nhóm III: bốn lăm ngày": not a statutory time the import knows/);
        expect(run.stdout).toMatch(/services\/1\.014466\.xml:\d+: durationText "Trường hợp khoáng sản nhóm IV: …": names a case the process does not have/);
        const text = readFileSync(join(out, 'procedures/1.014466.tthc'), 'utf8');
        // Neither a time nor a total came back for group III: the case is flagged as having none, as before.
        expect(text).toMatch(/case NhomBa "Trường hợp khoáng sản nhóm III" \{ start TiepNhan3 \}/);
        expect(text).toContain('a case with a table of its own has its own statutory time or published total');
        expect(run.stdout).toMatch(/processes\/1\.014466\.xml:\d+: case NhomBa: a case with a table of its own/);
    });

    it('reads the parts of the table from the ProcessSequences their steps share, with their level and subtotal', () => {
        const process = readFileSync(join(bundle, 'processes/2.002755.xml'), 'utf8');
        expect(process).toContain('<sequenceName>Tại Ủy ban nhân dân cấp xã: thực hiện tại cấp xã; tổng thời gian 40 giờ làm việc</sequenceName>');
        const out = fresh();
        const run = tthc(['import', 'opencps', bundle, '--out', out, ...PROVINCE]);
        expect(run.status, run.stdout).toBe(0);
        const text = readFileSync(join(out, 'procedures/2.002755.tthc'), 'utf8');
        expect(text).toContain('part TaiXa "Tại Ủy ban nhân dân cấp xã" at commune subtotal 40h');
        expect(text).toContain('part TaiSo "Tại Sở Nội vụ" subtotal 56h');
        expect(text).toMatch(/step TiepNhanXa "[^"]+" reception by TTPVHCCXa\.CongChucTiepNhan or BuuDien\.NhanVien 4h in TaiXa\n/);
        expect(text).toMatch(/step TraKetQua "[^"]+" return by TTPVHCCTinh\.CongChucTiepNhan in TaiSo not-counted\n/);
        // The commune's steps of a province procedure are allowed by the part's level: the procedure checks clean.
        expect(tthc(['check', join(out, 'procedures/2.002755.tthc')]).stdout).not.toMatch(/ error /);
    });

    it('reads the procedure\'s published total from durationText, and the performer "được phân công" from the step\'s texts', () => {
        const service = readFileSync(join(bundle, 'services/2.002755.xml'), 'utf8');
        expect(service).toContain('; Tổng thời gian giải quyết theo quy trình nội bộ: 96 giờ làm việc (12 ngày làm việc kể từ ngày nhận đủ hồ sơ theo quy định)</durationText>');
        const out = fresh();
        tthc(['import', 'opencps', bundle, '--out', out, ...PROVINCE]);
        const text = readFileSync(join(out, 'procedures/2.002755.tthc'), 'utf8');
        expect(text).toContain('    total 96h "12 ngày làm việc kể từ ngày nhận đủ hồ sơ theo quy định"\n');
        expect(text).toContain('appraisal by SoNoiVu.ChuyenVien assigned 12h in TaiSo');
    });

    it('keeps a part or a total that does not read exactly as written unresolved, with file and line', () => {
        const broken = brokenBundle('processes/2.002755.xml', text => text.replace('thực hiện tại cấp xã; tổng thời gian 40 giờ làm việc', 'thực hiện tại cấp thôn; tổng thời gian 40 giờ làm việc'));
        const worse = brokenBundle('services/2.002755.xml', text => text.replace('Tổng thời gian giải quyết theo quy trình nội bộ: 96 giờ làm việc', 'Tổng thời gian giải quyết theo quy trình nội bộ: chín mươi sáu giờ'));
        const out = fresh();
        const run = tthc(['import', 'opencps', broken, '--out', out, ...PROVINCE]);
        expect(run.status).toBe(1);
        expect(run.stdout).toMatch(/processes\/2\.002755\.xml:\d+: ProcessSequence 01 "Tại Ủy ban nhân dân cấp xã: thực hiện tại cấp thôn; [^"]+": not a part as the import reads it/);
        expect(readFileSync(join(out, 'procedures/2.002755.tthc'), 'utf8')).toContain('unresolved "ProcessSequence 01');
        const other = fresh();
        const second = tthc(['import', 'opencps', worse, '--out', other, ...PROVINCE]);
        expect(second.status).toBe(1);
        expect(second.stdout).toMatch(/services\/2\.002755\.xml:\d+: durationText "chín mươi sáu giờ[^"]*": not a published total the import knows/);
        expect(readFileSync(join(other, 'procedures/2.002755.tthc'), 'utf8')).not.toMatch(/^\s+total /m);
    });

    it('writes the members of a group, whose services name one process, as one procedure with a member each', () => {
        expect(existsSync(join(bundle, 'processes/1.014102.xml'))).toBe(false);
        expect(readFileSync(join(bundle, 'services/1.014103.xml'), 'utf8')).toContain('<processNo>1.014101</processNo>');
        const out = fresh();
        const run = tthc(['import', 'opencps', bundle, '--out', out, ...PROVINCE]);
        expect(run.status, run.stdout).toBe(0);
        expect(run.stdout).toContain('imported 19 procedures');
        expect(existsSync(join(out, 'procedures/1.014102.tthc'))).toBe(false);
        const group = readFileSync(join(out, 'procedures/1.014101.tthc'), 'utf8');
        expect(group).toMatch(/^procedure \w+ "Nhóm thủ tục công nhận tổ chức, cá nhân đổi mới sáng tạo, khởi nghiệp sáng tạo" \{\n {4}sector /);
        // What every member says alike is the group's; what one says otherwise, its own.
        expect(group).toMatch(/\n {4}level province\n/);
        expect(group).toContain('    member CongNhanChuyenGiaHoTroKhoiNghiepSangTao "Công nhận chuyên gia hỗ trợ khởi nghiệp sáng tạo" {\n        code 1.014103\n'
            + '        applicants "Cá nhân đề nghị công nhận là chuyên gia hỗ trợ khởi nghiệp sáng tạo"\n');
        expect(group.match(/^ {4}step A1 /gm)).toHaveLength(1);
        expect(tthc(['check', out]).stdout).not.toMatch(/1\.014101\.tthc:\d+:\d+ error/);
    });

    it('keeps a not-counted step\'s time that does not read as written unresolved', () => {
        const broken = brokenBundle('processes/1.014101.xml', text => text.replace('Thời gian thực hiện: 15 ngày làm việc (kể từ khi nhận được yêu cầu)', 'Thời gian thực hiện: nửa tháng'));
        const out = fresh();
        const run = tthc(['import', 'opencps', broken, '--out', out, ...PROVINCE]);
        expect(run.status).toBe(1);
        expect(run.stdout).toMatch(/processes\/1\.014101\.xml:\d+: "Thời gian thực hiện: nửa tháng": not a step's time the import knows/);
        expect(readFileSync(join(out, 'procedures/1.014101.tthc'), 'utf8')).toMatch(/step B13 "[^"]+" transfer by applicant\n\s+unresolved "\\"Thời gian thực hiện: nửa tháng/);
    });

    it('keeps hostile text as text and makes names of codes that are keywords or start with a digit', () => {
        const broken = brokenBundle('processes/1.001193.xml', text => text.replaceAll('TiepNhan', 'return').replaceAll('ThamDinh', '2Buoc')
            .replace('<stepName>Ký Giấy khai sinh</stepName>', '<stepName>Ký "Giấy" \\ khai\nsinh &lt;b&gt;</stepName>'));
        const out = fresh();
        tthc(['import', 'opencps', broken, '--out', out, ...PROVINCE]);
        const text = readFileSync(join(out, 'procedures/1.001193.tthc'), 'utf8');
        expect(text).toContain('step return_ "Tiếp nhận, kiểm tra hồ sơ" reception');
        expect(text).toContain('step N2Buoc "');
        expect(text).toContain('-> N2Buoc');
        expect(text).toContain('step KyGiayKhaiSinh "Ký \\"Giấy\\" \\\\ khai sinh <b>" approval');
        const check = tthc(['check', join(out, 'procedures/1.001193.tthc')]);
        expect(check.stdout).not.toMatch(/1\.001193\.tthc:\d+:\d+ error/);
    });

    it('never takes a path from the bundle: a code with separators names a file inside procedures/', () => {
        const broken = brokenBundle('services/1.001193.xml', text => text.replace('<serviceCode>1.001193</serviceCode>', '<serviceCode>../../../evil</serviceCode>'));
        const out = fresh();
        const run = tthc(['import', 'opencps', broken, '--out', out, ...PROVINCE]);
        expect(run.stdout).toMatch(/services\/1\.001193\.xml:\d+: serviceCode \.\.\/\.\.\/\.\.\/evil: not a procedure code of the language/);
        expect(readdirSync(join(out, 'procedures'))).toContain('evil.tthc');
        expect(readdirSync(out).sort()).toEqual(['catalogue.tthc', 'procedures']);
    });

    it('marks a unit whose level nothing says as unresolved, naming where the bundle names it', () => {
        const broken = brokenBundle('processes/1.012855.xml', text => text.replace('Liên thông: chuyển Công an xã, phường, đặc khu qua LGSP', 'Liên thông: chuyển Tổ công tác ABC qua LGSP'));
        const out = fresh();
        const run = tthc(['import', 'opencps', broken, '--out', out, ...PROVINCE]);
        expect(run.stdout).toMatch(/processes\/1\.012855\.xml:\d+: unit ToCongTacABC: the bundle does not say the unit's level and its title does not either/);
        expect(readFileSync(join(out, 'catalogue.tthc'), 'utf8')).toMatch(/unit ToCongTacABC "Tổ công tác ABC"\s+unresolved "unit ToCongTacABC \(processes\/1\.012855\.xml:\d+\): /);
        expect(readFileSync(join(out, 'procedures/1.012855.tthc'), 'utf8')).toContain('handover to ToCongTacABC via LGSP within 3.5d');
    });

    it('never overwrites an existing .tthc without --force', () => {
        const out = fresh();
        tthc(['import', 'opencps', bundle, '--out', out, ...PROVINCE]);
        writeFileSync(join(out, 'procedures/1.001193.tthc'), 'mine');
        const again = tthc(['import', 'opencps', bundle, '--out', out, ...PROVINCE]);
        expect(again.status).toBe(2);
        expect(again.stderr).toMatch(/^tthc: \d+ files exist .*; give --force to overwrite, or another --out\.\n$/);
        expect(readFileSync(join(out, 'procedures/1.001193.tthc'), 'utf8')).toBe('mine');
        const forced = tthc(['import', 'opencps', bundle, '--out', out, ...PROVINCE, '--force']);
        expect(forced.stdout).toContain('imported 19 procedures');
        expect(readFileSync(join(out, 'procedures/1.001193.tthc'), 'utf8')).not.toBe('mine');
    });

    it('with --partial writes what mapped and lists the documents left out', () => {
        const broken = brokenBundle('services/1.001193.xml', () => 'not xml at all');
        const out = fresh();
        const run = tthc(['import', 'opencps', broken, '--out', out, ...PROVINCE, '--partial']);
        expect(run.status).toBe(1);
        expect(run.stderr).toMatch(/services\/1\.001193\.xml:1:\d+: not well-formed XML/);
        expect(run.stderr).toContain('--partial: 1 document left out');
        expect(run.stderr).not.toContain('no ServiceInfo');
        expect(run.stdout).toContain('imported 18 procedures');
        expect(existsSync(join(out, 'procedures/1.001193.tthc'))).toBe(false);
        expect(existsSync(join(out, 'procedures/1.000656.tthc'))).toBe(true);
    });

    it('needs the province, which the bundle does not name', () => {
        const run = tthc(['import', 'opencps', bundle, '--out', fresh()]);
        expect(run.status).toBe(2);
        expect(run.stderr).toMatch(/^tthc: the bundle does not name the province: give --province/);
    });

    it('speaks Vietnamese', () => {
        const run = tthc(['import', 'opencps', bundle, '--out', fresh(), ...PROVINCE, '--lang', 'vi']);
        expect(run.stdout).toContain('đã nhập 19 thủ tục hành chính');
    });
});
