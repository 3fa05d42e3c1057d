import CareSimCharts
import CareSimCore
import Testing

/// Tick labels that share one unit and one number of decimals along an axis.
@Suite struct ReportNumberFormatterTicksTests {
  static let nbsp = ReportNumberFormatterTests.nbsp
  static let minus = ReportNumberFormatterTests.minus
  static let en = ReportNumberFormatterTests.en
  static let nl = ReportNumberFormatterTests.nl

  struct TickCase: Sendable, CustomTestStringConvertible {
    var ticks: [Double]
    var step: Double
    var format: ValueFormat
    var en: [String]
    var nl: [String]
    var testDescription: String { "\(format) \(ticks)" }
  }

  static let ticks: [TickCase] = [
    TickCase(
      ticks: [0, 0.25, 0.5, 0.75, 1], step: 0.25, format: .number,
      en: ["0", "0.25", "0.50", "0.75", "1.00"], nl: ["0", "0,25", "0,50", "0,75", "1,00"]),
    TickCase(
      ticks: [0.1, 0.2, 0.30000000000000004], step: 0.1, format: .number,
      en: ["0.1", "0.2", "0.3"], nl: ["0,1", "0,2", "0,3"]),
    TickCase(
      ticks: [0, 12, 24], step: 12, format: .number, en: ["0", "12", "24"], nl: ["0", "12", "24"]),
    TickCase(
      ticks: [0, 500_000, 1_000_000, 1_500_000], step: 500_000, format: .euros,
      en: ["€0", "€0.5M", "€1.0M", "€1.5M"],
      nl: ["€\(nbsp)0", "€\(nbsp)0,5\(nbsp)mln", "€\(nbsp)1,0\(nbsp)mln", "€\(nbsp)1,5\(nbsp)mln"]),
    TickCase(
      ticks: [-20_000, 0, 20_000], step: 20_000, format: .euros,
      en: ["\(minus)€20k", "€0", "€20k"],
      nl: ["€\(nbsp)\(minus)20.000", "€\(nbsp)0", "€\(nbsp)20.000"]),
    TickCase(
      ticks: [0, 2_500, 5_000, 7_500, 10_000], step: 2_500, format: .euros,
      en: ["€0", "€2.5k", "€5.0k", "€7.5k", "€10.0k"],
      nl: ["€\(nbsp)0", "€\(nbsp)2.500", "€\(nbsp)5.000", "€\(nbsp)7.500", "€\(nbsp)10.000"]),
    TickCase(
      ticks: [0, 2000, 4000], step: 2000, format: .euros, en: ["€0", "€2,000", "€4,000"],
      nl: ["€\(nbsp)0", "€\(nbsp)2.000", "€\(nbsp)4.000"]),
    TickCase(
      ticks: [0, 0.025, 0.05], step: 0.025, format: .percent, en: ["0%", "2.5%", "5.0%"],
      nl: ["0%", "2,5%", "5,0%"]),
    TickCase(
      ticks: [0, 5e299, 1e300], step: 5e299, format: .number, en: ["0", "5×10²⁹⁹", "1×10³⁰⁰"],
      nl: ["0", "5×10²⁹⁹", "1×10³⁰⁰"]),
  ]

  @Test(arguments: ticks)
  func tickLabelsShareUnitAndDecimals(_ c: TickCase) {
    #expect(Self.en.tickLabels(c.ticks, step: c.step, as: c.format) == c.en)
    #expect(Self.nl.tickLabels(c.ticks, step: c.step, as: c.format) == c.nl)
  }

  /// On the nice ticks of random ranges, no two ticks share a label, in any format or locale.
  @Test(arguments: [61, 62] as [UInt64])
  func ticksNeverShareALabel(seed: UInt64) {
    var generator = SplitMix64(seed: seed)
    for _ in 0..<100 {
      let (a, b) = generator.dataRange(magnitudes: -4...9)
      let ticks = NiceTicks(covering: a, b, targetCount: Int.random(in: 2...8, using: &generator))
      for format in ValueFormat.allCases {
        for formatter in [Self.en, Self.nl] {
          let labels = formatter.tickLabels(ticks.values, step: ticks.step, as: format)
          #expect(Set(labels).count == labels.count, "\(format) \(ticks.values): \(labels)")
        }
      }
    }
  }

  @Test func nonFiniteTicksReadAsADash() {
    let labels = Self.en.tickLabels([0, .nan, 2, .infinity], step: 1, as: .euros)
    #expect(labels == ["€0", "—", "€2", "—"])
    #expect(Self.nl.tickLabels([], step: 1, as: .percent).isEmpty)
  }
}
