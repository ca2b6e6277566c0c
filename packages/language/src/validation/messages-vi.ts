import type { ChannelKind, FeeKind, Level } from '../generated/ast.js';
import { vietnameseWeekday } from '../i18n/weekday-names.js';
import { groupDigits } from './group-digits.js';
import type { Arithmetic, HandoverPart, MessageCatalogue, MissingAttribute, MissingAttributeOwner } from './messages.js';
import { vietnameseDuration } from '../i18n/vietnamese-duration.js';
import type { IsoWeekday } from '../calendar/working-calendar.js';
import { quoteSource, sourceText, UNRESOLVED_QUOTE } from './quote-source.js';
import type { ConfigProblem } from '../settings/rule-config.js';
import type { ProtectedWhy, RuleLevel } from '../settings/rule-levels.js';

// As in the English catalogue, every piece of source text goes through `q` (quoted) or `s`
// (unquoted), bounded and with control characters visible; what was cut is counted in Vietnamese.
const q = (name: string | undefined): string => quoteSource(name ?? '?', undefined, 'vi');
const s = (text: string | undefined): string => sourceText(text ?? '?', undefined, 'vi');
const list = (names: readonly string[], more = 0): string => `${names.map(q).join(', ')}${more > 0 ? ` và ${more} bước khác` : ''}`;
// A VND amount as Vietnamese texts write it (`10.000.000`), and as the language writes it in a keyword example (`10_000_000`).
const dong = (digits: string): string => groupDigits(digits, '.', ',');
const vnd = (digits: string): string => groupDigits(digits, '_');
// `fee` is a lệ phí, `charge` a phí (Luật Phí và lệ phí 97/2015/QH13).
const feeWord = (kind: FeeKind): string => (kind === 'fee' ? 'lệ phí' : 'phí');
const inCase = (c: string | undefined): string => (c === undefined ? '' : ` trong trường hợp ${q(c)}`);
// `A 04 giờ + B 01 ngày làm việc + … (và 3 bước nữa)`: the counted steps of a path, bounded by the checks.
const sum = (a: Arithmetic): string =>
    a.terms.length === 0 ? '0' : `${a.terms.map(t => `${s(t.step)} ${vietnameseDuration(t.time)}`).join(' + ')}${a.more > 0 ? ` + … (và ${a.more} bước nữa)` : ''}`;

// The checks pass the language's own values (keywords of the grammar, the English names of a few
// things); each is said here as a Vietnamese reader of an administrative text expects it.
const levels: Record<Level, string> = {
    central: 'cấp trung ương',
    province: 'cấp tỉnh',
    district: 'cấp huyện',
    commune: 'cấp xã'
};
// Weekdays as Vietnamese writes them (thứ Hai … Chủ nhật); the keywords stay English in an example.
const weekdayName = (day: IsoWeekday): string => (day >= 1 && day <= 7 ? vietnameseWeekday(day) : '?');
const weekdayKeywords = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
const weekdayKeyword = (day: IsoWeekday): string => weekdayKeywords[day - 1] ?? '?';
// `2026-09-02` as Vietnamese texts write a date: 02/09/2026.
const ngay = (date: string): string => date.split('-').reverse().join('/');
const level = (value: Level | undefined): string => (value === undefined ? '?' : levels[value]);

const channels: Record<ChannelKind, string> = {
    'in-person': 'trực tiếp',
    online: 'trực tuyến',
    postal: 'qua dịch vụ bưu chính'
};

// What the linker looked for, and where (said after the name).
const referenceKinds: Readonly<Record<string, { readonly kind: string; readonly where: string }>> = {
    'unit or position': { kind: 'đơn vị hoặc chức danh', where: '' },
    unit: { kind: 'đơn vị', where: '' },
    'step in this procedure': { kind: 'bước', where: ' trong quy trình này' },
    'case in this procedure': { kind: 'trường hợp', where: ' trong quy trình này' },
    'part in this procedure': { kind: 'phần', where: ' trong quy trình này' },
    form: { kind: 'mẫu đơn, tờ khai', where: '' }
};

const owners: Record<MissingAttributeOwner, string> = { Procedure: 'Thủ tục', Unit: 'Đơn vị', Step: 'Bước', Member: 'Thủ tục trong nhóm' };

const attributes: Record<MissingAttribute, string> = {
    code: 'mã thủ tục',
    sector: 'lĩnh vực',
    channel: 'cách thức thực hiện (channel)',
    result: 'kết quả thực hiện',
    steps: 'các bước của quy trình nội bộ',
    level: 'cấp',
    kind: 'loại đơn vị',
    performer: 'người thực hiện',
    'time limit': 'thời hạn'
};

// The English examples that hold prose; the others are syntax only and are shown as written.
const examples: Readonly<Record<string, string>> = {
    "'code 1.001193' with its code in the National Database": "'code 1.001193' với mã của thủ tục trên Cơ sở dữ liệu quốc gia về thủ tục hành chính",
    "'level province' or 'level commune'": "'level province' hoặc 'level commune'",
    "'kind one-stop', 'kind department' or another kind": "'kind one-stop', 'kind department' hoặc một loại khác",
    "a duration such as '4h' or '0.5d'": "một thời hạn như '4h' hoặc '0.5d'",
    'its internal procedure as `step` lines, starting with the reception': 'quy trình nội bộ dưới dạng các dòng `step`, bắt đầu bằng bước tiếp nhận'
};

const handoverParts: Record<HandoverPart, string> = {
    'partner agency': 'cơ quan phối hợp',
    'sub-deadline': 'thời hạn phối hợp'
};

const titledThings: Readonly<Record<string, string>> = {
    'a document': 'thành phần hồ sơ',
    'a result': 'kết quả',
    province: 'tỉnh',
    unit: 'đơn vị',
    position: 'chức danh',
    form: 'mẫu đơn, tờ khai',
    procedure: 'thủ tục',
    step: 'bước'
};

// Durations in words (`01 ngày làm việc 4 giờ`, `15 ngày`), shared with the editor's texts.
const duration = (text: string): string => vietnameseDuration(text, s);
// What a path is checked against: a case's limit, or a channel's statutory time.
const limitName = (a: { channels?: readonly ChannelKind[]; case?: string }): string =>
    a.channels ? `thời hạn giải quyết theo quy định khi nộp hồ sơ ${orList(a.channels.map(c => channels[c]))}` : `thời hạn giải quyết của trường hợp ${q(a.case)}`;
const orList = (items: readonly string[]): string =>
    items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} và ${items[items.length - 1]}`;

/**
 * The Vietnamese message catalogue: the same codes and arguments as `englishMessages`, in the words
 * of Vietnamese administrative texts (thủ tục hành chính, quy trình nội bộ, bộ phận một cửa, thời hạn
 * giải quyết…). Keywords of the language (`'level commune'`, `'reception'`, `'-> X'`) stay as
 * written: they are syntax. Typed as `MessageCatalogue`, so a code missing here, or one too many,
 * fails the build.
 */
export const vietnameseMessages: MessageCatalogue = {
    'syntax-error': a => a.detail,
    'unknown-reference': a => {
        const { kind, where } = referenceKinds[a.kind] ?? { kind: s(a.kind), where: '' };
        return a.suggestion
            ? `Không có ${kind} nào tên ${q(a.name)}${where}; có phải ý bạn là ${q(a.suggestion)}?`
            : `Không có ${kind} nào tên ${q(a.name)}${where}: hãy khai báo, hoặc sửa lại tên.`;
    },
    'file-encoding': a =>
        a.utf16
            ? 'Tệp được lưu ở dạng UTF-16 (như Notepad lưu "Unicode"): hãy lưu lại ở dạng UTF-8.'
            : `Tệp không phải UTF-8 hợp lệ (byte lỗi đầu tiên ở vị trí ${a.byteOffset}): hãy lưu lại ở dạng UTF-8 (tệp gõ bằng bảng mã TCVN3 hoặc VNI phải chuyển sang Unicode trước).`,
    'file-empty': () => 'Tệp trống: hãy thêm danh mục của tỉnh hoặc một thủ tục, hoặc xoá tệp.',
    'file-too-large': a =>
        `Tệp có dung lượng ${a.size}, vượt giới hạn ${a.limit}, nên không được đọc: hãy tách thành mỗi thủ tục một tệp.`,

    'district-level': a => {
        switch (a.what) {
            case 'authority': return `Thủ tục ${q(a.name)} do ${q(a.unit)} thực hiện, là đơn vị cấp huyện; cấp huyện đã bãi bỏ từ ngày 01/7/2025: hãy ghi đơn vị cấp xã hoặc cấp tỉnh đã tiếp nhận nhiệm vụ.`;
            case 'unit': return `Đơn vị ${q(a.name)} thuộc cấp huyện, đã bãi bỏ từ ngày 01/7/2025: hãy chuyển đơn vị sang cấp xã hoặc cấp tỉnh.`;
            case 'procedure': return `Thủ tục ${q(a.name)} được thực hiện ở cấp huyện, đã bãi bỏ từ ngày 01/7/2025: hãy ghi 'level commune' hoặc 'level province'.`;
            case 'partner': return `Bước ${q(a.name)} bàn giao cho ${q(a.unit)}, là đơn vị cấp huyện; cấp huyện đã bãi bỏ từ ngày 01/7/2025: hãy bàn giao cho đơn vị cấp xã hoặc cấp tỉnh.`;
            case 'step': return `Bước ${q(a.name)} do ${q(a.unit)} thực hiện, thuộc cấp huyện; cấp huyện đã bãi bỏ từ ngày 01/7/2025: hãy giao bước này cho đơn vị cấp xã hoặc cấp tỉnh.`;
        }
    },
    'successor-at-district': a =>
        `${a.what === 'unit' ? 'Đơn vị' : 'Chức danh'} ${q(a.name)} được khai báo do ${q(a.successor)} tiếp nhận nhiệm vụ, nhưng ${q(a.successor)} cũng thuộc cấp huyện: hãy ghi cơ quan cấp xã hoặc cấp tỉnh đã tiếp nhận nhiệm vụ.`,
    'successor-of-local-body': a =>
        `${a.what === 'unit' ? 'Đơn vị' : 'Chức danh'} ${q(a.name)} có khai báo cơ quan tiếp nhận nhiệm vụ, nhưng thuộc ${level(a.level)} và tên gọi không phải của cơ quan cấp huyện: chỉ cơ quan cấp huyện trước đây mới có cơ quan tiếp nhận; hãy bỏ 'succeeded-by'.`,
    'duplicate-successor': a =>
        `${a.what === 'unit' ? 'Đơn vị' : 'Chức danh'} ${q(a.name)} có hai cơ quan tiếp nhận nhiệm vụ cho ${a.key === 'sector' ? `lĩnh vực ${q(a.value)}` : a.key === 'level' ? `các thủ tục ${level(a.value as Level)}` : "phần việc còn lại (không có 'for')"}: hãy giữ lại một, để mỗi phần việc chỉ có một nơi tiếp nhận.`,
    'district-unit-title': a =>
        `Đơn vị ${q(a.name)} có tên gọi ${q(a.title)}, là tên một cơ quan cấp huyện, nhưng lại khai báo ${level(a.level)}: hãy đổi tên thành cơ quan cấp xã hoặc cấp tỉnh đã tiếp nhận nhiệm vụ, hoặc sửa lại cấp.`,
    'abolished-body-title': a => {
        const owner = `${a.what === 'unit' ? 'Đơn vị' : 'Chức danh'} ${q(a.name)} có tên gọi ${q(a.title)}`;
        switch (a.body) {
            case 'township': return `${owner}, trong đó có nêu thị trấn; từ ngày 01/7/2025 các thị trấn đã được sắp xếp vào xã, phường: hãy ghi tên xã hoặc phường đã tiếp nhận thị trấn đó.`;
            case 'district': return `${owner}, là tên của một cơ quan cấp huyện; cấp huyện đã bãi bỏ từ ngày 01/7/2025: hãy đổi tên gọi theo cơ quan cấp xã hoặc cấp tỉnh đã tiếp nhận nhiệm vụ.`;
            case 'division': {
                const by = a.commune === a.ward || a.place === 'commune' ? q(a.commune)
                    : a.place === 'ward' ? q(a.ward) : `${q(a.commune)} (ở xã) hoặc ${q(a.ward)} (ở phường)`;
                return `${owner}, trong đó có nêu ${q(a.written)}, một phòng chuyên môn của cấp huyện, nay đã bãi bỏ; nhiệm vụ của phòng này nay do ${by} đảm nhận (Nghị định 150/2025/NĐ-CP): hãy đổi tên gọi.`;
            }
        }
    },
    'merged-department': a => {
        const owner = `${a.what === 'unit' ? 'Đơn vị' : 'Chức danh'} ${q(a.name)} có tên gọi ${q(a.title)}, trong đó có nêu ${q(a.written)}`;
        if (a.onlyWhereSetUp) {
            return `${owner}; năm 2025, cơ quan này đã trở thành ${q(a.into)} ở những tỉnh có thành lập sở đó (Nghị định 150/2025/NĐ-CP): hãy đổi tên gọi theo cơ quan nay đảm nhận nhiệm vụ.`;
        }
        if (a.sectorsTo.length > 0) {
            return `${owner}; năm 2025 sở này đã được hợp nhất vào ${q(a.into)}, một số lĩnh vực chuyển sang ${a.sectorsTo.map(q).join(' và ')} (danh sách các sở theo Nghị định 150/2025/NĐ-CP): hãy đổi tên gọi theo sở nay quản lý lĩnh vực của thủ tục.`;
        }
        return `${owner}; năm 2025 sở này đã được hợp nhất vào ${q(a.into)} (danh sách các sở theo Nghị định 150/2025/NĐ-CP): hãy ghi ${q(a.into)}.`;
    },
    'ward-variant': a =>
        `${a.what === 'unit' ? 'Đơn vị' : 'Chức danh'} ${q(a.name)} có tên gọi ${q(a.title)}, nhưng ${q(a.written)} là tên gọi của phòng này ở ${a.place === 'commune' ? 'phường' : 'xã'}; `
        + `ở ${a.place === 'commune' ? 'xã' : 'phường'}, phòng có tên gọi là ${q(a.write)} (Nghị định 150/2025/NĐ-CP): hãy ghi ${q(a.write)}.`,
    'procedure-level': a =>
        a.level
            ? `Thủ tục ${q(a.name)} được thực hiện ở ${level(a.level)}, nhưng thủ tục hành chính của địa phương do cấp tỉnh hoặc cấp xã thực hiện: hãy ghi 'level province' hoặc 'level commune'.`
            : `Thủ tục ${q(a.name)} chưa có cấp thực hiện: hãy thêm 'level province' hoặc 'level commune'.`,
    'level-mismatch': a =>
        a.step === undefined
            ? `Thủ tục ${q(a.procedure)} được thực hiện ở ${level(a.procedureLevel)} nhưng ghi cơ quan có thẩm quyền là ${q(a.performer)}, một đơn vị ${level(a.unitLevel)}: hãy ghi một đơn vị ${level(a.procedureLevel)}, hoặc sửa lại cấp.`
            : `Bước ${q(a.step)} của một thủ tục ${level(a.procedureLevel)} do ${q(a.performer)}, một đơn vị ${level(a.unitLevel)}, thực hiện: hãy giao bước này cho một đơn vị ${level(a.procedureLevel)}, hoặc chuyển thành bước bàn giao ('handover') cho đơn vị đó.`,
    'sector-agency-step': a =>
        `Bước ${q(a.step)} do ${q(a.performer)} thực hiện, là cơ quan ngành dọc có thủ tục riêng: hãy chuyển bước này thành bước bàn giao ('handover') cho cơ quan đó.`,

    'time-over-statutory': a =>
        `Nhánh dài nhất của ${a.case ? `trường hợp ${q(a.case)}` : q(a.procedure)} được tính ${sum(a)} = ${duration(a.planned)}, vượt ${limitName(a)} là ${duration(a.statutory)}: hãy rút ngắn thời hạn các bước đi ${duration(a.over)}, hoặc ghi 'not-counted' cho khoảng thời gian pháp luật không tính.`,
    'time-under-statutory': a =>
        `Tổng thời hạn các bước của ${a.case ? `trường hợp ${q(a.case)}` : q(a.procedure)} là ${duration(a.planned)}, ít hơn ${duration(a.under)} so với ${limitName(a)} là ${duration(a.statutory)}; thời hạn công bố thường chính là thời hạn theo quy định, nên nếu không cố ý thì hãy phân bổ phần chênh lệch cho một bước.`,
    'mixed-day-kinds': a =>
        `${q(a.value)} tính theo ngày (lịch) trong một thủ tục có tính thời gian theo ngày làm việc: hãy ghi giá trị tương đương theo thời gian làm việc, ví dụ ${q(`${a.value} as 11wd`)}.`,
    'invalid-duration': a => {
        switch (a.reason) {
            case 'zero': return `Thời hạn ${q(a.value)} bằng không: hãy cho bước ít nhất 1 phút ('1min'), hoặc bỏ bước.`;
            case 'conversion-on-working': return `${q(a.value)} đã là thời gian làm việc nên 'as' không quy đổi gì: hãy bỏ phần 'as'.`;
            case 'conversion-to-calendar': return `${q(a.value)} phải quy đổi sang thời gian làm việc ('min', 'h' hoặc 'wd'), không phải sang ngày (lịch).`;
            case 'working-day': return `'working-day ${s(a.value)}' phải ghi số giờ làm việc của một ngày, ví dụ 'working-day 8h'.`;
        }
    },
    'day-kind-unstated': a =>
        `${q(a.value)} chỉ ghi "ngày", không rõ là ngày làm việc hay ngày theo lịch, và cả thủ tục ${q(a.procedure)} lẫn tỉnh đều chưa quy định cách tính ngày: hãy thêm 'days working' (hoặc 'days calendar') vào phần đầu khai báo tỉnh hoặc vào thủ tục, hoặc ghi ${q(a.value.replace(/d$/, 'wd'))} hay ${q(a.value.replace(/d$/, 'cd'))}; khi chưa quy định, ngày được tính là ngày làm việc.`,
    'total-mismatch': a =>
        `${a.what === 'part' ? 'Thời gian công bố của phần' : a.what === 'case' ? 'Tổng thời gian giải quyết công bố của trường hợp' : 'Tổng thời gian giải quyết công bố của thủ tục'} ${q(a.owner)} là ${vietnameseDuration(s(a.stated))}, nhưng tổng thời gian các bước được tính là ${sum(a)} = ${duration(a.counted)}${a.uncounted ? ` (thêm ${duration(a.uncounted)} không tính thời gian)` : ''}: hãy sửa thời gian của các bước hoặc ${a.what === 'part' ? 'thời gian công bố của phần' : 'tổng thời gian công bố'}.`,
    'total-over-statutory': a =>
        `Tổng thời gian giải quyết công bố của ${q(a.owner)} là ${vietnameseDuration(s(a.stated))}, vượt ${limitName(a)} là ${duration(a.statutory)}: thời gian của quy trình nội bộ không được vượt quá thời hạn do pháp luật quy định.`,
    'cut-arithmetic': a =>
        a.reason === 'total'
            ? `Cắt giảm ${vietnameseDuration(s(a.cut))} từ ${vietnameseDuration(s(a.of))} thì còn ${duration(a.expected)}, không phải ${vietnameseDuration(s(a.stated))}: hãy sửa tổng thời gian hoặc thời gian cắt giảm.`
            : `Cắt giảm ${vietnameseDuration(s(a.cut))} so với ${vietnameseDuration(s(a.of))} là tỷ lệ ${a.expected.replace('.', ',')}, không phải ${s(a.stated).replace('.', ',')}: hãy sửa tỷ lệ cắt giảm.`,
    'cut-below-target': a =>
        `Tỷ lệ cắt giảm ghi là ${a.ratio.replace('.', ',')}, thấp hơn chỉ tiêu ${a.target.replace('.', ',')} của tỉnh ('cut-target' trong danh mục): hãy cắt giảm thêm, hoặc ghi rõ lý do thủ tục này không thể cắt giảm thêm.`,
    'part-over-limit': a =>
        `Thời gian của phần ${q(a.part)} không được quá ${vietnameseDuration(s(a.limit))}, nhưng tổng thời gian các bước được tính là ${sum(a)} = ${duration(a.counted)}: hãy rút ngắn thời gian các bước của phần.`,
    'part-without-steps': a =>
        `Không có bước nào thuộc phần ${q(a.part)}: hãy thêm 'in ${s(a.part)}' vào các bước thuộc phần đó, hoặc bỏ phần này.`,
    'part-time-and-step-time': a =>
        `Bước ${q(a.step)} có thời hạn riêng, nhưng phần ${q(a.part)} đã ghi một thời hạn chung cho các bước của phần: hãy bỏ thời hạn của bước, hoặc ghi 'subtotal' thay cho 'time' ở phần.`,
    'case-without-limit': a =>
        `Trường hợp ${q(a.case)} chưa có thời hạn để đối chiếu quy trình của trường hợp: hãy ghi thời hạn theo quy định ('time') hoặc tổng thời gian công bố ('total'), ví dụ 'case ${s(a.case)} "…" { time 30d }'.`,
    'case-unused': a =>
        `Không có bước nào dẫn tới trường hợp ${q(a.case)}: hãy thêm 'when ${s(a.case)} -> Bước' vào bước rẽ nhánh, hoặc thêm 'start Bước' vào trường hợp nếu trường hợp có bảng quy trình riêng.`,
    'from-step-not-before': a =>
        `Thời gian của bước ${q(a.step)} được tính kể từ khi kết thúc bước ${q(a.from)}, nhưng không phải mọi nhánh của quy trình đều đi qua bước ${q(a.from)} trước khi tới bước ${q(a.step)}: `
        + `hãy ghi một bước mà mọi nhánh đều đi qua trước bước này${a.candidates.length > 0 ? ` (${a.candidates.map(q).join(', ')})` : ''}, hoặc ghi sự kiện bằng lời, 'from "…"'.`,
    'from-step-overrun': a =>
        `Bước ${q(a.step)} phải kết thúc trong ${vietnameseDuration(s(a.time))} kể từ khi kết thúc bước ${q(a.from)}, nhưng các bước ở giữa đã mất ${duration(a.between)}, vượt ${duration(a.over)}: hãy rút ngắn thời gian các bước đó, hoặc tính thời hạn của bước từ lúc bắt đầu bước.`,
    'from-step-not-on-step': a =>
        `Chỉ thời gian của một bước mới được tính kể từ khi kết thúc một bước khác ('from ${s(a.from)}'): ở đây hãy ghi sự kiện bằng lời, 'from "…"', hoặc chuyển thời gian này sang bước tương ứng.`,

    'first-step-reception': a => {
        switch (a.reason) {
            case 'kind': return `Bước đầu tiên ${q(a.step)} không phải là bước tiếp nhận ('reception'): mọi hồ sơ đều được tiếp nhận và kiểm tra tại bộ phận một cửa trước, nên hãy bắt đầu bằng một bước 'reception'.`;
            case 'unit': return `Bước đầu tiên ${q(a.step)} không do bộ phận một cửa thực hiện: hãy giao việc tiếp nhận cho một đơn vị loại 'one-stop'.`;
            case 'level': return `Bước đầu tiên ${q(a.step)} tiếp nhận hồ sơ tại bộ phận một cửa khác cấp với thủ tục: hãy tiếp nhận tại bộ phận một cửa ${level(a.level)}, hoặc đánh dấu thủ tục là 'boundary-independent' (không phụ thuộc địa giới hành chính).`;
        }
    },
    'last-step-return': a =>
        a.reason === 'kind'
            ? `Một nhánh kết thúc ở bước ${q(a.step)}, bước này không trả kết quả cho người nộp hồ sơ: hãy nối tiếp bằng '->' tới một bước 'return' (hoặc 'refusal') tại bộ phận một cửa, hoặc chuyển chính bước này thành bước trả kết quả.`
            : `Một nhánh kết thúc ở bước ${q(a.step)}, bước này không do bộ phận một cửa thực hiện: kết quả được trả tại nơi tiếp nhận hồ sơ, nên hãy giao bước này cho một đơn vị loại 'one-stop'.`,
    'missing-approval': a =>
        a.nonLeaders.length > 0
            ? `Kết quả của ${q(a.procedure)} có thể tới bước ${q(a.step)} mà không có chữ ký của lãnh đạo: bước phê duyệt ${list(a.nonLeaders, a.more)} không do chức danh được đánh dấu 'leader' hoặc lãnh đạo đơn vị ('leaders of') thực hiện; hãy giao cho lãnh đạo.`
            : `Kết quả của ${q(a.procedure)} có thể tới bước ${q(a.step)} mà không qua phê duyệt: hãy thêm một bước phê duyệt ('approval') do lãnh đạo thực hiện trước khi trả kết quả.`,
    'unreachable-step': a =>
        `Không thể đi tới bước ${q(a.step)} từ bước đầu tiên ${q(a.first)}: hãy thêm một bước chuyển tới bước này, hoặc bỏ bước.`,
    'dead-end-step': a =>
        `Bước ${q(a.step)} chỉ có nhánh ngoại lệ ${a.outcomes.map(o => `'on ${s(o)}'`).join(', ')}, nên hồ sơ được chấp thuận sẽ dừng tại đây: hãy thêm '-> BuocTiepTheo'.`,
    'cycle-without-exit': a =>
        `Các bước ${a.steps.map(q).join(' → ')}${a.more > 0 ? ` → … (và ${a.more} bước nữa)` : ''} → ${q(a.steps[0])} tạo thành vòng lặp không có lối ra: hãy thêm một bước chuyển từ một trong các bước đó tới một bước nằm ngoài vòng lặp.`,
    'no-supplement-path': a =>
        `Bước tiếp nhận ${q(a.step)} không có nhánh cho hồ sơ chưa đầy đủ: hãy thêm 'on incomplete -> X' tới một bước ra thông báo yêu cầu bổ sung, hoàn thiện hồ sơ.`,
    'duplicate-outcome': a =>
        `Bước ${q(a.step)} có hai ${a.case !== undefined ? `bước chuyển 'when ${s(a.case)}'` : a.outcome === 'default' ? "bước chuyển mặc định ('->')" : `bước chuyển 'on ${s(a.outcome)}'`}, nên không rõ hồ sơ sẽ chuyển đi đâu: hãy giữ lại một.`,

    'code-format': a =>
        `Mã thủ tục ${q(a.code)} không có dạng '1.001193' (một chữ số, dấu chấm, sáu chữ số), có thể kèm theo mã cơ quan: hãy sao chép từ Cơ sở dữ liệu quốc gia về thủ tục hành chính.`,
    'agency-code-format': a =>
        `Mã cơ quan ${q(a.code)} không có dạng '000.00.00.H30' (QCVN 102:2016/BTTTT): hãy sửa theo danh mục mã định danh điện tử của tỉnh.`,
    'admin-code-format': a =>
        `Mã đơn vị hành chính ${q(a.code)} của tỉnh phải gồm hai chữ số (Quyết định 19/2025/QĐ-TTg): hãy sửa lại.`,
    'duplicate-code': a =>
        `Mã thủ tục ${q(a.code)} được dùng cho ${a.count} thủ tục trong các tệp đang kiểm tra: mỗi thủ tục có mã riêng, hãy sửa hoặc bỏ các bản trùng.`,
    'duplicate-name': a =>
        `Tên ${q(a.name)} được khai báo ${a.count} lần ở nơi tên phải là duy nhất: hãy đổi tên, chỉ giữ lại một.`,
    'full-online-in-person': a => {
        switch (a.what) {
            case 'inspection': return `Bước ${q(a.name)} là bước kiểm tra thực tế, cần có mặt trực tiếp, trong một thủ tục cung cấp dịch vụ công trực tuyến toàn trình: hãy ghi 'online partial', hoặc bỏ bước kiểm tra.`;
            case 'original': return `Giấy tờ ${q(a.name)} phải là bản chính bằng giấy, không nộp trực tuyến được, trong một thủ tục trực tuyến toàn trình: hãy chấp nhận bản sao, ghi 'electronic' (hoặc 'electronic for online') nếu chấp nhận biểu mẫu điện tử hoặc bản điện tử, hoặc ghi 'online partial'.`;
            case 'paper': return `Thành phần hồ sơ bắt buộc ${q(a.name)} chỉ được nộp bằng giấy, không nộp trực tuyến được, trong một thủ tục trực tuyến toàn trình: hãy ghi 'electronic' (hoặc 'electronic for online') nếu chấp nhận biểu mẫu điện tử hoặc bản điện tử, hoặc ghi 'online partial'.`;
        }
    },
    'fee-invalid': a => {
        switch (a.reason) {
            case 'negative': return `Mức phí, lệ phí ${q(a.amount)} là số âm: mức thu phải từ 0 VND trở lên (dùng 'exempt' nếu được miễn).`;
            case 'not-whole': return `Mức phí, lệ phí ${q(a.amount)} không phải số nguyên VND: chỉ ghi chữ số, có thể nhóm bằng '_' (2_000, không phải 2.000).`;
            case 'cap-below-amount': return `Mức thu tối đa ${q(a.amount)} thấp hơn chính mức thu mà nó giới hạn: hãy nâng mức tối đa hoặc giảm mức thu.`;
            case 'first-page': return `Phí tính theo trang không thể bắt đầu 'from page ${s(a.amount)}': số trang được tính từ 1.`;
            case 'first-unit': return `Phí tính theo bản, bưu gửi, hồ sơ hoặc đơn vị khác không thể bắt đầu 'from ${s(a.amount)}': số lượng được tính từ 1.`;
            case 'discount-over-100': return `Mức giảm ${q(a.amount)} lớn hơn 100%: hãy ghi mức giảm đã công bố (50% nếu giảm một nửa).`;
            case 'rate-without-over': return `Tỷ lệ ${q(a.amount)} chưa có 'over': hãy ghi rõ tỷ lệ áp dụng cho phần giá trị vượt trên mức nào ('over 1_000_000_000 VND'; 'over 0 VND' nếu áp dụng cho toàn bộ giá trị).`;
            case 'empty-bracket': return `Bậc thu ghi 'up-to ${s(a.amount)} VND' nhưng lại bắt đầu từ 'over ${s(a.bound ?? '?')} VND': không có giá trị nào thuộc bậc này; hãy sửa lại giới hạn của bậc.`;
        }
    },
    'superseded-legal-basis': a =>
        `${q(a.number)} đã được thay thế bởi ${a.replacement} (${a.title}): hãy dẫn văn bản đang có hiệu lực làm căn cứ pháp lý.`,
    'handover-incomplete': a =>
        `Việc bàn giao tại bước ${q(a.step)} chưa có ${a.missing.map(part => handoverParts[part]).join(' và chưa có ')}: hãy ghi ${[
            a.missing.includes('partner agency') ? "bàn giao cho ai ('to Unit')" : undefined,
            a.missing.includes('sub-deadline') ? "trong thời hạn nào ('within 2d')" : undefined
        ].filter(part => part !== undefined).join(' và ')}.`,
    'missing-attribute': a =>
        `${owners[a.what]} ${q(a.name)} chưa có ${attributes[a.attribute]}: hãy thêm ${examples[a.example] ?? a.example}.`,
    'duplicate-attribute': a =>
        `'${a.attribute}' được ghi nhiều lần và chỉ lần cuối có hiệu lực: hãy giữ lại một.`,
    'duplicate-channel': a =>
        `Cách thức nộp hồ sơ ${channels[a.channel]} được khai báo hai lần: hãy gộp thành một 'channel ${a.channel}'.`,
    'empty-title': a =>
        `Tên gọi của ${titledThings[a.what] ?? a.what}${a.name ? ` ${q(a.name)}` : ''} đang để trống: hãy ghi tên gọi bằng tiếng Việt.`,
    'unresolved': a =>
        `Khi nhập dữ liệu, phần này chưa chuyển được chính xác: ${quoteSource(a.text, UNRESOLVED_QUOTE, 'vi')}; hãy xác định nội dung đúng, viết lại rồi xoá dòng 'unresolved' này.`,

    // issue 10: signatures, fees as published, the electronic procedure
    'signer-not-authority': a =>
        `Bước ${q(a.step)} là bước ký kết quả, nhưng ${q(a.signer)} không phải là lãnh đạo của cơ quan có thẩm quyền ${q(a.authority)}: hãy giao bước này cho 'leaders of ${s(a.authority)}' hoặc cho một chức danh lãnh đạo của ${q(a.authority)}; nếu tỉnh cho phép chức danh này ký kết quả của cơ quan có thẩm quyền, hãy ghi 'signs-for ${s(a.authority)}' cho chức danh đó trong danh mục.`,
    'appraisal-without-refusal': a =>
        `Bước ${q(a.step)} là bước thẩm định hồ sơ, và kết quả thẩm định có thể là hồ sơ không đủ điều kiện, nhưng quy trình không có nhánh từ chối giải quyết: hãy thêm 'on rejected -> …' dẫn tới một bước từ chối giải quyết ('refusal').`,
    'fee-overlap': a =>
        a.reason === 'same'
            ? `Cách thức nộp hồ sơ ${channels[a.channel]} có hai mức ${feeWord(a.kind)} cho cùng một đơn vị tính${inCase(a.case)}, nên không rõ mức nào được áp dụng: hãy giữ lại một, hoặc phân biệt bằng 'when "…"' hoặc 'per …'.`
            : `Hai bậc của ${feeWord(a.kind)} khi nộp hồ sơ ${channels[a.channel]}${inCase(a.case)} chồng lấn nhau: một bậc ${a.upTo === undefined ? 'không có giới hạn trên' : `đến ${dong(a.upTo)} đồng`}, bậc tiếp theo áp dụng cho phần trên ${dong(a.over ?? '0')} đồng; hãy để mỗi bậc bắt đầu đúng ở mức mà bậc trước kết thúc.`,
    'fee-bracket-gap': a =>
        `Các bậc của ${feeWord(a.kind)} khi nộp hồ sơ ${channels[a.channel]}${inCase(a.case)} có khoảng trống: một bậc đến ${dong(a.upTo)} đồng, bậc tiếp theo áp dụng cho phần trên ${dong(a.over)} đồng, nên giá trị nằm giữa hai mức này không có mức thu; hãy để bậc tiếp theo bắt đầu từ 'over ${vnd(a.upTo)} VND'.`,
    'fee-bracket-discontinuous': a =>
        `Công thức tính theo bậc bị gián đoạn tại mức ${dong(a.upTo)} đồng: ${dong(a.amount)} đồng + ${a.rate.replace('.', ',')} × (${dong(a.upTo)} − ${dong(a.over)}) đồng = ${dong(a.reached)} đồng, nhưng bậc tiếp theo bắt đầu ở mức ${dong(a.next)} đồng; hãy kiểm tra lại mức thu và tỷ lệ đã công bố.`,
    'fee-unit-mixed': a =>
        `${a.kind === 'fee' ? 'Lệ phí' : 'Phí'} khi nộp hồ sơ ${channels[a.channel]}${inCase(a.case)} vừa tính theo trang ('per page') vừa tính theo bản ('per copy'): văn bản công bố chỉ ghi một đơn vị tính ("đồng/trang" hoặc "đồng/bản"); hãy kiểm tra lại và dùng đúng đơn vị tính đó.`,
    'payment-without-fee': a =>
        `Bước ${q(a.step)} yêu cầu nộp phí, lệ phí trực tuyến, nhưng không có cách thức nộp hồ sơ nào của thủ tục thu phí, lệ phí: hãy ghi mức thu vào cách thức nộp hồ sơ ('fee 50_000 VND'), hoặc bỏ 'requests payment'.`,
    'document-channel-undeclared': a =>
        `Thành phần hồ sơ ${q(a.name)} ghi cách nộp cho hình thức ${channels[a.channel]} ('for ${a.channel}'), nhưng thủ tục không khai báo 'channel ${a.channel}' (chỉ có ${a.declared.map(c => `'${c}'`).join(', ')}): hãy khai báo cách thức nộp hồ sơ đó, hoặc bỏ hình thức này khỏi mệnh đề.`,
    'calendar-impossible-date': a =>
        `${q(a.date)} không phải là một ngày có thật: hãy ghi theo thứ tự năm-tháng-ngày ('2026-09-02').`,
    'calendar-date-outside-year': a =>
        `Ngày ${ngay(a.date)} không thuộc năm ${a.year} mà nó được khai báo trong đó: hãy chuyển sang khối 'year' của năm đó, hoặc sửa lại ngày.`,
    'calendar-duplicate-date': a =>
        `Ngày ${ngay(a.date)} được khai báo hai lần trong lịch làm việc: chỉ giữ một khai báo cho ngày này.`,
    'calendar-day-off-and-make-up': a =>
        `Ngày ${ngay(a.date)} vừa được khai báo là ngày nghỉ vừa là ngày làm bù: chỉ giữ khai báo đúng theo thông báo.`,
    'calendar-no-sessions': a =>
        `Lịch làm việc của ${q(a.province)} chưa khai báo buổi làm việc nào: hãy ghi các ngày và giờ làm việc của tỉnh ('works monday to friday 07:30 to 11:30, 13:30 to 17:00').`,
    'calendar-empty-session': a =>
        `Buổi làm việc ${a.start} đến ${a.end} kết thúc trước khi bắt đầu: hãy ghi giờ bắt đầu trước ('07:30 to 11:30').`,
    'calendar-weekdays-backwards': a =>
        `'${weekdayKeyword(a.first)} to ${weekdayKeyword(a.last)}' ghi ngược chiều nên không gồm ngày nào: hãy ghi ngày trước lên trước, hoặc mỗi ngày một dòng 'works'.`,
    'calendar-overlapping-sessions': a =>
        `Vào ${weekdayName(a.weekday)}, buổi làm việc ${a.session} trùng với buổi ${a.other}: các buổi làm việc trong một ngày không được chồng lên nhau; hãy sửa giờ hoặc chỉ khai báo ngày đó một lần.`,
    'calendar-cut-off-outside-hours': a =>
        `Giờ tiếp nhận cuối ngày ${a.cutOff} nằm ngoài mọi buổi làm việc của lịch nên không bao giờ có tác dụng: hãy đặt trong giờ làm việc (ví dụ 'cut-off 15:00').`,
    'calendar-holiday-on-day-not-worked': a =>
        `${q(a.name)} ngày ${ngay(a.date)} rơi vào ${weekdayName(a.weekday)}, là ngày không làm việc theo lịch: ngày này không làm thay đổi thời hạn nào; nếu có thông báo nghỉ bù thì hãy khai báo ngày nghỉ bù ('day-off').`,
    'calendar-make-up-on-working-day': a =>
        `Ngày làm bù ${ngay(a.date)} là ${weekdayName(a.weekday)}, vốn đã là ngày làm việc: hãy kiểm tra lại ngày theo thông báo (ngày làm bù thường là thứ Bảy).`,
    'calendar-make-up-like-day-not-worked': a =>
        `Ngày làm bù ${ngay(a.date)} làm việc theo ${weekdayName(a.weekday)}, là ngày không làm việc theo lịch, nên sẽ không có giờ làm việc nào: hãy ghi thứ có giờ làm việc mà ngày đó áp dụng (thường là ngày được hoán đổi).`,
    'config-invalid': a =>
        `${configProblem(a.problem)}: ${a.problem.kind === 'syntax' ? 'không thiết lập nào trong tệp được áp dụng' : 'mục này không được áp dụng'} cho đến khi sửa (xem mô tả các thiết lập tại docs/vi/review.md).`,
    'config-protected-rule': a =>
        `Không được đặt '${s(a.code)}' ở mức '${a.level}' (${ruleLevelVi[a.level]}): ${protectedReasonVi(a.why)}; hãy xoá thiết lập này (quy tắc loại này chỉ được đặt chặt hơn).`,
    'suppression-without-reason': a =>
        `Chú thích bỏ qua ${a.codes.map(c => `'${s(c)}'`).join(', ')} ${a.placeholder ? 'vẫn còn lý do mẫu chưa thay' : 'không nêu lý do'} nên không bỏ qua phát hiện nào: hãy ghi sau dấu hai chấm lý do quy tắc không áp dụng ở đây (ví dụ '// tthc-ignore ${s(a.codes[0])}: Quyết định số 123/QĐ-UBND quy định riêng bước này').`,
    'suppression-unknown-code': a =>
        a.code === undefined
            ? `Chú thích bỏ qua không nêu mã quy tắc: hãy ghi mã của phát hiện cần bỏ qua và lý do ('// tthc-ignore <mã>: <lý do>').`
            : `'${s(a.code)}' không phải là mã quy tắc nên chú thích bỏ qua này không có tác dụng: hãy ghi đúng mã mà phát hiện hiển thị (danh mục tại docs/vi/rules.md).`,
    'suppression-not-allowed': a =>
        `Không được bỏ qua '${s(a.code)}': ${protectedReasonVi(a.why)}; hãy sửa điều mà phát hiện này nêu.`,
    'unused-suppression': a =>
        `Chú thích bỏ qua '${s(a.code)}' không bỏ qua phát hiện nào ở đây: hãy xoá chú thích, hoặc đặt nó ở dòng ngay trước thành phần có phát hiện.`
};

const ruleLevelVi: Record<RuleLevel, string> = { off: 'tắt', info: 'thông tin', warning: 'cảnh báo', error: 'lỗi' };

function configProblem(p: ConfigProblem): string {
    switch (p.kind) {
        case 'syntax': return `Tệp thiết lập quy tắc không phải là JSON hợp lệ (${p.error})`;
        case 'not-object': return `'${s(p.key)}' phải là một đối tượng ({ … })`;
        case 'not-list': return `'${s(p.key)}' phải là một danh sách ([ … ])`;
        case 'no-files': return `'${s(p.key)}' phải có 'files': một mẫu đường dẫn hoặc một danh sách không rỗng các mẫu đường dẫn`;
        case 'unknown-key': return `'${s(p.key)}' không phải là một thiết lập (các thiết lập là 'rules' và 'overrides'; mỗi mục của 'overrides' có 'files' và 'rules')`;
        case 'unknown-code': return `'${s(p.code)}' không phải là mã quy tắc (danh mục tại docs/vi/rules.md)`;
        case 'bad-level': return `Mức của '${s(p.code)}' phải là 'off' (tắt), 'info' (thông tin), 'warning' (cảnh báo) hoặc 'error' (lỗi)`;
        case 'bad-pattern': return `Mẫu đường dẫn trong '${s(p.key)}' phải là đường dẫn tương đối so với thư mục dự án, dùng dấu '/', không chứa '..'`;
    }
}

function protectedReasonVi(why: ProtectedWhy): string {
    switch (why) {
        case 'unreadable': return 'tệp không đọc được hoặc không liên kết được thì không được kiểm tra gì, và mọi kết quả tạo ra từ tệp đó đều không đúng';
        case 'reason-required': return 'mọi chú thích bỏ qua đều phải nêu lý do để người thẩm định thấy';
        case 'settings': return 'phát hiện này nêu lỗi của chính thiết lập quy tắc hoặc chú thích bỏ qua';
    }
}
