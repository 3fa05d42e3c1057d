import CareSimCore

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
          "analysis.subtitle", phrases.title(of: provenance),
          phrases.count(provenance.replications ?? 0)),
      summary: summary, sections: sections, provenance: provenance)
  }
}
