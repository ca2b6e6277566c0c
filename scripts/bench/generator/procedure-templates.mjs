// The kinds of procedure the generator draws from: real procedures of a commune or a province
// after 1 July 2025, simplified. Data only; build-procedure.mjs turns a template into a procedure.

/**
 * @typedef {object} DocumentSpec
 * @property {string} title
 * @property {string} [form] a form name: one of the template's `forms`, or of the catalogue
 * @property {'original' | 'copy' | 'certified-copy'} paper
 */

/**
 * @typedef {object} FeeSpec
 * @property {string} amount written as in the language (`8_000`)
 * @property {boolean} [perPage]
 * @property {number} [fromPage]
 * @property {string} [cap]
 * @property {string} [note]
 */

/**
 * @typedef {object} ProcedureTemplate
 * @property {string} slug the stem of the procedure's name
 * @property {string} title
 * @property {string} sector
 * @property {'commune' | 'province'} level
 * @property {string} handler who appraises: a commune unit role (`office`, `economy`, `society`) or a province unit name
 * @property {string} approver who signs: `committee` (the commune's), or a province unit name
 * @property {readonly string[]} applicants
 * @property {readonly string[]} requirements
 * @property {ReadonlyArray<readonly [number: string, title?: string]>} legal
 * @property {ReadonlyArray<readonly [name: string, title: string, code?: string]>} forms catalogue forms this kind of procedure brings
 * @property {readonly DocumentSpec[]} documents the first one is the application
 * @property {ReadonlyArray<{ title: string, form?: string }>} results
 * @property {readonly string[]} times statutory times to choose from: `same-day`, `5d`, `15cd as 11d`, `30cd`
 * @property {readonly FeeSpec[]} fees fee options (one is chosen)
 * @property {readonly string[]} exemptions
 * @property {readonly string[]} partners units that dossiers may be handed over to
 * @property {boolean} inspection whether a site inspection may take place
 * @property {ReadonlyArray<'full' | 'partial' | undefined>} online
 */

const doc = (title, paper = 'copy', form = undefined) => ({ title, paper, form });
const free = [{ amount: '0' }];
const civilStatusLaw = ['60/2014/QH13', 'Luật Hộ tịch'];
const civilStatusDecree = ['123/2015/NĐ-CP', 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch'];
const certificationDecree = ['23/2015/NĐ-CP', 'Nghị định về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch'];
const landLaw = ['31/2024/QH15', 'Luật Đất đai'];
const landDecree = ['101/2024/NĐ-CP', 'Nghị định quy định về điều tra cơ bản đất đai; đăng ký, cấp Giấy chứng nhận'];
const constructionLaw = ['50/2014/QH13', 'Luật Xây dựng'];
const socialDecree = ['20/2021/NĐ-CP', 'Nghị định quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội'];
const idIssue = doc('Giấy tờ tùy thân của người nộp hồ sơ', 'copy');
const authorisation = doc('Văn bản ủy quyền (trường hợp nộp thay)', 'certified-copy', 'GiayUyQuyen');

/** @type {readonly ProcedureTemplate[]} */
export const procedureTemplates = [
    // ------------------------------------------------------------------ commune
    {
        slug: 'DangKyKhaiSinh', title: 'Đăng ký khai sinh', sector: 'Hộ tịch', level: 'commune', handler: 'office', approver: 'committee',
        applicants: ['Cha, mẹ hoặc người thân thích của trẻ em'], requirements: ['Người đi đăng ký xuất trình giấy tờ tùy thân'],
        legal: [civilStatusLaw, civilStatusDecree, ['04/2020/TT-BTP', 'Thông tư hướng dẫn thi hành Luật Hộ tịch']],
        forms: [['TK_KhaiSinh', 'Tờ khai đăng ký khai sinh', 'Mẫu TK-KS'], ['GiayKhaiSinh', 'Giấy khai sinh (bản chính)', 'Mẫu GKS']],
        documents: [doc('Tờ khai đăng ký khai sinh', 'original', 'TK_KhaiSinh'), doc('Giấy chứng sinh', 'original'), idIssue, authorisation],
        results: [{ title: 'Giấy khai sinh', form: 'GiayKhaiSinh' }, { title: 'Thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi' }],
        times: ['same-day', '1d'], fees: free, exemptions: ['Đăng ký khai sinh đúng hạn', 'Người thuộc gia đình có công với cách mạng'],
        partners: ['BHXHTinh', 'CongAnTinh'], inspection: false, online: ['full', 'partial']
    },
    {
        slug: 'DangKyKetHon', title: 'Đăng ký kết hôn', sector: 'Hộ tịch', level: 'commune', handler: 'office', approver: 'committee',
        applicants: ['Nam, nữ đủ điều kiện kết hôn'], requirements: ['Hai bên nam, nữ có mặt khi đăng ký kết hôn'],
        legal: [civilStatusLaw, ['52/2014/QH13', 'Luật Hôn nhân và gia đình'], civilStatusDecree],
        forms: [['TK_KetHon', 'Tờ khai đăng ký kết hôn', 'Mẫu TK-KH'], ['GiayChungNhanKetHon', 'Giấy chứng nhận kết hôn', 'Mẫu GCNKH']],
        documents: [doc('Tờ khai đăng ký kết hôn', 'original', 'TK_KetHon'), doc('Giấy xác nhận tình trạng hôn nhân', 'original', 'XacNhanTTHN'), idIssue],
        results: [{ title: 'Giấy chứng nhận kết hôn', form: 'GiayChungNhanKetHon' }],
        times: ['same-day', '5d'], fees: free, exemptions: ['Đăng ký kết hôn của công dân Việt Nam cư trú ở trong nước'],
        partners: ['CongAnTinh'], inspection: false, online: ['partial', undefined]
    },
    {
        slug: 'DangKyKhaiTu', title: 'Đăng ký khai tử', sector: 'Hộ tịch', level: 'commune', handler: 'office', approver: 'committee',
        applicants: ['Người thân thích của người chết'], requirements: [],
        legal: [civilStatusLaw, civilStatusDecree],
        forms: [['TK_KhaiTu', 'Tờ khai đăng ký khai tử', 'Mẫu TK-KT']],
        documents: [doc('Tờ khai đăng ký khai tử', 'original', 'TK_KhaiTu'), doc('Giấy báo tử hoặc giấy tờ thay thế giấy báo tử', 'original'), idIssue],
        results: [{ title: 'Trích lục khai tử' }],
        times: ['same-day', '1d'], fees: free, exemptions: ['Đăng ký khai tử đúng hạn'],
        partners: ['BHXHTinh', 'CongAnTinh'], inspection: false, online: ['full', 'partial']
    },
    {
        slug: 'XacNhanTinhTrangHonNhan', title: 'Cấp Giấy xác nhận tình trạng hôn nhân', sector: 'Hộ tịch', level: 'commune', handler: 'office', approver: 'committee',
        applicants: ['Công dân Việt Nam cư trú trong nước'], requirements: [],
        legal: [civilStatusLaw, civilStatusDecree],
        forms: [['TK_XacNhanTTHN', 'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân', 'Mẫu TK-XNTTHN'], ['XacNhanTTHN', 'Giấy xác nhận tình trạng hôn nhân', 'Mẫu XNTTHN']],
        documents: [doc('Tờ khai cấp Giấy xác nhận tình trạng hôn nhân', 'original', 'TK_XacNhanTTHN'), idIssue, doc('Bản án, quyết định ly hôn (nếu có)', 'certified-copy')],
        results: [{ title: 'Giấy xác nhận tình trạng hôn nhân', form: 'XacNhanTTHN' }],
        times: ['3d'], fees: [{ amount: '3_000' }], exemptions: ['Người thuộc hộ nghèo'],
        partners: [], inspection: false, online: ['full', 'partial']
    },
    {
        slug: 'ChungThucBanSao', title: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản', sector: 'Chứng thực', level: 'commune', handler: 'office', approver: 'committee',
        applicants: ['Cá nhân, tổ chức'], requirements: ['Bản chính không bị tẩy xóa, sửa chữa'],
        legal: [certificationDecree, ['226/2016/TT-BTC', 'Thông tư quy định mức thu, chế độ thu, nộp phí chứng thực']],
        forms: [['SoChungThucBanSao', 'Sổ chứng thực bản sao từ bản chính', 'Mẫu SCT-BS']],
        documents: [doc('Bản chính giấy tờ, văn bản cần chứng thực', 'original'), doc('Bản sao cần chứng thực', 'copy', 'BanSaoDienTu')],
        results: [{ title: 'Bản sao được chứng thực từ bản chính', form: 'SoChungThucBanSao' }],
        times: ['same-day'], fees: [{ amount: '2_000', perPage: true, fromPage: 1, cap: '200_000', note: 'từ trang thứ ba trở đi thu 1.000 đồng/trang' }, { amount: '2_000', perPage: true, cap: '200_000' }],
        exemptions: ['Người có công với cách mạng'], partners: [], inspection: false, online: ['partial', undefined]
    },
    {
        slug: 'ChungThucChuKy', title: 'Chứng thực chữ ký trong các giấy tờ, văn bản', sector: 'Chứng thực', level: 'commune', handler: 'office', approver: 'committee',
        applicants: ['Cá nhân'], requirements: ['Người yêu cầu chứng thực phải ký trước mặt người thực hiện chứng thực'],
        legal: [certificationDecree],
        forms: [['SoChungThucChuKy', 'Sổ chứng thực chữ ký', 'Mẫu SCT-CK']],
        documents: [doc('Giấy tờ, văn bản mà mình sẽ ký', 'original', 'SoChungThucChuKy'), idIssue],
        results: [{ title: 'Giấy tờ, văn bản đã được chứng thực chữ ký' }],
        times: ['same-day'], fees: [{ amount: '10_000', note: 'mỗi trường hợp' }], exemptions: [], partners: [], inspection: false, online: [undefined]
    },
    {
        slug: 'ChungThucHopDong', title: 'Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản', sector: 'Chứng thực', level: 'commune', handler: 'office', approver: 'committee',
        applicants: ['Các bên tham gia hợp đồng, giao dịch'], requirements: ['Các bên ký trước mặt người thực hiện chứng thực'],
        legal: [certificationDecree],
        forms: [['DuThaoHopDong', 'Dự thảo hợp đồng, giao dịch', 'Mẫu HĐ']],
        documents: [doc('Dự thảo hợp đồng, giao dịch', 'original', 'DuThaoHopDong'), idIssue, doc('Giấy tờ chứng minh quyền sở hữu tài sản', 'certified-copy')],
        results: [{ title: 'Hợp đồng, giao dịch được chứng thực' }],
        times: ['2d'], fees: [{ amount: '50_000' }], exemptions: [], partners: [], inspection: false, online: [undefined]
    },
    {
        slug: 'CapBanSaoTrichLuc', title: 'Cấp bản sao trích lục hộ tịch', sector: 'Hộ tịch', level: 'commune', handler: 'office', approver: 'committee',
        applicants: ['Cá nhân có yêu cầu'], requirements: [],
        legal: [civilStatusLaw, civilStatusDecree],
        forms: [['TK_TrichLuc', 'Tờ khai cấp bản sao trích lục hộ tịch', 'Mẫu TK-TL']],
        documents: [doc('Tờ khai cấp bản sao trích lục hộ tịch', 'original', 'TK_TrichLuc'), idIssue],
        results: [{ title: 'Bản sao trích lục hộ tịch' }],
        times: ['same-day', '1d'], fees: [{ amount: '8_000', note: 'mỗi bản sao' }], exemptions: ['Người có công với cách mạng', 'Người thuộc hộ nghèo'],
        partners: [], inspection: false, online: ['full', 'partial']
    },
    {
        slug: 'ThayDoiCaiChinhHoTich', title: 'Thay đổi, cải chính, bổ sung thông tin hộ tịch', sector: 'Hộ tịch', level: 'commune', handler: 'office', approver: 'committee',
        applicants: ['Cá nhân có yêu cầu'], requirements: [],
        legal: [civilStatusLaw, civilStatusDecree],
        forms: [['TK_CaiChinh', 'Tờ khai đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch', 'Mẫu TK-CC']],
        documents: [doc('Tờ khai đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch', 'original', 'TK_CaiChinh'), doc('Giấy khai sinh hoặc giấy tờ hộ tịch cần thay đổi', 'original'), doc('Giấy tờ làm căn cứ thay đổi, cải chính', 'certified-copy')],
        results: [{ title: 'Trích lục thay đổi, cải chính, bổ sung thông tin hộ tịch' }],
        times: ['3d'], fees: [{ amount: '15_000' }], exemptions: [], partners: ['CongAnTinh'], inspection: false, online: ['partial']
    },
    {
        slug: 'DangKyHoKinhDoanh', title: 'Đăng ký thành lập hộ kinh doanh', sector: 'Thành lập và hoạt động của hộ kinh doanh', level: 'commune', handler: 'economy', approver: 'committee',
        applicants: ['Cá nhân, thành viên hộ gia đình'], requirements: ['Ngành, nghề kinh doanh không bị cấm'],
        legal: [['168/2025/NĐ-CP', 'Nghị định về đăng ký doanh nghiệp'], ['01/2021/TT-BKHĐT']],
        forms: [['GiayDeNghiDKHKD', 'Giấy đề nghị đăng ký hộ kinh doanh', 'Phụ lục III-1'], ['GiayChungNhanHKD', 'Giấy chứng nhận đăng ký hộ kinh doanh', 'Phụ lục VI-1']],
        documents: [doc('Giấy đề nghị đăng ký hộ kinh doanh', 'original', 'GiayDeNghiDKHKD'), idIssue, doc('Biên bản họp thành viên hộ gia đình', 'copy', 'BanKhaiThongTin')],
        results: [{ title: 'Giấy chứng nhận đăng ký hộ kinh doanh', form: 'GiayChungNhanHKD' }],
        times: ['3d'], fees: [{ amount: '100_000' }], exemptions: ['Đăng ký qua mạng điện tử'], partners: ['ThueTinh'], inspection: false, online: ['full', 'partial']
    },
    {
        slug: 'CapPhepXayDungNhaO', title: 'Cấp giấy phép xây dựng đối với nhà ở riêng lẻ', sector: 'Hoạt động xây dựng', level: 'commune', handler: 'economy', approver: 'committee',
        applicants: ['Chủ đầu tư xây dựng nhà ở riêng lẻ'], requirements: ['Phù hợp với quy hoạch chi tiết xây dựng'],
        legal: [constructionLaw, ['62/2020/QH14', 'Luật sửa đổi, bổ sung một số điều của Luật Xây dựng'], ['175/2024/NĐ-CP']],
        forms: [['DonDeNghiCPXD', 'Đơn đề nghị cấp giấy phép xây dựng', 'Mẫu số 01 Phụ lục II'], ['GiayPhepXayDung', 'Giấy phép xây dựng', 'Mẫu GPXD']],
        documents: [doc('Đơn đề nghị cấp giấy phép xây dựng', 'original', 'DonDeNghiCPXD'), doc('Giấy tờ về quyền sử dụng đất', 'certified-copy'), doc('Bản vẽ thiết kế xây dựng', 'copy'), doc('Cam kết bảo đảm an toàn công trình liền kề', 'original', 'VanBanCamKet')],
        results: [{ title: 'Giấy phép xây dựng', form: 'GiayPhepXayDung' }],
        times: ['15d'], fees: [{ amount: '75_000' }], exemptions: [], partners: ['ChiNhanhVPDKDDDaLat'], inspection: true, online: ['partial', undefined]
    },
    {
        slug: 'DangKyDatDaiLanDau', title: 'Đăng ký đất đai, tài sản gắn liền với đất lần đầu', sector: 'Đất đai', level: 'commune', handler: 'economy', approver: 'committee',
        applicants: ['Hộ gia đình, cá nhân sử dụng đất'], requirements: ['Đất không có tranh chấp'],
        legal: [landLaw, landDecree],
        forms: [['DonDangKyDatDai', 'Đơn đăng ký đất đai, tài sản gắn liền với đất', 'Mẫu số 04/ĐK'], ['GiayChungNhanQSDD', 'Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất', 'Mẫu GCN']],
        documents: [doc('Đơn đăng ký đất đai, tài sản gắn liền với đất', 'original', 'DonDangKyDatDai'), doc('Giấy tờ về quyền sử dụng đất', 'certified-copy'), doc('Sơ đồ nhà ở, công trình xây dựng', 'copy'), doc('Chứng từ thực hiện nghĩa vụ tài chính', 'copy', 'ThongBaoNghiaVuTaiChinh')],
        results: [{ title: 'Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất', form: 'GiayChungNhanQSDD' }],
        times: ['20d', '30cd as 20d'], fees: [{ amount: '100_000' }], exemptions: ['Hộ gia đình, cá nhân ở nông thôn'], partners: ['ChiNhanhVPDKDDDaLat', 'ChiNhanhVPDKDDBaoLoc', 'ThueTinh'],
        inspection: true, online: ['partial', undefined]
    },
    {
        slug: 'HoaGiaiTranhChapDatDai', title: 'Hòa giải tranh chấp đất đai', sector: 'Đất đai', level: 'commune', handler: 'economy', approver: 'committee',
        applicants: ['Các bên tranh chấp đất đai'], requirements: [],
        legal: [landLaw, ['102/2024/NĐ-CP', 'Nghị định quy định chi tiết thi hành một số điều của Luật Đất đai']],
        forms: [['DonHoaGiai', 'Đơn yêu cầu hòa giải tranh chấp đất đai', 'Mẫu ĐHG'], ['BienBanHoaGiai', 'Biên bản hòa giải tranh chấp đất đai', 'Mẫu BBHG']],
        documents: [doc('Đơn yêu cầu hòa giải tranh chấp đất đai', 'original', 'DonHoaGiai'), doc('Giấy tờ liên quan đến thửa đất tranh chấp', 'copy')],
        results: [{ title: 'Biên bản hòa giải thành hoặc không thành', form: 'BienBanHoaGiai' }],
        times: ['30cd', '45cd'], fees: free, exemptions: ['Không thu phí'], partners: [], inspection: true, online: [undefined]
    },
    {
        slug: 'TroGiupXaHoi', title: 'Trợ giúp xã hội thường xuyên tại cộng đồng', sector: 'Bảo trợ xã hội', level: 'commune', handler: 'society', approver: 'committee',
        applicants: ['Đối tượng bảo trợ xã hội hoặc người giám hộ'], requirements: [],
        legal: [socialDecree, ['76/2024/NĐ-CP']],
        forms: [['TK_TroGiupXaHoi', 'Tờ khai đề nghị trợ giúp xã hội', 'Mẫu số 1a'], ['QuyetDinhTroCap', 'Quyết định trợ cấp xã hội hằng tháng', 'Mẫu QĐ-TC']],
        documents: [doc('Tờ khai đề nghị trợ giúp xã hội', 'original', 'TK_TroGiupXaHoi'), doc('Giấy xác nhận khuyết tật (nếu có)', 'copy'), idIssue],
        results: [{ title: 'Quyết định trợ cấp xã hội hằng tháng', form: 'QuyetDinhTroCap' }],
        times: ['15d', '10d'], fees: free, exemptions: ['Không thu phí'], partners: ['BHXHTinh', 'NganHangChinhSach'], inspection: true, online: ['partial', undefined]
    },
    {
        slug: 'HoTroMaiTang', title: 'Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội', sector: 'Bảo trợ xã hội', level: 'commune', handler: 'society', approver: 'committee',
        applicants: ['Cơ quan, tổ chức, cá nhân tổ chức mai táng'], requirements: [],
        legal: [socialDecree],
        forms: [['TK_MaiTang', 'Tờ khai đề nghị hỗ trợ chi phí mai táng', 'Mẫu số 04']],
        documents: [doc('Tờ khai đề nghị hỗ trợ chi phí mai táng', 'original', 'TK_MaiTang'), doc('Giấy chứng tử', 'copy')],
        results: [{ title: 'Quyết định hỗ trợ chi phí mai táng' }],
        times: ['3d'], fees: free, exemptions: [], partners: [], inspection: false, online: ['full', 'partial']
    },
    {
        slug: 'CongNhanHoNgheo', title: 'Công nhận hộ nghèo, hộ cận nghèo phát sinh trong năm', sector: 'Bảo trợ xã hội', level: 'commune', handler: 'society', approver: 'committee',
        applicants: ['Hộ gia đình'], requirements: ['Hộ gia đình có mức thu nhập theo chuẩn nghèo'],
        legal: [['07/2021/NĐ-CP', 'Nghị định quy định chuẩn nghèo đa chiều']],
        forms: [['GiayDeNghiRaSoat', 'Giấy đề nghị rà soát hộ nghèo, hộ cận nghèo', 'Phụ lục 1a'], ['PhieuRaSoat', 'Phiếu rà soát thông tin hộ gia đình', 'Phụ lục 2']],
        documents: [doc('Giấy đề nghị rà soát hộ nghèo, hộ cận nghèo', 'original', 'GiayDeNghiRaSoat'), doc('Phiếu rà soát thông tin hộ gia đình', 'original', 'PhieuRaSoat')],
        results: [{ title: 'Giấy chứng nhận hộ nghèo, hộ cận nghèo' }],
        times: ['10d', '14cd as 10d'], fees: free, exemptions: [], partners: ['NganHangChinhSach'], inspection: true, online: ['partial', undefined]
    },
    {
        slug: 'DangKyLeHoi', title: 'Đăng ký tổ chức lễ hội cấp xã', sector: 'Văn hóa', level: 'commune', handler: 'society', approver: 'committee',
        applicants: ['Ban tổ chức lễ hội'], requirements: [],
        legal: [['110/2018/NĐ-CP', 'Nghị định quy định về quản lý và tổ chức lễ hội']],
        forms: [['VanBanDangKyLeHoi', 'Văn bản đăng ký tổ chức lễ hội', 'Mẫu số 01']],
        documents: [doc('Văn bản đăng ký tổ chức lễ hội', 'original', 'VanBanDangKyLeHoi'), doc('Kế hoạch tổ chức lễ hội', 'copy')],
        results: [{ title: 'Văn bản chấp thuận tổ chức lễ hội' }],
        times: ['5d'], fees: free, exemptions: [], partners: [], inspection: false, online: ['full', 'partial']
    },
    {
        slug: 'ChoPhepNhomTre', title: 'Cho phép nhóm trẻ, lớp mẫu giáo độc lập hoạt động', sector: 'Giáo dục và Đào tạo', level: 'commune', handler: 'society', approver: 'committee',
        applicants: ['Tổ chức, cá nhân'], requirements: ['Đủ điều kiện về cơ sở vật chất và đội ngũ'],
        legal: [['43/2019/QH14', 'Luật Giáo dục'], ['125/2024/NĐ-CP']],
        forms: [['ToTrinhNhomTre', 'Tờ trình đề nghị cho phép hoạt động giáo dục', 'Mẫu TTr-NT']],
        documents: [doc('Tờ trình đề nghị cho phép hoạt động giáo dục', 'original', 'ToTrinhNhomTre'), doc('Quyết định thành lập', 'certified-copy'), doc('Danh sách giáo viên kèm văn bằng', 'copy')],
        results: [{ title: 'Quyết định cho phép hoạt động giáo dục' }],
        times: ['15d', '20d'], fees: free, exemptions: [], partners: [], inspection: true, online: ['partial']
    },
    {
        slug: 'DangKyTinNguong', title: 'Đăng ký hoạt động tín ngưỡng', sector: 'Tín ngưỡng, tôn giáo', level: 'commune', handler: 'office', approver: 'committee',
        applicants: ['Người đại diện cơ sở tín ngưỡng'], requirements: [],
        legal: [['02/2016/QH14', 'Luật Tín ngưỡng, tôn giáo'], ['95/2023/NĐ-CP']],
        forms: [['VanBanDangKyTinNguong', 'Văn bản đăng ký hoạt động tín ngưỡng', 'Mẫu B1']],
        documents: [doc('Văn bản đăng ký hoạt động tín ngưỡng', 'original', 'VanBanDangKyTinNguong'), doc('Danh mục hoạt động tín ngưỡng', 'copy')],
        results: [{ title: 'Văn bản chấp thuận đăng ký' }],
        times: ['15d', '21cd as 15d'], fees: free, exemptions: [], partners: [], inspection: false, online: ['partial', undefined]
    },
    // ------------------------------------------------------------------ province
    {
        slug: 'CapPhieuLyLichTuPhap', title: 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam', sector: 'Lý lịch tư pháp', level: 'province', handler: 'SoTuPhap', approver: 'SoTuPhap',
        applicants: ['Công dân Việt Nam'], requirements: [],
        legal: [['28/2009/QH12', 'Luật Lý lịch tư pháp'], ['244/2016/TT-BTC']],
        forms: [['TK_LyLichTuPhap', 'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp', 'Mẫu số 03/2013/TT-LLTP'], ['PhieuLyLichTuPhap', 'Phiếu lý lịch tư pháp', 'Mẫu số 06']],
        documents: [doc('Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp', 'original', 'TK_LyLichTuPhap'), idIssue, doc('Giấy tờ chứng minh nơi cư trú', 'copy')],
        results: [{ title: 'Phiếu lý lịch tư pháp', form: 'PhieuLyLichTuPhap' }],
        times: ['10d'], fees: [{ amount: '200_000', note: 'mỗi lần yêu cầu' }], exemptions: ['Sinh viên, người có công với cách mạng: giảm 50%', 'Trẻ em, người cao tuổi, người khuyết tật'],
        partners: ['CongAnTinh', 'BoCongAn'], inspection: false, online: ['full', 'partial']
    },
    {
        slug: 'DangKyDoanhNghiepTuNhan', title: 'Đăng ký thành lập doanh nghiệp tư nhân', sector: 'Thành lập và hoạt động doanh nghiệp', level: 'province', handler: 'PhongDangKyKinhDoanh', approver: 'PhongDangKyKinhDoanh',
        applicants: ['Cá nhân thành lập doanh nghiệp'], requirements: ['Tên doanh nghiệp không trùng hoặc gây nhầm lẫn'],
        legal: [['59/2020/QH14', 'Luật Doanh nghiệp'], ['168/2025/NĐ-CP', 'Nghị định về đăng ký doanh nghiệp']],
        forms: [['GiayDeNghiDKDN', 'Giấy đề nghị đăng ký doanh nghiệp tư nhân', 'Phụ lục I-1'], ['GiayChungNhanDKDN', 'Giấy chứng nhận đăng ký doanh nghiệp', 'Phụ lục IV-1']],
        documents: [doc('Giấy đề nghị đăng ký doanh nghiệp', 'original', 'GiayDeNghiDKDN'), idIssue],
        results: [{ title: 'Giấy chứng nhận đăng ký doanh nghiệp', form: 'GiayChungNhanDKDN' }],
        times: ['3d'], fees: [{ amount: '50_000' }], exemptions: ['Đăng ký qua mạng thông tin điện tử'], partners: ['ThueTinh'], inspection: false, online: ['full']
    },
    {
        slug: 'CapGiayPhepXayDungCongTrinh', title: 'Cấp giấy phép xây dựng mới đối với công trình cấp II, cấp III', sector: 'Hoạt động xây dựng', level: 'province', handler: 'PhongQuanLyXayDung', approver: 'SoXayDung',
        applicants: ['Chủ đầu tư'], requirements: ['Phù hợp quy hoạch xây dựng được duyệt'],
        legal: [constructionLaw, ['175/2024/NĐ-CP', 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Xây dựng về quản lý hoạt động xây dựng']],
        forms: [['DonDeNghiCPXDCongTrinh', 'Đơn đề nghị cấp giấy phép xây dựng công trình', 'Mẫu số 01']],
        documents: [doc('Đơn đề nghị cấp giấy phép xây dựng', 'original', 'DonDeNghiCPXDCongTrinh'), doc('Quyết định phê duyệt dự án', 'certified-copy'), doc('Bản vẽ thiết kế xây dựng', 'copy'), doc('Văn bản thẩm định thiết kế', 'copy', 'VanBanThamDinh')],
        results: [{ title: 'Giấy phép xây dựng', form: 'GiayPhepXayDung' }],
        times: ['20d'], fees: [{ amount: '150_000' }], exemptions: [], partners: ['VanPhongDangKyDatDai'], inspection: true, online: ['partial', undefined]
    },
    {
        slug: 'CapChungChiHanhNgheDuoc', title: 'Cấp Chứng chỉ hành nghề dược', sector: 'Dược phẩm', level: 'province', handler: 'SoYTe', approver: 'SoYTe',
        applicants: ['Cá nhân đề nghị cấp chứng chỉ'], requirements: ['Có văn bằng chuyên môn phù hợp'],
        legal: [['105/2016/QH13', 'Luật Dược'], ['54/2017/NĐ-CP']],
        forms: [['DonDeNghiCCHND', 'Đơn đề nghị cấp Chứng chỉ hành nghề dược', 'Mẫu số 02'], ['ChungChiHanhNgheDuoc', 'Chứng chỉ hành nghề dược', 'Mẫu số 01']],
        documents: [doc('Đơn đề nghị cấp Chứng chỉ hành nghề dược', 'original', 'DonDeNghiCCHND'), doc('Văn bằng chuyên môn', 'certified-copy'), doc('Giấy xác nhận thời gian thực hành', 'original')],
        results: [{ title: 'Chứng chỉ hành nghề dược', form: 'ChungChiHanhNgheDuoc' }],
        times: ['20d'], fees: [{ amount: '500_000' }], exemptions: [], partners: [], inspection: false, online: ['partial']
    },
    {
        slug: 'GiaoDatChoThueDat', title: 'Giao đất, cho thuê đất không thông qua đấu giá quyền sử dụng đất', sector: 'Đất đai', level: 'province', handler: 'SoNongNghiepMoiTruong', approver: 'UBNDTinh',
        applicants: ['Tổ chức kinh tế'], requirements: ['Dự án đã được chấp thuận chủ trương đầu tư'],
        legal: [landLaw, ['102/2024/NĐ-CP', 'Nghị định quy định chi tiết thi hành một số điều của Luật Đất đai']],
        forms: [['DonXinGiaoDat', 'Đơn xin giao đất, cho thuê đất', 'Mẫu số 02c'], ['QuyetDinhGiaoDat', 'Quyết định giao đất, cho thuê đất', 'Mẫu số 04a']],
        documents: [doc('Đơn xin giao đất, cho thuê đất', 'original', 'DonXinGiaoDat'), doc('Văn bản chấp thuận chủ trương đầu tư', 'certified-copy'), doc('Trích lục bản đồ địa chính', 'original')],
        results: [{ title: 'Quyết định giao đất, cho thuê đất', form: 'QuyetDinhGiaoDat' }, { title: 'Hợp đồng thuê đất' }],
        times: ['20d', '30cd as 20d'], fees: free, exemptions: [], partners: ['ThueTinh', 'VanPhongDangKyDatDai'], inspection: true, online: ['partial', undefined]
    },
    {
        slug: 'CapPhepKhaiThacNuocDuoiDat', title: 'Cấp giấy phép khai thác, sử dụng nước dưới đất', sector: 'Tài nguyên nước', level: 'province', handler: 'ChiCucThuyLoi', approver: 'UBNDTinh',
        applicants: ['Tổ chức, cá nhân khai thác nước'], requirements: [],
        legal: [['28/2023/QH15', 'Luật Tài nguyên nước'], ['54/2024/NĐ-CP']],
        forms: [['DonDeNghiKhaiThacNuoc', 'Đơn đề nghị cấp giấy phép khai thác nước dưới đất', 'Mẫu 01/KTNDĐ'], ['GiayPhepKhaiThacNuoc', 'Giấy phép khai thác, sử dụng nước dưới đất', 'Mẫu 02/GP']],
        documents: [doc('Đơn đề nghị cấp giấy phép', 'original', 'DonDeNghiKhaiThacNuoc'), doc('Báo cáo kết quả thăm dò', 'copy'), doc('Kết quả phân tích chất lượng nguồn nước', 'original')],
        results: [{ title: 'Giấy phép khai thác, sử dụng nước dưới đất', form: 'GiayPhepKhaiThacNuoc' }],
        times: ['30d', '45cd'], fees: [{ amount: '1_200_000', note: 'phí thẩm định đề án' }], exemptions: [], partners: ['SoNongNghiepMoiTruong'], inspection: true, online: ['partial', undefined]
    },
    {
        slug: 'ChoPhepTruongMamNon', title: 'Cho phép trường mầm non hoạt động giáo dục', sector: 'Giáo dục và Đào tạo', level: 'province', handler: 'SoGiaoDucDaoTao', approver: 'SoGiaoDucDaoTao',
        applicants: ['Trường mầm non'], requirements: [],
        legal: [['43/2019/QH14', 'Luật Giáo dục'], ['125/2024/NĐ-CP']],
        forms: [['ToTrinhTruongMamNon', 'Tờ trình đề nghị cho phép hoạt động giáo dục', 'Mẫu TTr-MN']],
        documents: [doc('Tờ trình đề nghị cho phép hoạt động giáo dục', 'original', 'ToTrinhTruongMamNon'), doc('Quyết định thành lập trường', 'certified-copy'), doc('Danh sách đội ngũ cán bộ quản lý, giáo viên', 'copy')],
        results: [{ title: 'Quyết định cho phép hoạt động giáo dục' }],
        times: ['20d'], fees: free, exemptions: [], partners: [], inspection: true, online: ['partial']
    },
    {
        slug: 'ThongBaoBieuDienNgheThuat', title: 'Tiếp nhận thông báo tổ chức biểu diễn nghệ thuật', sector: 'Nghệ thuật biểu diễn', level: 'province', handler: 'SoVanHoaTheThaoDuLich', approver: 'SoVanHoaTheThaoDuLich',
        applicants: ['Tổ chức, cá nhân tổ chức biểu diễn'], requirements: [],
        legal: [['144/2020/NĐ-CP', 'Nghị định quy định về hoạt động nghệ thuật biểu diễn']],
        forms: [['ThongBaoBieuDien', 'Thông báo tổ chức biểu diễn nghệ thuật', 'Mẫu số 02']],
        documents: [doc('Thông báo tổ chức biểu diễn nghệ thuật', 'original', 'ThongBaoBieuDien'), doc('Kịch bản, danh mục tác phẩm', 'copy')],
        results: [{ title: 'Văn bản xác nhận đã tiếp nhận thông báo' }],
        times: ['5d', '3d'], fees: free, exemptions: [], partners: ['CongAnTinh'], inspection: false, online: ['full', 'partial']
    },
    {
        slug: 'TroCapThanNhanLietSi', title: 'Giải quyết chế độ trợ cấp ưu đãi đối với thân nhân liệt sĩ', sector: 'Người có công', level: 'province', handler: 'PhongNguoiCoCong', approver: 'SoNoiVu',
        applicants: ['Thân nhân liệt sĩ'], requirements: [],
        legal: [['02/2020/UBTVQH14', 'Pháp lệnh Ưu đãi người có công với cách mạng'], ['131/2021/NĐ-CP']],
        forms: [['TK_TroCapThanNhan', 'Bản khai của thân nhân liệt sĩ', 'Mẫu số 04'], ['QuyetDinhTroCapUuDai', 'Quyết định trợ cấp ưu đãi', 'Mẫu số 64']],
        documents: [doc('Bản khai của thân nhân liệt sĩ', 'original', 'TK_TroCapThanNhan'), doc('Giấy báo tử', 'certified-copy'), doc('Bằng Tổ quốc ghi công', 'certified-copy')],
        results: [{ title: 'Quyết định trợ cấp ưu đãi', form: 'QuyetDinhTroCapUuDai' }],
        times: ['12d', '20d'], fees: free, exemptions: [], partners: ['NganHangChinhSach', 'BHXHTinh'], inspection: false, online: ['partial', undefined]
    },
    {
        slug: 'CapGiayPhepLaoDong', title: 'Cấp giấy phép lao động cho người lao động nước ngoài', sector: 'Việc làm', level: 'province', handler: 'SoNoiVu', approver: 'SoNoiVu',
        applicants: ['Người sử dụng lao động'], requirements: ['Đã được chấp thuận nhu cầu sử dụng lao động nước ngoài'],
        legal: [['45/2019/QH14', 'Bộ luật Lao động'], ['219/2025/NĐ-CP']],
        forms: [['VanBanDeNghiGPLD', 'Văn bản đề nghị cấp giấy phép lao động', 'Mẫu số 11/PLI'], ['GiayPhepLaoDong', 'Giấy phép lao động', 'Mẫu số 12/PLI']],
        documents: [doc('Văn bản đề nghị cấp giấy phép lao động', 'original', 'VanBanDeNghiGPLD'), doc('Giấy chứng nhận sức khỏe', 'original'), doc('Hộ chiếu', 'certified-copy'), doc('Văn bản chứng minh chuyên gia', 'certified-copy')],
        results: [{ title: 'Giấy phép lao động', form: 'GiayPhepLaoDong' }],
        times: ['5d'], fees: [{ amount: '600_000' }], exemptions: [], partners: ['CongAnTinh', 'SoNgoaiVu'], inspection: false, online: ['partial']
    },
    {
        slug: 'CapGiayChungNhanATTP', title: 'Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm', sector: 'An toàn thực phẩm', level: 'province', handler: 'ChiCucATVSTP', approver: 'ChiCucATVSTP',
        applicants: ['Cơ sở sản xuất, kinh doanh thực phẩm'], requirements: ['Đáp ứng điều kiện bảo đảm an toàn thực phẩm'],
        legal: [['55/2010/QH12', 'Luật An toàn thực phẩm'], ['15/2018/NĐ-CP']],
        forms: [['DonDeNghiATTP', 'Đơn đề nghị cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm', 'Mẫu số 01'], ['GiayChungNhanATTP', 'Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm', 'Mẫu số 02']],
        documents: [doc('Đơn đề nghị cấp Giấy chứng nhận', 'original', 'DonDeNghiATTP'), doc('Bản thuyết minh về cơ sở vật chất', 'original'), doc('Giấy xác nhận đủ sức khỏe của chủ cơ sở', 'copy')],
        results: [{ title: 'Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm', form: 'GiayChungNhanATTP' }],
        times: ['20d'], fees: [{ amount: '500_000', note: 'phí thẩm định cơ sở' }, { amount: '1_000_000', note: 'cơ sở sản xuất' }], exemptions: [], partners: ['QuanLyThiTruong'], inspection: true, online: ['partial']
    },
    {
        slug: 'CapGiayPhepKinhDoanhVanTai', title: 'Cấp Giấy phép kinh doanh vận tải bằng xe ô tô', sector: 'Đường bộ', level: 'province', handler: 'SoXayDung', approver: 'SoXayDung',
        applicants: ['Doanh nghiệp, hợp tác xã, hộ kinh doanh vận tải'], requirements: [],
        legal: [['36/2024/QH15', 'Luật Đường bộ'], ['158/2024/NĐ-CP']],
        forms: [['GiayDeNghiVanTai', 'Giấy đề nghị cấp Giấy phép kinh doanh vận tải', 'Phụ lục I'], ['GiayPhepVanTai', 'Giấy phép kinh doanh vận tải bằng xe ô tô', 'Phụ lục II']],
        documents: [doc('Giấy đề nghị cấp Giấy phép kinh doanh', 'original', 'GiayDeNghiVanTai'), doc('Văn bằng chuyên môn của người điều hành vận tải', 'certified-copy'), doc('Phương án kinh doanh vận tải', 'original')],
        results: [{ title: 'Giấy phép kinh doanh vận tải bằng xe ô tô', form: 'GiayPhepVanTai' }],
        times: ['5d'], fees: [{ amount: '200_000' }], exemptions: [], partners: [], inspection: false, online: ['full', 'partial']
    },
    {
        slug: 'XinThoiQuocTich', title: 'Xin thôi quốc tịch Việt Nam ở trong nước', sector: 'Quốc tịch', level: 'province', handler: 'PhongHanhChinhTuPhap', approver: 'SoTuPhap',
        applicants: ['Công dân Việt Nam cư trú ở trong nước'], requirements: [],
        legal: [['24/2008/QH12', 'Luật Quốc tịch Việt Nam'], ['16/2020/NĐ-CP']],
        forms: [['DonXinThoiQuocTich', 'Đơn xin thôi quốc tịch Việt Nam', 'Mẫu TP/QT-2020-ĐXTQT']],
        documents: [doc('Đơn xin thôi quốc tịch Việt Nam', 'original', 'DonXinThoiQuocTich'), doc('Bản khai lý lịch', 'original', 'BanKhaiThongTin'), doc('Phiếu lý lịch tư pháp', 'original', 'PhieuLyLichTuPhap'), idIssue],
        results: [{ title: 'Văn bản đề xuất gửi Bộ Tư pháp' }],
        times: ['20d'], fees: [{ amount: '2_500_000' }], exemptions: [], partners: ['CongAnTinh', 'BoTuPhap'], inspection: false, online: ['partial']
    },
    {
        slug: 'CapGiayPhepKhaiThacRung', title: 'Phê duyệt phương án khai thác thực vật rừng thông thường', sector: 'Lâm nghiệp', level: 'province', handler: 'ChiCucKiemLam', approver: 'SoNongNghiepMoiTruong',
        applicants: ['Chủ rừng là tổ chức'], requirements: [],
        legal: [['16/2017/QH14', 'Luật Lâm nghiệp'], ['156/2018/NĐ-CP']],
        forms: [['PhuongAnKhaiThac', 'Phương án khai thác thực vật rừng', 'Mẫu số 01']],
        documents: [doc('Văn bản đề nghị phê duyệt', 'original', 'DonDeNghiChung'), doc('Phương án khai thác', 'original', 'PhuongAnKhaiThac')],
        results: [{ title: 'Quyết định phê duyệt phương án khai thác' }],
        times: ['15d', '10d'], fees: free, exemptions: [], partners: [], inspection: true, online: ['partial', undefined]
    },
    {
        slug: 'CongNhanSangKien', title: 'Công nhận sáng kiến cấp tỉnh', sector: 'Hoạt động khoa học và công nghệ', level: 'province', handler: 'SoKhoaHocCongNghe', approver: 'SoKhoaHocCongNghe',
        applicants: ['Tác giả sáng kiến'], requirements: [],
        legal: [['13/2012/NĐ-CP', 'Nghị định ban hành Điều lệ Sáng kiến']],
        forms: [['DonCongNhanSangKien', 'Đơn yêu cầu công nhận sáng kiến', 'Phụ lục 1']],
        documents: [doc('Đơn yêu cầu công nhận sáng kiến', 'original', 'DonCongNhanSangKien'), doc('Báo cáo hiệu quả áp dụng', 'copy')],
        results: [{ title: 'Giấy chứng nhận sáng kiến' }],
        times: ['30d'], fees: free, exemptions: [], partners: [], inspection: false, online: ['full', 'partial']
    }
];
