import CareSimCharts
import Foundation
import Testing

/// The kinds of quantity, and each written alike on axes, labels and tooltips.
@Suite struct ValueFormatTests {
  /// Chart specifications name the format by these words.
  @Test func namesReadAndWrite() throws {
    #expect(ValueFormat.allCases.map(\.rawValue) == ["number", "euros", "percent"])
    let decoded = try JSONDecoder().decode([ValueFormat].self, from: Data("[\"percent\"]".utf8))
    #expect(decoded == [.percent])
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode([ValueFormat].self, from: Data("[\"euro\"]".utf8))
    }
  }

  @Test(arguments: ReportLocale.allCases)
  func eachFormatWritesItsKind(locale: ReportLocale) {
    let formatter = ReportNumberFormatter(locale: locale)
    for value in [0.815, -1234.5, 4_520_496.97, 0, .nan] {
      #expect(formatter.format(value, as: .number) == formatter.decimal(value))
      #expect(formatter.format(value, as: .euros) == formatter.euros(value))
      #expect(formatter.format(value, as: .percent) == formatter.percent(value))
      #expect(formatter.compactFormat(value, as: .number) == formatter.compact(value))
      #expect(formatter.compactFormat(value, as: .euros) == formatter.compactEuros(value))
      #expect(formatter.compactFormat(value, as: .percent) == formatter.percent(value))
    }
  }
}
