import CareSimCore

/// What the report pages of the what-if commands share: their `result.json`, its tables as rows,
/// the provenance and the words.
struct AnalysisDocument: Sendable {
  let phrases: ReportPhrases
  let document: JSONValue
  let provenance: ResultProvenance

  init(files: ResultFiles, locale: ReportLocale) throws(ReportInputError) {
    phrases = ReportPhrases(locale)
    document = try files.json("result.json")
    provenance = try ResultProvenance(decoding: "result.json", in: files)
  }

  /// A table of `result.json` as rows of named values.
  func rows(_ table: String) throws(ReportInputError) -> [[String: JSONValue]] {
    guard let rows = document.value(at: table)?.arrayValue?.compactMap(\.objectValue) else {
      throw .unreadable("result.json")
    }
    return rows
  }

  /// A number of a row; a missing or null cell is NaN.
  static func number(_ row: [String: JSONValue], _ column: String) -> Double {
    row[column]?.numberValue ?? .nan
  }

  func number(_ path: String) -> Double { document.value(at: path)?.numberValue ?? .nan }

  /// The page with the common heading, or with its own line under the title.
  func page(
    title: String, subtitle: String? = nil, summary: [String], sections: [HTMLPage.Section]
  ) -> String {
    HTMLPage(
      analysis: phrases, title: title, subtitle: subtitle, summary: summary, sections: sections,
      provenance: provenance
    ).render()
  }

  /// Every perspective of a report, payers first.
  static let perspectives = Perspective.allCases

  /// The euro axis of a chart of net benefit.
  var netBenefitAxis: ChartAxis { phrases.netBenefitAxis }

  /// A value of a parameter as a page shows it: four significant digits.
  func value(_ number: Double) -> String { phrases.value(number) }
}

extension HTMLPage {
  /// The page of an analysis: under the title, the scenario and the replications per setting,
  /// unless the page has a line of its own.
  init(
    analysis phrases: ReportPhrases, title: String, subtitle: String? = nil, summary: [String],
    sections: [Section], provenance: ResultProvenance
  ) {
    self.init(
      locale: phrases.locale, title: title,
      subtitle: subtitle
        ?? phrases.format(
          "analysis.subtitle", provenance.scenarioTitle,
          phrases.numbers.decimal(Double(provenance.replications ?? 0), fractionDigits: 0)),
      summary: summary, sections: sections, provenance: provenance)
  }
}

extension ReportPhrases {
  /// The euro axis of a chart of net benefit.
  var netBenefitAxis: ChartAxis {
    ChartAxis(self["axis.netBenefit"], unit: "€", format: .euros, includesZero: true)
  }

  /// A value of a parameter as a page shows it: four significant digits.
  func value(_ number: Double) -> String { decimal(number, digits: 4) }
}
