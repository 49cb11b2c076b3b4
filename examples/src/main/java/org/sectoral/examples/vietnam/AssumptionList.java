package org.sectoral.examples.vietnam;

import static org.sectoral.examples.vietnam.VietNamAssumptions.*;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds {@link VietNamAssumptions#all()}: every constant with title, range and source. */
final class AssumptionList {
  private AssumptionList() {}

  private static final String ASSUME = "assumption: ";

  static ImmutableList<Assumption> build() {
    List<Assumption> a = new ArrayList<>();
    a.add(new Assumption("VND_PER_USD", "Exchange rate, 2024", num(VND_PER_USD), "VND per USD",
        23_800, 25_500, "derived: GDP 11,512 trillion VND over 476.3 billion USD ("
            + VietNamSources.GDP_STRUCTURE_2024.publisher() + ")"));
    a.add(new Assumption("VALUE_ADDED_PERCENT_OF_GDP", "Value added by sector",
        text(VALUE_ADDED_PERCENT_OF_GDP), "% of GDP", 0.8, 1.2, "published group totals "
            + "(agriculture 11.86, industry & construction 37.64, services 42.36; GSO 2024); "
            + ASSUME + "the split inside industry & construction and inside services"));
    a.add(new Assumption("VALUE_ADDED_RATIOS", "Value added per unit of output where Viet Nam "
        + "differs from the template", text(VALUE_ADDED_RATIOS), "share of output", 0.85, 1.15,
        ASSUME + "agriculture and oil & gas use fewer purchased inputs than Belgium's"));
    a.add(new Assumption("EXPORT_SHARE_OF_OUTPUT", "Exports as a share of output, sectors whose "
        + "output is set by their exports", text(EXPORT_SHARE_OF_OUTPUT), "share of output",
        0.9, 1.05, ASSUME + "export-processing sectors sell most output abroad"));
    a.add(new Assumption("MAX_EXPORT_SHARE", "Largest export share of output of other goods "
        + "sectors", num(MAX_EXPORT_SHARE), "share of output", 0.75, 0.95, ASSUME + "keeps "
            + "some output for domestic use"));
    a.add(new Assumption("OTHER_GOODS_EXPORTS", "Goods exports of sectors without a published "
        + "figure here", text(OTHER_GOODS_EXPORTS), "million USD", 0.7, 1.3, ASSUME + "split of "
            + "the published total (405,530) less the four published groups"));
    a.add(new Assumption("SERVICES_EXPORTS", "Exports of services", text(SERVICES_EXPORTS),
        "million USD", 0.7, 1.3, ASSUME + "transport, tourism and other services"));
    a.add(new Assumption("GOODS_IMPORTS", "Imports of goods by product", text(GOODS_IMPORTS),
        "million USD", 0.8, 1.2, "published total 380,760 (GSO), computers & components "
            + "107,000 (Customs estimate), textile inputs 25,000 (VITAS); " + ASSUME + "the rest"));
    a.add(new Assumption("SERVICES_IMPORTS", "Imports of services", text(SERVICES_IMPORTS),
        "million USD", 0.7, 1.3, ASSUME + "freight, insurance and other services"));
    a.add(new Assumption("GOVERNMENT_SHARE_OF_GDP", "Government final consumption",
        num(GOVERNMENT_SHARE_OF_GDP), "share of GDP", 0.06, 0.09, ASSUME + "investment, "
            + "inventories and the statistical discrepancy are the residual"));
    a.add(new Assumption("PRIOR_IMPORT_SHARES", "Prior imported share of each product's "
        + "intermediate use (before balancing)", text(PRIOR_IMPORT_SHARES), "share", 0.5, 1.5,
        ASSUME + "electricity, water and construction bought at home (zero stays zero), "
            + "services almost so, goods by how much Viet Nam imports them"));
    a.add(new Assumption("PRIOR_CAPITAL_IMPORT_SHARES", "Prior imported share of investment "
        + "goods", text(PRIOR_CAPITAL_IMPORT_SHARES), "share", 0.8, 1.2, ASSUME
        + "most machinery and equipment is imported"));
    a.add(new Assumption("PRIOR_CONSUMER_IMPORT_FACTOR", "Prior imported share of household "
        + "purchases, relative to intermediate use", num(PRIOR_CONSUMER_IMPORT_FACTOR), "factor",
        0.3, 0.8, ASSUME + "consumer goods are about 6% of goods imports (GSO, 11 months 2024)"));
    a.add(new Assumption("DVA_TARGET_TEXTILES", "Domestic value added in textile exports",
        num(DVA_TARGET_TEXTILES), "share", 0.48, 0.55, "published: "
            + VietNamSources.SEED_MOIT.citation()));
    a.add(new Assumption("DVA_TARGET_ELECTRONICS", "Domestic value added in electronics exports",
        num(DVA_TARGET_ELECTRONICS), "share", 0.35, 0.40, "published: "
            + VietNamSources.SEED_MOIT.citation()));
    a.add(new Assumption("LEATHER_SHARE_OF_D13T15", "Leather & footwear share of the template's "
        + "textiles-leather industry", num(LEATHER_SHARE_OF_D13T15), "share of output", 0.3,
        0.45, "derived: 2024 exports, Lefaso 27.04 / (VITAS 44.0 + 27.04)"));
    a.add(new Assumption("LABOUR_SHARE", "Compensation of employees incl. labour income of the "
        + "self-employed", num(LABOUR_SHARE), "share of value added", 0.40, 0.55, ASSUME
        + "GSO does not publish compensation of employees in its releases"));
    a.add(new Assumption("HOUSEHOLD_SHARE_OF_SURPLUS", "Share of operating surplus and mixed "
        + "income that is household income (Type II closure)", num(HOUSEHOLD_SHARE_OF_SURPLUS),
        "share", 0.0, 0.5, "derived: household income = survey income 5.4 million VND per person "
            + "per month × 12 × 101.3 million people = 57% of GDP ("
            + VietNamSources.VHLSS_2024.publisher() + "); the rest of value added is company "
            + "income"));
    a.add(new Assumption("EMPLOYMENT", "Employed persons, 2024", num(EMPLOYMENT), "persons",
        51_500_000, 52_500_000, "derived: GDP 476.3 billion USD over labour productivity 9,182 "
            + "USD per worker (GSO); first nine months 51.5 million ("
            + VietNamSources.LABOUR_2024.publisher() + ")"));
    a.add(new Assumption("EMPLOYMENT_SHARES", "Employment by sector", text(EMPLOYMENT_SHARES),
        "share of employment", 0.8, 1.2, "published 2023 group shares (agriculture 26.9%, "
            + "industry & construction 33.5%, services 39.6%; GSO); footwear about 1.5 million "
            + "workers (Government Portal); " + ASSUME + "the rest of the split"));
    a.add(new Assumption("ORIGIN_SHARES", "Origins of imported inputs", "default "
        + arr(DEFAULT_ORIGIN_SHARES) + "; " + ORIGIN_SHARES.entrySet().stream()
            .map(e -> e.getKey() + " " + arr(e.getValue())).collect(Collectors.joining("; ")),
        "share of imports, " + String.join(" / ", ORIGINS), 0.8, 1.2, "electronics: China "
            + "32.3%, Korea 29.9%, Taiwan 12.9% of 2024 imports of computers & components "
            + "(Customs, 11 months); " + ASSUME + "the rest ('mainly China and Korea')"));
    a.add(new Assumption("FLQ_DELTA", "FLQ regional size parameter δ", num(FLQ_DELTA), "",
        0.2, 0.35, ASSUME + "Flegg & Tohmo (2013) find δ of about 0.2–0.35 for regions"));
    a.add(new Assumption("PROVINCE_VALUE_ADDED", "Value added by sector in Ho Chi Minh City, "
        + "Binh Duong and Ba Ria–Vung Tau", "see Province", "% of GVA", 0.8, 1.2, "published "
            + "GRDP 2024 and broad structure of each province; " + ASSUME + "the split inside "
            + "industry and services"));
    a.add(new Assumption("FDI_OUTPUT_SHARES", "FDI firms' share of output",
        text(FDI_OUTPUT_SHARES), "share of output", 0.8, 1.2, ASSUME + "FDI dominates "
            + "electronics; used nationally and for Binh Duong"));
    a.add(new Assumption("FDI_EXPORT_SHARES", "FDI firms' share of exports",
        text(FDI_EXPORT_SHARES), "share of exports", 0.8, 1.1, "electronics 0.99 published ("
            + VietNamSources.ELECTRONICS_FDI.publisher() + "); " + ASSUME + "the rest"));
    a.add(new Assumption("DOMESTIC_FIRM_IMPORT_SHARE", "Imported share of the inputs of "
        + "domestically owned firms", num(DOMESTIC_FIRM_IMPORT_SHARE), "share of inputs", 0.15,
        0.33, ASSUME + "domestic firms buy more local inputs than FDI firms"));
    a.add(new Assumption("BINH_DUONG_BASE_GROWTH", "Baseline growth of Binh Duong's final "
        + "demand", num(BINH_DUONG_BASE_GROWTH), "per year", 0.06, 0.09, ASSUME + "near Binh "
            + "Duong's 2024 GRDP growth of 7.5% (People's Committee)"));
    a.add(new Assumption("PARK_TRILLION_VND", "Mechanical supporting-industry park, "
        + "investment", num(PARK_TRILLION_VND), "trillion VND", 26, 26, "published: "
            + VietNamSources.SEED_SUPPORTING.citation()));
    a.add(new Assumption("PARK_SPENDING_SPLIT", "Park spending by supplying sector",
        text(PARK_SPENDING_SPLIT), "share", 0.8, 1.2, ASSUME + "construction and equipment of "
            + "an industrial park"));
    a.add(new Assumption("PARK_DOMESTIC_SHARES", "Share of park spending bought in Viet Nam",
        text(PARK_DOMESTIC_SHARES), "share", 0.8, 1.2, ASSUME + "most machinery and "
            + "electronics are imported"));
    a.add(new Assumption("PARK_OUTPUT_PER_INVESTMENT", "Park's yearly output of mechanical "
        + "parts per unit of investment", num(PARK_OUTPUT_PER_INVESTMENT), "per year", 0.5, 1.5,
        ASSUME + "a capital-output ratio of about 1 for metal parts"));
    a.add(new Assumption("PARK_CUSTOMERS", "Industries whose imported mechanical parts the park "
        + "replaces", String.join(" ", PARK_CUSTOMERS), "", 1, 1, ASSUME + "machinery, "
            + "electrical equipment, vehicles, electronics and construction"));
    a.add(new Assumption("EXPORT_SURGE", "Export growth over comparable months (January–"
        + "February 2024 on 2023)", num(EXPORT_SURGE), "growth", 0.0387, 0.076, "published: "
            + "Binh Duong exports +6.17% (" + VietNamSources.BINH_DUONG_JAN_2024.publisher()
            + "); range: first-quarter IIP +3.87% to full-year IIP +7.6%"));
    a.add(new Assumption("JANUARY_IIP_RISE", "January 2024 industrial production on January "
        + "2023 (Tet in January 2023)", num(JANUARY_IIP_RISE), "growth", 0.278, 0.278,
        "published: " + VietNamSources.SEED_RHYTHM.citation() + "; shown, not used as a year"));
    a.add(new Assumption("SURGE_SECTORS", "Sectors of the export surge",
        String.join(" ", SURGE_SECTORS), "", 1, 1, "the key export products named by the "
            + "Binh Duong Department of Industry and Trade (wood, textiles, footwear, "
            + "electronics)"));
    return ImmutableList.copyOf(a);
  }

  static String text(Map<String, Double> v) {
    return v.entrySet().stream().map(e -> e.getKey() + " " + num(e.getValue()))
        .collect(Collectors.joining(", "));
  }

  private static String arr(double[] v) {
    return Arrays.stream(v).mapToObj(AssumptionList::num).collect(Collectors.joining("/"));
  }

  static String num(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(Locale.ROOT, "%,.0f", v)
        : String.format(Locale.ROOT, "%s", v);
  }
}
