package org.sectoral.examples.vietnam;

import com.google.common.collect.ImmutableList;

/**
 * The published material behind the Viet Nam model, one constant per article, release or legal
 * text. Press articles report the offices they quote (General Statistics Office, renamed
 * National Statistics Office in 2025; Customs; provincial statistics offices); the quoted office
 * is named in each fact's text.
 */
public final class VietNamSources {
  private VietNamSources() {}

  /** GDP 2024: growth, exports and imports of goods (GSO release of 6 January 2025). */
  public static final Source GDP_2024 = new Source("Tuoi Tre News (Reuters), citing the General "
      + "Statistics Office", "Vietnam's 2024 GDP growth quickens to 7.09%", "2025-01-06",
      "https://tuoitrenews.vn/news/business/20250106/vietnam-s-2024-gdp-growth-quickens-to-709/"
      + "83746.html");
  /** GDP 2024 in VND and USD, structure by broad sector, labour productivity. */
  public static final Source GDP_STRUCTURE_2024 = new Source("Vietnam Leads, reporting the "
      + "General Statistics Office press conference of 6 January 2025", "GDP expands by 7.09% in "
      + "2024", "2025-01",
      "https://vietnamleads.com/to-foreigner/gdp-expands-by-7-09-in-2024.vnl");
  /** Household final consumption as a share of GDP (national accounts), 2024. */
  public static final Source HOUSEHOLD_CONSUMPTION = new Source("The Saigon Times (article by "
      + "Bui Trinh)", "Making double-digit growth sustainable", "2026",
      "https://english.thesaigontimes.vn/making-double-digit-growth-sustainable");
  /** Computers, electronic products and components: 2025 exports and their rise on 2024. */
  public static final Source ELECTRONICS_EXPORTS = new Source("Sài Gòn Giải Phóng, citing "
      + "Customs", "Xuất khẩu sản phẩm điện tử năm 2025 đạt trên 107 tỷ USD (Electronics exports "
      + "exceed 107 billion USD in 2025)", "2026-01-22",
      "https://www.sggp.org.vn/xuat-khau-san-pham-dien-tu-nam-2025-dat-tren-107-ty-usd-post834644"
      + ".html");
  /** Phones and components exports 2024 (Ministry of Industry and Trade report). */
  public static final Source PHONE_EXPORTS = new Source("Tra cứu quy hoạch, citing the Ministry "
      + "of Industry and Trade's Import-Export Report 2024 and Customs", "Việt Nam thu 30,2 tỷ "
      + "USD từ xuất khẩu điện thoại nguyên chiếc trong năm 2024 (Viet Nam earned 30.2 billion "
      + "USD from exports of complete phones in 2024)", "2025",
      "https://tracuuquyhoach.com/tin-tuc/viet-nam-thu-30-2-ty-usd-tu-xuat-khau-dien-thoai-nguyen"
      + "-chiec-53001657");
  /** Textile and garment exports and imports 2024 (VITAS estimate). */
  public static final Source TEXTILES = new Source("Sài Gòn Giải Phóng (English), quoting the "
      + "Vietnam Textile and Apparel Association (VITAS)", "Vietnam's textile exports expected "
      + "to reach $19 billion in 2024", "2024-11-19",
      "https://en.sggp.org.vn/vietnams-textile-exports-expected-to-reach-19-billion-in-2024-post"
      + "113908.html");
  /** Footwear, bags and leather exports 2024 (Lefaso). */
  public static final Source FOOTWEAR = new Source("Viet Nam Government Portal, quoting the "
      + "Vietnam Leather, Footwear and Handbag Association (Lefaso)", "Footwear and leather export "
      + "turnover surpasses US$27 billion in 2024", "2025-01-24",
      "https://en.baochinhphu.vn/footwear-export-turnover-surpasses-us27-billion-111250124162138049"
      + ".htm");
  /** Timber and wood products exports 2024 (Forestry Department). */
  public static final Source WOOD = new Source("Viet Nam News, quoting the Forestry Department",
      "Forestry exports set a record of $17.3 billion", "2024-12-25",
      "https://vietnamnews.vn/economy/1689664/forestry-exports-set-a-record-of-17-3-billion.html");
  /** Imports of computers, electronics and components, 2024 (estimate from 11 months). */
  public static final Source ELECTRONICS_IMPORTS = new Source("Investing.com Việt Nam, citing "
      + "Customs", "Việt Nam chi hơn 33 tỷ USD cho nhập khẩu máy tính, linh kiện điện tử Trung "
      + "Quốc (Viet Nam spent over 33 billion USD importing computers and electronic components "
      + "from China)", "2025-01",
      "https://vn.investing.com/news/economy/viet-nam-chi-hon-33-ty-usd-cho-nhap-khau-may-tinh-"
      + "linh-kien-dien-tu-trung-quoc-2306960");
  /** Share of electronics exports made by foreign-invested firms. */
  public static final Source ELECTRONICS_FDI = new Source("VietnamPlus (Vietnam News Agency)",
      "Electronics export bounces back impressively", "2024-08-29",
      "https://en.vietnamplus.vn/electronics-export-bounces-back-impressively-post295692.vnp");
  /** Foreign-invested sector share of exports; production inputs in imports (first half 2024). */
  public static final Source TRADE_H1_2024 = new Source("Quân đội Nhân dân (Vietnam News "
      + "Agency), citing the General Statistics Office", "Vietnam's exports surge in first half "
      + "of 2024, driving trade surplus", "2024-07",
      "https://en.qdnd.vn/economy/special-reports/vietnam-s-exports-surge-in-first-half-of-2024-"
      + "driving-trade-surplus-567405");
  /** Employment in 2023 by broad sector. */
  public static final Source LABOUR_2023 = new Source("VietnamPlus (Vietnam News Agency), citing "
      + "the General Statistics Office", "Labour market quality yet to improve: GSO", "2024-01",
      "https://en.vietnamplus.vn/labour-market-quality-yet-to-improve-gso-post275681.vnp");
  /** Employment in the first nine months of 2024; informal employment. */
  public static final Source LABOUR_2024 = new Source("Viet Nam Social Security, citing the "
      + "General Statistics Office", "For the first nine months: Positive signals of the labour "
      + "and employment market", "2024-10-28",
      "https://vss.gov.vn/english/research/Pages/research.aspx?CateID=184&ItemID=12334");
  /** Informal employment, third quarter 2024. */
  public static final Source INFORMAL_2024 = new Source("Quang Ninh newspaper (English), citing "
      + "the General Statistics Office", "Over 51 million workers employed in first nine months",
      "2024-10", "https://english.baoquangninh.vn/over-51-million-workers-employed-in-first-nine-"
      + "months-3323634.html");
  /** Footwear employment (about 1.5 million workers). */
  public static final Source FOOTWEAR_JOBS = new Source("Viet Nam Government Portal",
      "Leather, footwear export value may hit US$26-27 billion in 2024", "2024-07-15",
      "https://en.baochinhphu.vn/print/leather-footwear-export-value-may-hit-us26-27-billion-in-"
      + "2024-111240715121656322.htm");
  /** Household Living Standards Survey 2024: income and spending per person. */
  public static final Source VHLSS_2024 = new Source("xe.today, reporting the Statistics "
      + "Office's Household Living Standards Survey 2024", "The rising tide in 2024: Vietnam's "
      + "average income surges to 5.4 million dong", "2025-05-19",
      "https://xe.today/2025/05/19/the-rising-tide-in-2024-vietnams-average-income-surges-to-5-4"
      + "-million-dong");
  /** National Assembly Resolution 202/2025/QH15 (text). */
  public static final Source MERGER_RESOLUTION = new Source("National Assembly of Viet Nam "
      + "(English text published by LuatVietnam)", "Resolution 202/2025/QH15 on the "
      + "reorganization of provincial-level administrative divisions", "2025-06-12",
      "https://english.luatvietnam.vn/co-cau-to-chuc/resolution-202-2025-qh15-reorganization-of-"
      + "provincial-level-administrative-divisions-402728-d1.html");
  /** Effective date of the resolution and start of the new provinces (1 July 2025). */
  public static final Source MERGER_EFFECTIVE = new Source("Lao Động (English edition)",
      "Thời điểm kết thúc hoạt động bộ máy 52 tỉnh thành cũ (When the apparatus of the 52 former "
      + "provinces ends)", "2025-06",
      "https://news.laodong.vn/thoi-su/thoi-diem-ket-thuc-hoat-dong-bo-may-52-tinh-thanh-cu-"
      + "1522769.ldo");
  /** Combined 2024 GRDP of Ho Chi Minh City, Binh Duong and Ba Ria–Vung Tau. */
  public static final Source MERGER_ECONOMY = new Source("Lao Động (English edition)",
      "The economic scale of Ho Chi Minh City, Binh Duong, Ba Ria - Vung Tau is about to join "
      + "hands", "2025",
      "https://news.laodong.vn/kinh-doanh/quy-mo-kinh-te-tphcm-binh-duong-ba-ria-vung-tau-sap-ve-"
      + "chung-mot-nha-1493087.ldo");
  /** Ho Chi Minh City GRDP 2024 and its structure (HCMC Statistics Office). */
  public static final Source HCMC_2024 = new Source("Dân trí, citing the Ho Chi Minh City "
      + "Statistics Office", "5 nơi giàu nhất Việt Nam năm 2024 (The five richest places in Viet "
      + "Nam in 2024)", "2025-01-12",
      "https://dantri.com.vn/kinh-doanh/5-noi-giau-nhat-viet-nam-nam-2024-20250112081401209.htm");
  /** Binh Duong and Ba Ria–Vung Tau GRDP 2024 in VND (secondary compilation). */
  public static final Source SOUTHEAST_GRDP_2024 = new Source("Realtier (compilation of "
      + "provincial statistics)", "Bảng xếp hạng kinh tế vùng Đông Nam Bộ 2024 (Economic ranking "
      + "of the Southeast region, 2024)", "2025", "https://www.realtier.net/vi-vn/news/2692");
  /** Binh Duong 2024: structure of GRDP, IIP, exports (provincial People's Committee). */
  public static final Source BINH_DUONG_2024 = new Source("Thương hiệu và Công luận, quoting "
      + "the Binh Duong People's Committee", "Bình Dương hút hơn 2 tỷ USD vốn đầu tư nước ngoài "
      + "(Binh Duong attracts over 2 billion USD of foreign investment)", "2024-12",
      "https://thuonghieucongluan.com.vn/binh-duong-hut-hon-2-ty-usd-von-dau-tu-nuoc-ngoai-"
      + "a249004.html");
  /** Ba Ria–Vung Tau 2023 structure (oil and gas, manufacturing). */
  public static final Source BRVT_2023 = new Source("Dân Việt, citing the Ba Ria–Vung Tau "
      + "Statistics Office", "Vì sao tăng trưởng GRDP của Bà Rịa - Vũng Tàu âm trong năm 2023 "
      + "(Why Ba Ria–Vung Tau's GRDP growth was negative in 2023)", "2024-01-10",
      "https://danviet.vn/vi-sao-tang-truong-grdp-cua-ba-ria-vung-tau-am-trong-nam-2023-"
      + "20240110111059601.htm");
  /** Binh Duong January 2024 IIP and January–February exports. */
  public static final Source BINH_DUONG_JAN_2024 = new Source("VietnamPlus (Vietnam News "
      + "Agency), quoting the Binh Duong People's Committee", "Binh Duong industrial production "
      + "increases sharply", "2024-02-29",
      "https://en.vietnamplus.vn/binh-duong-industrial-production-increases-sharply/280213.vnp");
  /** Binh Duong first quarter 2024 IIP. */
  public static final Source BINH_DUONG_Q1_2024 = new Source("xe.today, reporting the Binh "
      + "Duong People's Committee press conference of 23 April 2024", "Binh Duong: GRDP growth "
      + "in the first quarter of 2024 reached 5.27%", "2024-04-27",
      "https://xe.today/2024/04/27/binh-duong-grdp-growth-in-the-first-quarter-of-2024-reached-5-"
      + "27/");
  /** January 2023's long Tet holiday as the base of January 2024 comparisons. */
  public static final Source TET_BASE = new Source("Báo Đầu tư, citing the General Statistics "
      + "Office", "Tháng đầu năm 2024, điện thoại lấy lại ngôi vị ngành hàng xuất khẩu dẫn đầu "
      + "(In January 2024 phones regain the lead among exports)", "2024-02-06",
      "https://amp.baodautu.vn/thang-dau-nam-2024-dien-thoai-lay-lai-ngoi-vi-nganh-hang-xuat-"
      + "khau-dan-dau-d208662.html");
  /** 2025 full-year GDP (context for the choice of 2024 as base year). */
  public static final Source GDP_2025 = new Source("Tuoi Tre News, citing the National "
      + "Statistics Office", "Vietnam's GDP grows 8.02% in 2025, second-highest in 15 years",
      "2026-01-06", "https://news.tuoitre.vn/vietnams-gdp-grows-802-in-2025-second-highest-in-15-"
      + "years-103260106150642491.htm");

  /** Seed: HCMC IIP January–August 2024 and structure; Binh Duong industrial parks. */
  public static final Source SEED_SOUTHEAST = new Source("Viet Nam News / Vietnam News Agency "
      + "(VNS/VNA), quoting the Ho Chi Minh City People's Committee", "Industrial innovation to "
      + "boost sustainable growth for southeastern region", "2024 (figures for January–August "
      + "2024)", "");
  /** Seed: the mechanical supporting-industry park of about 26 trillion VND. */
  public static final Source SEED_SUPPORTING = new Source("Binh Duong provincial newspaper "
      + "(English edition)", "Developing supporting industries for self-reliance", "2023-02-21",
      "");
  /** Seed: January 2024 IIP, FDI shares, the 2024 IIP target. */
  public static final Source SEED_RHYTHM = new Source("Binh Duong provincial newspaper (English "
      + "edition), quoting the Provincial Statistics Department and Department of Industry and "
      + "Trade", "Efforts made to maintain the rhythm of industrial production", "2024-02-29", "");
  /** Seed: Binh Duong 2022 GRDP growth and trade surplus. */
  public static final Source SEED_INNOVATION = new Source("Binh Duong provincial newspaper "
      + "(English edition)", "Province promotes innovation, create breakthroughs in the new "
      + "period", "2023-07-07", "");
  /** Seed: domestic value-added shares 50% / 37%, industry about 18% of GDP. */
  public static final Source SEED_MOIT = new Source("MTA Vietnam (Informa), quoting the "
      + "Department of Industry, Ministry of Industry and Trade, and OECD data", "Building an "
      + "industrial development support center: Creating momentum, promoting growth",
      "undated", "");

  /** Placeholder for a comparison without a published figure (not a source; not listed). */
  public static final Source NONE = new Source("no published 2024 figure in the sources "
      + "searched", "", "", "");

  /** Every source, in the order of the documentation. */
  public static ImmutableList<Source> all() {
    return ImmutableList.of(GDP_2024, GDP_STRUCTURE_2024, HOUSEHOLD_CONSUMPTION,
        ELECTRONICS_EXPORTS, PHONE_EXPORTS, TEXTILES, FOOTWEAR, WOOD, ELECTRONICS_IMPORTS,
        ELECTRONICS_FDI, TRADE_H1_2024, LABOUR_2023, LABOUR_2024, INFORMAL_2024, FOOTWEAR_JOBS,
        VHLSS_2024, MERGER_RESOLUTION, MERGER_EFFECTIVE, MERGER_ECONOMY, HCMC_2024,
        SOUTHEAST_GRDP_2024, BINH_DUONG_2024, BRVT_2023, BINH_DUONG_JAN_2024, BINH_DUONG_Q1_2024,
        TET_BASE, GDP_2025, SEED_SOUTHEAST, SEED_SUPPORTING, SEED_RHYTHM, SEED_INNOVATION,
        SEED_MOIT);
  }
}
