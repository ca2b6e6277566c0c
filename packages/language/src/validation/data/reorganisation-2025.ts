/**
 * The 2025 reorganisation of local bodies, as data: the province departments merged in 2025, the
 * divisions of the abolished district level and what does their work in a commune or a ward, the
 * townships merged into communes and wards, and the commune and ward variants of a commune division.
 * Every entry names the sources it was read in (looked up with the project's search tool, December 2026);
 * docs/rules.md (abolished-body-title, merged-department, ward-variant) lists them for readers. Add an
 * entry only with a source that states it.
 */

/** Where a fact was read: the document it states, and the page (or search record) that was read. */
export interface FactSource {
    /** The document and, where known, its date and article, e.g. `Nghị định 150/2025/NĐ-CP ngày 12/6/2025`. */
    readonly citation: string;
    /** The page read, or the search record (`search: code corpus, file id …`) when it has no address. */
    readonly read: string;
}

/** A province department that no longer exists under its pre-2025 name. */
export interface MergedDepartment {
    /** The pre-2025 name, e.g. `Sở Kế hoạch và Đầu tư`. */
    readonly name: string;
    /** Other spellings of the same name seen in titles. */
    readonly aliases?: readonly string[];
    /** Words that, right after the name, make it another body (`Ban Dân tộc` of the People's Council). */
    readonly unlessFollowedBy?: readonly string[];
    /** The department that took it over. */
    readonly into: string;
    /** Departments that took some of its sectors: the title to write then depends on the procedure's sector. */
    readonly sectorsTo?: readonly string[];
    /** Whether `into` exists only in the provinces that set it up (a department "organised in some localities"). */
    readonly onlyWhereSetUp?: boolean;
    readonly sources: readonly FactSource[];
}

/** A division of the district People's Committee, abolished with the district level on 1 July 2025. */
export interface AbolishedDivision {
    readonly name: string;
    readonly aliases?: readonly string[];
    /** Words that, right after the name, make it a current body (`Phòng Kinh tế, Hạ tầng và Đô thị`). */
    readonly unlessFollowedBy?: readonly string[];
    /** The commune division that does its work in a commune (xã). */
    readonly commune: string;
    /** The commune division that does its work in a ward (phường). */
    readonly ward: string;
    readonly sources: readonly FactSource[];
}

// Sources read, named once and shared by the entries below.
const decree150: FactSource = {
    citation: 'Nghị định 150/2025/NĐ-CP ngày 12/6/2025 (tổ chức các cơ quan chuyên môn thuộc UBND cấp tỉnh và cấp xã): 12 sở tổ chức thống nhất, sở đặc thù',
    read: 'https://vinanet.vn/chinh-sach/nghi-dinh-1502025nd-cp-ve-to-chuc-cac-co-quan-chuyen-mon-thuoc-ubnd-cap-tinh-va-cap-xa-798660.html'
};
const decree45: FactSource = {
    citation: 'Nghị định 45/2025/NĐ-CP ngày 28/02/2025: danh sách sở tổ chức thống nhất và sở đặc thù',
    read: 'http://hdnd.dongnai.gov.vn/Pages/glp-quydinhmoivecoquanchuyenmonthu-glpnd-34299-glpnc-4-glpsite-1.html'
};
const ministries: FactSource = {
    citation: 'Báo cáo 219/BC-BNV năm 2025: tên các bộ sau hợp nhất (Bộ Tài chính, Bộ Nội vụ, Bộ Xây dựng, Bộ Khoa học và Công nghệ; báo chí sang Bộ Văn hóa, Thể thao và Du lịch; Bộ Dân tộc và Tôn giáo)',
    read: 'https://news.thuvienphapluat.vn/tintuc/vn/ho-tro-phap-luat/chinh-sach-moi/80789/ten-goi-va-viec-su-dung-con-dau-cua-co-quan-co-tham-quyen-khi-sap-xep-bo-may'
};
const quangNgai: FactSource = {
    citation: 'HĐND tỉnh Quảng Ngãi, 2025: dự toán chuyển từ các sở cũ (Kế hoạch và Đầu tư, Giao thông vận tải, Thông tin và Truyền thông, Tài nguyên và Môi trường, Lao động - Thương binh và Xã hội, Nông nghiệp và Phát triển nông thôn) sang các sở được thành lập (Xây dựng, Tài chính, Nội vụ, Khoa học và Công nghệ, Nông nghiệp và Môi trường)',
    read: 'https://dbnd.quangngai.gov.vn/news/16/7667/dieu-chinh-va-phan-bo-du-toan-nam-2025-cho-cac-so-moi-duoc-thanh-lap'
};
const decree150Commune: FactSource = {
    citation: 'Nghị định 150/2025/NĐ-CP: Văn phòng HĐND và UBND (văn phòng, tư pháp, đối ngoại); Phòng Kinh tế (xã, đặc khu) hoặc Phòng Kinh tế, Hạ tầng và Đô thị (phường, đặc khu Phú Quốc) (tài chính - kế hoạch, xây dựng và công thương, nông nghiệp và môi trường); Phòng Văn hóa - Xã hội',
    read: 'https://plo.vn/quy-dinh-moi-ve-so-cap-pho-tai-cac-phong-thuoc-trung-tam-phuc-vu-hanh-chinh-cong-post875902.html'
};
const decree37: FactSource = {
    citation: 'Nghị định 37/2014/NĐ-CP, Điều 7: các phòng chuyên môn thuộc UBND huyện, quận, thị xã, thành phố thuộc tỉnh',
    read: 'https://thukyluat.vn/news/diem-tin-van-ban/10-co-quan-chuyen-mon-duoc-to-chuc-thong-nhat-o-cac-huyen-76542.html'
};
const circular10: FactSource = {
    citation: 'Thông tư 10/2025/TT-BNV ngày 19/6/2025, Điều 3, 4: Phòng Văn hóa - Xã hội cấp xã tham mưu về nội vụ và lao động, tiền lương, bảo hiểm xã hội',
    read: 'https://lsvn.vn/phong-van-hoa-xa-hoi-cap-xa-nhan-them-loat-nhiem-vu-quan-trong-tu-01-7-a159561.html'
};
const culture: FactSource = {
    citation: 'Nghị định 150/2025/NĐ-CP, Điều 11: Phòng Văn hóa - Xã hội cấp xã tham mưu về văn hóa, gia đình, thể dục thể thao, du lịch, thông tin cơ sở',
    read: 'https://thongtin.vietnam.vn/en/phong-van-hoa-xa-hoi-thuoc-ubnd-cap-xa-co-chuc-nang-nhiem-vu-gi'
};
const construction: FactSource = {
    citation: 'Thông tư 03/2022/TT-BXD: Phòng Quản lý đô thị và Phòng Kinh tế và Hạ tầng là cơ quan chuyên môn thuộc UBND cấp huyện',
    read: 'https://baohaiduong.vn/en/chuc-nang-nhiem-vu-co-quan-chuyen-mon-ve-xay-dung-cap-huyen-142971.html'
};
const tanBien: FactSource = {
    citation: 'HĐND huyện Tân Biên (Tây Ninh), 2025: Phòng Nông nghiệp và Môi trường cấp huyện hợp nhất từ Phòng Nông nghiệp và Phát triển nông thôn và Phòng Tài nguyên và Môi trường; Phòng Kinh tế, Hạ tầng và Đô thị tổ chức lại từ Phòng Kinh tế và Hạ tầng',
    read: 'https://tanbien.tayninh.gov.vn/vi/news/tin-tuc/hdnd-huyen-tan-bien-thong-qua-nghi-quyet-to-chuc-lai-cac-co-quan-chuyen-mon-8289.html'
};

/** The townships (thị trấn), merged into communes and wards by the 2025 resolutions on commune-level units. */
export const townships = {
    name: 'thị trấn',
    sources: [
        {
            citation: 'Nghị quyết 1672/NQ-UBTVQH15 ngày 16/6/2025 (căn cứ Luật 72/2025/QH15 và Nghị quyết 76/2025/UBTVQH15), Điều 1: các thị trấn của tỉnh Lạng Sơn sắp xếp vào xã mới (thị trấn Thất Khê → xã Thất Khê) hoặc phường mới (thị trấn Cao Lộc → phường Kỳ Lừa); chính quyền mới hoạt động từ 01/7/2025',
            read: 'search: code corpus, dvhcvn/20250701 input/docs/1672_NQ-UBTVQH15.md'
        },
        {
            citation: 'Dự thảo Luật Tổ chức chính quyền địa phương (3/2025): đơn vị hành chính cấp cơ sở gồm xã, phường và đặc khu, bỏ thị trấn',
            read: 'https://nld.com.vn/de-xuat-cham-dut-mo-hinh-chinh-quyen-do-thi-o-ha-noi-tp-hcm-da-nang-hai-phong-196250325081340847.htm'
        }
    ] satisfies readonly FactSource[]
} as const;

/** Province departments merged in 2025, with the department that took each over. */
export const mergedDepartments: readonly MergedDepartment[] = [
    {
        name: 'Sở Kế hoạch và Đầu tư',
        into: 'Sở Tài chính',
        sources: [decree150, decree45, ministries, quangNgai]
    },
    {
        name: 'Sở Tài nguyên và Môi trường',
        into: 'Sở Nông nghiệp và Môi trường',
        sources: [decree150, decree45, quangNgai, {
            citation: 'Bộ Nông nghiệp và Môi trường thành lập trên cơ sở hợp nhất Bộ Nông nghiệp và Phát triển nông thôn và Bộ Tài nguyên và Môi trường (01/3/2025)',
            read: 'https://giaoducthoidai.vn/ong-nguyen-ngoc-thach-lam-tan-tong-bien-tap-bao-nong-nghiep-va-moi-truong-post721407.html'
        }]
    },
    {
        name: 'Sở Nông nghiệp và Phát triển nông thôn',
        aliases: ['Sở Nông nghiệp và PTNT'],
        into: 'Sở Nông nghiệp và Môi trường',
        sources: [decree150, decree45, quangNgai, {
            citation: 'Bộ Nông nghiệp và Môi trường thành lập trên cơ sở hợp nhất Bộ Nông nghiệp và Phát triển nông thôn và Bộ Tài nguyên và Môi trường (01/3/2025)',
            read: 'https://giaoducthoidai.vn/ong-nguyen-ngoc-thach-lam-tan-tong-bien-tap-bao-nong-nghiep-va-moi-truong-post721407.html'
        }]
    },
    {
        name: 'Sở Giao thông vận tải',
        into: 'Sở Xây dựng',
        sources: [decree150, decree45, ministries, quangNgai]
    },
    {
        name: 'Sở Thông tin và Truyền thông',
        into: 'Sở Khoa học và Công nghệ',
        sectorsTo: ['Sở Văn hóa, Thể thao và Du lịch'],
        sources: [decree150, ministries, quangNgai, {
            citation: 'Sở Khoa học và Công nghệ hợp nhất từ Sở Khoa học và Công nghệ và Sở Thông tin và Truyền thông, hoạt động từ 01/3/2025',
            read: 'https://ictvietnam.vn/print/69097.html'
        }]
    },
    {
        name: 'Sở Lao động - Thương binh và Xã hội',
        into: 'Sở Nội vụ',
        sectorsTo: ['Sở Y tế', 'Sở Giáo dục và Đào tạo'],
        sources: [decree150, ministries, quangNgai, {
            citation: 'Nghị quyết 396 (HĐND tỉnh Bắc Ninh, 2025): kết thúc hoạt động Sở Lao động, Thương binh và Xã hội; chuyển nhiệm vụ về Sở Nội vụ, Sở Giáo dục và Đào tạo, Sở Y tế',
            read: 'https://thactrang.com/tim-kiem/di-cong-tac-ve-nghe-cau-nay-cua-con-trai-toi-ly-di-vo-2215.html'
        }]
    },
    {
        name: 'Ban Dân tộc',
        // The People's Council has its own "Ban Dân tộc" (a committee of the Council), which still exists.
        unlessFollowedBy: ['hoi dong nhan dan', 'hdnd'],
        into: 'Sở Dân tộc và Tôn giáo',
        onlyWhereSetUp: true,
        sources: [decree150, decree45, {
            citation: 'Sở Dân tộc và Tôn giáo (Lào Cai) thành lập trên cơ sở Ban Dân tộc tiếp nhận quản lý nhà nước về tín ngưỡng, tôn giáo từ Sở Nội vụ, làm việc từ 03/3/2025',
            read: 'https://baolaocai.vn/so-dan-toc-va-ton-giao-hanh-trinh-moi-post398286.html'
        }]
    }
];

const economic = { commune: 'Phòng Kinh tế', ward: 'Phòng Kinh tế, Hạ tầng và Đô thị' } as const;
const social = { commune: 'Phòng Văn hóa - Xã hội', ward: 'Phòng Văn hóa - Xã hội' } as const;

/** Divisions of the district level and the commune division that does their work. */
export const abolishedDivisions: readonly AbolishedDivision[] = [
    { name: 'Phòng Tư pháp', commune: 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân', ward: 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân', sources: [decree37, decree150Commune] },
    { name: 'Phòng Tài chính - Kế hoạch', ...economic, sources: [decree37, decree150Commune] },
    { name: 'Phòng Tài nguyên và Môi trường', ...economic, sources: [decree37, decree150Commune] },
    { name: 'Phòng Nông nghiệp và Phát triển nông thôn', aliases: ['Phòng Nông nghiệp và PTNT'], ...economic, sources: [tanBien, decree150Commune] },
    { name: 'Phòng Nông nghiệp và Môi trường', ...economic, sources: [tanBien, decree150Commune] },
    {
        name: 'Phòng Kinh tế - Hạ tầng',
        aliases: ['Phòng Kinh tế và Hạ tầng'],
        // "Phòng Kinh tế, Hạ tầng và Đô thị" folds to the same first words and is the current ward division.
        unlessFollowedBy: ['va do thi'],
        ...economic,
        sources: [construction, tanBien, decree150Commune]
    },
    { name: 'Phòng Quản lý đô thị', ...economic, sources: [construction, decree150Commune] },
    { name: 'Phòng Lao động - Thương binh và Xã hội', ...social, sources: [decree37, circular10] },
    { name: 'Phòng Nội vụ', ...social, sources: [decree37, circular10] },
    { name: 'Phòng Văn hóa và Thông tin', aliases: ['Phòng Văn hóa - Thông tin'], ...social, sources: [decree37, culture] }
];

/**
 * The commune division with two names: `commune` in a commune (xã), `ward` in a ward (phường). A special
 * zone (đặc khu) may have either (Phú Quốc has the ward's), so a special zone is never reported.
 */
export const communeWardVariants = {
    ...economic,
    sources: [decree150Commune, {
        citation: 'Nghị định 150/2025/NĐ-CP: Economic Department (for communes and special zones) or Economic, Infrastructure and Urban Department (for wards and Phu Quoc special zone)',
        read: 'https://www.vietnam.vn/en/quy-dinh-so-luong-cap-pho-tai-cac-phong-chuyen-mon-trung-tam-phuc-vu-hanh-chinh-cong-cap-xa'
    }] satisfies readonly FactSource[]
} as const;
