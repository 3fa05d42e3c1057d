import CareSimCharts
import Testing

/// Reader-facing numbers in both locales, including values that trap a naive `Int(value)`.
///
/// `nbsp` is the no-break space after the Dutch euro sign and before Dutch units; `minus` is
/// U+2212.
@Suite struct ReportNumberFormatterTests {
  static let nbsp = "\u{00A0}"
  static let minus = "\u{2212}"
  static let en = ReportNumberFormatter(locale: .en)
  static let nl = ReportNumberFormatter(locale: .nl)

  struct Case: Sendable, CustomTestStringConvertible {
    var value: Double
    var en: String
    var nl: String
    var testDescription: String { "\(value)" }
  }

  static let significant: [Case] = [
    Case(value: 0.85, en: "0.85", nl: "0,85"),
    Case(value: 4_520_496.971399667, en: "4,520,497", nl: "4.520.497"),
    Case(value: 12.3456, en: "12.3", nl: "12,3"),
    Case(value: 0.012345, en: "0.0123", nl: "0,0123"),
    Case(value: -1234.5, en: "\(minus)1,235", nl: "\(minus)1.235"),
    Case(value: 9.996, en: "10", nl: "10"),
    Case(value: -0.0, en: "0", nl: "0"),
    Case(value: 999_999_999_999_999.9, en: "1×10¹⁵", nl: "1×10¹⁵"),
    Case(value: 1e300, en: "1×10³⁰⁰", nl: "1×10³⁰⁰"),
    Case(value: -.greatestFiniteMagnitude, en: "\(minus)1.8×10³⁰⁸", nl: "\(minus)1,8×10³⁰⁸"),
    Case(value: 1e-7, en: "1×10⁻⁷", nl: "1×10⁻⁷"),
    Case(value: .leastNonzeroMagnitude, en: "5×10⁻³²⁴", nl: "5×10⁻³²⁴"),
    Case(value: .nan, en: "—", nl: "—"),
    Case(value: -.infinity, en: "—", nl: "—"),
  ]

  @Test(arguments: significant)
  func decimalKeepsSensibleDigits(_ c: Case) {
    #expect(Self.en.decimal(c.value) == c.en)
    #expect(Self.nl.decimal(c.value) == c.nl)
  }

  struct FixedCase: Sendable, CustomTestStringConvertible {
    var value: Double
    var places: Int
    var en: String
    var nl: String
    var testDescription: String { "\(value) to \(places)" }
  }

  @Test(arguments: [
    FixedCase(value: 0.125, places: 2, en: "0.13", nl: "0,13"),
    // The CSV shows 2.675, so the reader expects 2.68 (printf gives 2.67 from the binary value).
    FixedCase(value: 2.675, places: 2, en: "2.68", nl: "2,68"),
    FixedCase(value: -0.004, places: 2, en: "0.00", nl: "0,00"),
    FixedCase(value: 1234.5, places: 1, en: "1,234.5", nl: "1.234,5"),
    FixedCase(value: 0, places: 2, en: "0.00", nl: "0,00"),
    FixedCase(value: 0.5, places: 0, en: "1", nl: "1"),
    FixedCase(value: 1e308, places: 0, en: "1×10³⁰⁸", nl: "1×10³⁰⁸"),
    FixedCase(value: .infinity, places: 2, en: "—", nl: "—"),
  ])
  func decimalWithFixedPlaces(_ c: FixedCase) {
    #expect(Self.en.decimal(c.value, fractionDigits: c.places) == c.en)
    #expect(Self.nl.decimal(c.value, fractionDigits: c.places) == c.nl)
  }

  static let euros: [Case] = [
    Case(value: 1_234_567, en: "€1,234,567", nl: "€\(nbsp)1.234.567"),
    Case(value: -1234, en: "\(minus)€1,234", nl: "€\(nbsp)\(minus)1.234"),
    Case(value: 4_520_496.971399667, en: "€4,520,497", nl: "€\(nbsp)4.520.497"),
    Case(value: 12.345, en: "€12.35", nl: "€\(nbsp)12,35"),
    Case(value: 0.85, en: "€0.85", nl: "€\(nbsp)0,85"),
    Case(value: 0.5, en: "€0.50", nl: "€\(nbsp)0,50"),
    Case(value: 0.042, en: "€0.042", nl: "€\(nbsp)0,042"),
    Case(value: 99.996, en: "€100", nl: "€\(nbsp)100"),
    Case(value: 0, en: "€0", nl: "€\(nbsp)0"),
    Case(value: -0.0, en: "€0", nl: "€\(nbsp)0"),
    Case(value: 999_999_999_999_999, en: "€999,999,999,999,999", nl: "€\(nbsp)999.999.999.999.999"),
    Case(value: 1e15, en: "€1×10¹⁵", nl: "€\(nbsp)1×10¹⁵"),
    Case(value: 1e308, en: "€1×10³⁰⁸", nl: "€\(nbsp)1×10³⁰⁸"),
    Case(value: -1e300, en: "\(minus)€1×10³⁰⁰", nl: "€\(nbsp)\(minus)1×10³⁰⁰"),
    Case(value: .nan, en: "—", nl: "—"),
  ]

  @Test(arguments: euros)
  func eurosKeepSensibleDigits(_ c: Case) {
    #expect(Self.en.euros(c.value) == c.en)
    #expect(Self.nl.euros(c.value) == c.nl)
  }

  @Test func eurosWithFixedPlaces() {
    #expect(Self.en.euros(1234.5, fractionDigits: 2) == "€1,234.50")
    #expect(Self.nl.euros(-1234.5, fractionDigits: 2) == "€\(Self.nbsp)\(Self.minus)1.234,50")
    #expect(Self.en.euros(-0.001, fractionDigits: 2) == "€0.00")
  }

  static let percents: [Case] = [
    Case(value: 0.815, en: "81.5%", nl: "81,5%"),
    Case(value: 1, en: "100.0%", nl: "100,0%"),
    Case(value: -0.05, en: "\(minus)5.0%", nl: "\(minus)5,0%"),
    Case(value: -0.0001, en: "0.0%", nl: "0,0%"),
    Case(value: 1e308, en: "1×10³¹⁰%", nl: "1×10³¹⁰%"),
    Case(value: .nan, en: "—", nl: "—"),
  ]

  @Test(arguments: percents)
  func percentOfAShare(_ c: Case) {
    #expect(Self.en.percent(c.value) == c.en)
    #expect(Self.nl.percent(c.value) == c.nl)
  }

  /// Plain digits up to below 10¹⁵ and down to 10⁻⁶; a power of ten beyond.
  @Test(
    arguments: [
      (999_999_999_999_999, false), (1e15, true), (1e-6, false), (9.9e-7, true), (0, false),
      (-1e16, true),
    ] as [(Double, Bool)])
  func powersOfTenOnlyForExtremes(value: Double, expected: Bool) {
    #expect(ReportNumberFormatter.needsPowerOfTen(DecimalDigits(value)) == expected)
  }

  @Test func superscriptPowers() {
    #expect(ReportNumberFormatter.superscript(0) == "⁰")
    #expect(ReportNumberFormatter.superscript(308) == "³⁰⁸")
    #expect(ReportNumberFormatter.superscript(-12) == "⁻¹²")
  }

  /// Groups of three from the right, in the locale's marks.
  @Test func plainDigitsAreGrouped() {
    #expect(Self.en.plain(DecimalDigits(1_234_567.891), fractionDigits: 2) == "1,234,567.89")
    #expect(Self.nl.plain(DecimalDigits(1_234_567.891), fractionDigits: 2) == "1.234.567,89")
    #expect(Self.en.plain(DecimalDigits(123), fractionDigits: 0) == "123")
    #expect(Self.en.plain(DecimalDigits(1234), fractionDigits: 0) == "1,234")
    #expect(Self.nl.plain(DecimalDigits(0.5), fractionDigits: 3) == "0,500")
  }

  /// Fewer significant digits never cut the integer part.
  @Test func sensibleRoundingKeepsIntegerDigits() {
    #expect(Self.en.decimal(4_520_496.97, significantDigits: 1) == "4,520,497")
    #expect(Self.en.decimal(0.012345, significantDigits: 1) == "0.01")
    #expect(Self.en.decimal(0.012345, significantDigits: 0) == "0.01")
    #expect(Self.en.percent(0.8156, fractionDigits: 0) == "82%")
    #expect(Self.nl.percent(0.8156, fractionDigits: 2) == "81,56%")
  }
}
