import Testing

@testable import CareSimCharts

/// One unit for a chart's ticks and value labels, chosen from its largest value.
@Suite struct ChartNumberStyleTests {
  static let en = ReportNumberFormatter(locale: .en)
  static let nl = ReportNumberFormatter(locale: .nl)

  struct StyleCase: Sendable, CustomTestStringConvertible {
    var largest: Double
    var format: ValueFormat
    var values: [Double]
    var en: [String]
    var nl: [String]
    var testDescription: String { "\(format) up to \(largest)" }
  }

  /// The unit is the largest the largest value reaches, or the one below when a smaller label
  /// would read less than one of it.
  ///
  /// Every label shares the unit, to three significant digits: `€34.7k` beside `€45k`, and beside
  /// `€1,500k`, never `€0.03M` beside `€1.5M`. Dutch writes thousands out, so a chart in thousands
  /// reads in whole euros there, three significant digits past four (`€ 34.700`, `€ 737.000`).
  static let cases: [StyleCase] = [
    StyleCase(
      largest: 45_000, format: .euros, values: [34_700, -2_028, 45_000],
      en: ["€34.7k", "−€2.03k", "€45k"],
      nl: ["€\u{A0}34.700", "€\u{A0}−2.028", "€\u{A0}45.000"]),
    StyleCase(
      largest: 737_000, format: .euros, values: [25_100, -360_000, 736_880],
      en: ["€25.1k", "−€360k", "€737k"],
      nl: ["€\u{A0}25.100", "€\u{A0}−360.000", "€\u{A0}737.000"]),
    StyleCase(
      largest: 1_500_000, format: .euros, values: [34_700, 1_500_000],
      en: ["€34.7k", "€1,500k"], nl: ["€\u{A0}34.700", "€\u{A0}1.500.000"]),
    StyleCase(
      largest: 3_100_000, format: .euros, values: [-2_500_000, 1_400_000, 3_100_000],
      en: ["−€2.5M", "€1.4M", "€3.1M"],
      nl: ["€\u{A0}−2,5\u{A0}mln", "€\u{A0}1,4\u{A0}mln", "€\u{A0}3,1\u{A0}mln"]),
    StyleCase(
      largest: 1_100_000, format: .euros, values: [395_000, 931_000, 1_050_000],
      en: ["€395k", "€931k", "€1,050k"],
      nl: ["€\u{A0}395.000", "€\u{A0}931.000", "€\u{A0}1.050.000"]),
    StyleCase(
      largest: 25_000_000, format: .euros, values: [2_500_000, 25_000_000],
      en: ["€2.5M", "€25M"], nl: ["€\u{A0}2,5\u{A0}mln", "€\u{A0}25\u{A0}mln"]),
    StyleCase(
      largest: 4_523, format: .euros, values: [4_520.5, -68.79, 0],
      en: ["€4,521", "−€69", "€0"], nl: ["€\u{A0}4.521", "€\u{A0}−69", "€\u{A0}0"]),
    StyleCase(
      largest: 8.5, format: .euros, values: [8.5, 0.25],
      en: ["€8.50", "€0.25"], nl: ["€\u{A0}8,50", "€\u{A0}0,25"]),
    StyleCase(
      largest: 2_500, format: .number, values: [2_500, 12.5],
      en: ["2,500", "12.5"], nl: ["2.500", "12,5"]),
    StyleCase(
      largest: 1_500_000, format: .number, values: [1_500_000, 250_000],
      en: ["1.5M", "0.25M"], nl: ["1,5\u{A0}mln", "0,25\u{A0}mln"]),
    StyleCase(
      largest: 0.8, format: .percent, values: [0.815, -0.0456],
      en: ["81.5%", "−4.6%"], nl: ["81,5%", "−4,6%"]),
  ]

  @Test(arguments: cases)
  func labelsShareOneUnitAndDecimals(_ c: StyleCase) {
    let smallest = c.values.filter { $0 != 0 }.map(\.magnitude).min()
    let en = ChartNumberStyle(
      largest: c.largest, smallest: smallest, format: c.format, formatter: Self.en)
    let nl = ChartNumberStyle(
      largest: c.largest, smallest: smallest, format: c.format, formatter: Self.nl)
    #expect(c.values.map { en.label($0, formatter: Self.en) } == c.en)
    #expect(c.values.map { nl.label($0, formatter: Self.nl) } == c.nl)
  }

  /// Ticks written in the style's unit carry the same suffix as its labels.
  @Test func ticksTakeTheStylesUnit() {
    let style = ChartNumberStyle(
      largest: 1_200_000, smallest: 34_700, format: .euros, formatter: Self.en)
    #expect(
      Self.en.tickLabels([0, 500_000, 1_000_000], step: 500_000, as: .euros, unit: style.unit)
        == ["€0", "€500k", "€1,000k"])
    // Without a unit the ticks choose their own, as before.
    #expect(
      Self.en.tickLabels([0, 500_000, 1_000_000], step: 500_000, as: .euros)
        == ["€0", "€0.5M", "€1.0M"])
  }

  /// Any value, however large or not a number, writes without trapping.
  @Test func anyValueWrites() {
    let style = ChartNumberStyle(largest: .infinity, format: .euros, formatter: Self.en)
    #expect(style.label(.nan, formatter: Self.en) == "—")
    let huge = ChartNumberStyle(largest: 1e300, format: .euros, formatter: Self.en)
    #expect(huge.label(1e300, formatter: Self.en).contains("×10"))
  }
}
