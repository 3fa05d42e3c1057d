import CareSimCharts
import Testing

/// The short forms of axes and bar labels: `€1.2M`, `€ 250.000`.
@Suite struct ReportNumberFormatterCompactTests {
  typealias Case = ReportNumberFormatterTests.Case
  static let nbsp = ReportNumberFormatterTests.nbsp
  static let minus = ReportNumberFormatterTests.minus
  static let en = ReportNumberFormatterTests.en
  static let nl = ReportNumberFormatterTests.nl

  static let compactEuros: [Case] = [
    Case(value: 1_234_567, en: "€1.2M", nl: "€\(nbsp)1,2\(nbsp)mln"),
    Case(value: 250_000, en: "€250k", nl: "€\(nbsp)250.000"),
    Case(value: 27_240, en: "€27k", nl: "€\(nbsp)27.000"),
    Case(value: -1_250, en: "\(minus)€1.3k", nl: "€\(nbsp)\(minus)1.300"),
    Case(value: 999_999, en: "€1M", nl: "€\(nbsp)1\(nbsp)mln"),
    Case(value: -2_500_000_000, en: "\(minus)€2.5bn", nl: "€\(nbsp)\(minus)2,5\(nbsp)mld"),
    Case(value: 4.2e14, en: "€420tn", nl: "€\(nbsp)420\(nbsp)bln"),
    Case(value: 512, en: "€512", nl: "€\(nbsp)512"),
    Case(value: 1e15, en: "€1×10¹⁵", nl: "€\(nbsp)1×10¹⁵"),
    Case(value: .infinity, en: "—", nl: "—"),
  ]

  @Test(arguments: compactEuros)
  func compactEurosForAxesAndLabels(_ c: Case) {
    #expect(Self.en.compactEuros(c.value) == c.en)
    #expect(Self.nl.compactEuros(c.value) == c.nl)
  }

  @Test func compactNumbers() {
    #expect(Self.en.compact(1500) == "1.5k")
    #expect(Self.nl.compact(1500) == "1.500")
    #expect(Self.en.compact(1e300) == "1×10³⁰⁰")
    #expect(Self.en.compact(-0.0) == "0")
    #expect(Self.en.compact(12.345) == "12")
  }

  /// Below a thousand the compact form is the plain one; above, the unit never drops integer
  /// digits.
  @Test(arguments: [0, 12.345, 999.4, -512, 0.0042] as [Double])
  func belowAThousandIsThePlainForm(value: Double) {
    #expect(Self.en.compact(value) == Self.en.decimal(value, significantDigits: 2))
    #expect(Self.nl.compactEuros(value) == Self.nl.euros(value))
  }

  @Test func unitsKeepIntegerDigitsAndRoundUpToTheNextUnit() {
    #expect(Self.en.compact(254_000) == "254k")
    #expect(Self.en.compact(1_234_567, significantDigits: 3) == "1.23M")
    #expect(Self.en.compact(999_500_000) == "1bn")
    #expect(Self.nl.compact(-1_500_000_000_000) == "\(Self.minus)1,5\(Self.nbsp)bln")
    // Beyond trillions the largest unit stays, up to where a power of ten takes over.
    #expect(Self.en.compact(4.2e14) == "420tn")
  }

  @Test func unitsPerLocale() {
    #expect(Self.en.compactUnits == ["", "k", "M", "bn", "tn"])
    #expect(Self.nl.compactUnits.dropFirst(2).allSatisfy { $0.hasPrefix(Self.nbsp) })
    #expect(Self.nl.compactUnits.count == Self.en.compactUnits.count)
  }

  /// Dutch writes thousands out in full, as Dutch policy reports do (`€ 27.000`, never
  /// `€ 27 dzd.`), and abbreviates from a million (`€ 1,3 mln`): in bar labels and on axes.
  @Test(arguments: [1_000, 4_250, 27_240, 99_999, 250_000, 999_400, -27_240] as [Double])
  func dutchWritesThousandsOut(value: Double) {
    let labels = [
      Self.nl.compact(value), Self.nl.compactEuros(value),
      Self.nl.compactEuros(value, significantDigits: 3),
    ]
    for label in labels {
      #expect(!label.contains("dzd") && !label.contains("duizend"), "\(label)")
      #expect(label.contains("."), "\(label) has no thousands separator")
    }
    #expect(!Self.nl.compactEuros(value).contains(Self.nl.locale.decimalSeparator))
    #expect(Self.nl.compactEuros(1_300_000) == "€\(Self.nbsp)1,3\(Self.nbsp)mln")
  }
}
