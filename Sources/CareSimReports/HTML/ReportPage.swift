import CareSimCharts
import CareSimOutput

/// A command's report page: its typed result, laid out and put in the reader's words.
///
/// A page only formats and lays out; every figure it shows is the result's, or a method of it.
protocol ReportPage: Sendable {
  associatedtype Result: ResultFolderDecodable
  var phrases: ReportPhrases { get }
  var result: Result { get }
  init(phrases: ReportPhrases, result: Result)
  /// The page's HTML.
  func render() -> String
}

extension ReportPage {
  /// The page of a result, in a language.
  init(result: Result, locale: ReportLocale) {
    self.init(
      phrases: ReportPhrases(locale, levels: result.provenance.levels), result: result)
  }

  /// The page of the result a folder's files hold.
  ///
  /// - Throws: ``ReportInputError`` when a file the result needs is missing or unreadable.
  static func render(_ files: ResultFiles, locale: ReportLocale) throws(ReportInputError)
    -> String
  {
    Self(result: try Result(files: files), locale: locale).render()
  }
}
