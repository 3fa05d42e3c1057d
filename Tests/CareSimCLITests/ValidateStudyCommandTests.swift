import CareSimCore
import CareSimScenario
import CareSimTestSupport
import Foundation
import JSON5
import Testing

@testable import CareSimCLI

/// `caresim validate-study` end to end on a shipped study with a few replications: what its
/// folder keeps of the validation file's Dutch names, and the pages `caresim report` draws again
/// from it.
@Suite struct ValidateStudyCommandTests {
  static let breda = CaresimBinary.scenario("validation/breda-wij.json")
  static let tiny = ["--replications", "4", "--threads", "2"]
  /// The columns every validation writes to `validation.csv`.
  static let columns =
    "figure,kind,published,mean,standardError,lower95,upper95,difference,status,source\n"

  /// Runs `validate-study` in-process on `file` into `out` and gives what it printed; a derived
  /// figure that a few replications do not reproduce exits 1, with every file written.
  @discardableResult
  static func validate(_ file: URL, into out: URL, _ arguments: [String] = []) throws -> String {
    let result = AnalysisCommandTests.run(
      ["validate-study", file.path, "--out", out.path] + tiny + arguments)
    try #require([0, 1].contains(result.code), "\(result.error)")
    return result.out
  }

  /// Runs `validate-study` as ``validate(_:into:_:)`` does, and gives what it printed and the
  /// names of the figures it found differing (a gap or a sign that differs), from its
  /// `validation.json`.
  static func differing(_ file: URL, into out: URL, _ arguments: [String] = []) throws
    -> (printed: String, differing: Set<String>)
  {
    let printed = try validate(file, into: out, arguments)
    let summary = try JSONValue.parse(
      Data(contentsOf: out.appendingPathComponent("validation.json")))
    let figures = summary.value(at: "figures")?.arrayValue ?? []
    let names = figures.filter {
      FigureComparison.Status(rawValue: $0.value(at: "status")?.stringValue ?? "")?.differsFromStudy
        == true
    }.compactMap { $0.value(at: "name")?.stringValue }
    return (printed, Set(names))
  }

  /// A Dutch validation page names the study and every figure by their Dutch names, and none by
  /// its English one; the folder keeps them (in `validation.json`, not in `validation.csv`, whose
  /// columns stay those every validation writes), so that `caresim report` draws the Dutch page
  /// again byte for byte, and the English page from the same folder keeps the English names.
  @Test func theDutchReportNamesFiguresInDutchAndIsRebuiltByteForByte() throws {
    let shipped = try StudyValidation.load(from: Self.breda)
    let markup = CalibrateCommandTests.markup
    try withTemporaryDirectory { folder in
      let out = folder.appendingPathComponent("validation")
      try Self.validate(Self.breda, into: out, ["--locale", "nl"])
      let html = try String(
        contentsOf: out.appendingPathComponent("report.nl.html"), encoding: .utf8)
      #expect(html.contains(markup(try #require(shipped.studyNL))))
      #expect(!html.contains(markup(shipped.study)))
      for figure in shipped.figures {
        #expect(html.contains(markup(try #require(figure.nameNL))), "\(figure.name)")
        #expect(!html.contains(markup(figure.name)), "\(figure.name)")
      }
      let csv = try String(
        contentsOf: out.appendingPathComponent("validation.csv"), encoding: .utf8)
      #expect(csv.hasPrefix(Self.columns))
      let summary = try JSONValue.parse(
        Data(contentsOf: out.appendingPathComponent("validation.json")))
      #expect(summary.value(at: "studyNL")?.stringValue == shipped.studyNL)
      for (index, figure) in shipped.figures.enumerated() {
        #expect(summary.value(at: "figures.\(index).nameNL")?.stringValue == figure.nameNL)
      }

      let englishPage = try AnalysisCommandTests.redrawReports(in: out)
      #expect(englishPage.contains(markup(shipped.study)))
      #expect(!englishPage.contains(markup(try #require(shipped.studyNL))))
      for figure in shipped.figures {
        #expect(englishPage.contains(markup(figure.name)), "\(figure.name)")
        #expect(!englishPage.contains(markup(try #require(figure.nameNL))), "\(figure.name)")
      }
    }
  }

  /// A validation file without Dutch names writes `validation.json` without them: no `studyNL`
  /// and no figure's `nameNL`, as before Dutch names existed; its Dutch page names the study and
  /// the figures in English.
  @Test func aFileWithoutDutchNamesWritesNone() throws {
    let shipped = try StudyValidation.load(from: Self.breda)
    let text = try String(contentsOf: Self.breda, encoding: .utf8)
    let english = text.split(separator: "\n", omittingEmptySubsequences: false)
      .filter { !$0.contains("studyNL:") && !$0.contains("nameNL:") }
      .joined(separator: "\n")
    try #require(english.count < text.count)
    try withTemporaryDirectory { folder in
      try FileManager.default.copyItem(
        at: CaresimBinary.scenario(shipped.scenario),
        to: folder.appendingPathComponent(shipped.scenario))
      let file = folder.appendingPathComponent("validation/breda-wij.json")
      try FileManager.default.createDirectory(
        at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(english.utf8).write(to: file)
      let out = folder.appendingPathComponent("out")
      try Self.validate(file, into: out, ["--locale", "nl"])
      let summary = try JSONValue.parse(
        Data(contentsOf: out.appendingPathComponent("validation.json")))
      #expect(summary.value(at: "studyNL") == nil)
      #expect(summary.value(at: "figures.0.nameNL") == nil)
      #expect(summary.value(at: "figures.0.name")?.stringValue == shipped.figures[0].name)
      let page = try String(
        contentsOf: out.appendingPathComponent("report.nl.html"), encoding: .utf8)
      #expect(page.contains(CalibrateCommandTests.markup(shipped.study)))
      for figure in shipped.figures {
        #expect(page.contains(CalibrateCommandTests.markup(figure.name)), "\(figure.name)")
      }
    }
  }

  /// A study named as `--list` names it is read from `Scenarios/validation/`, and its scenario
  /// named relative to the working folder, as `run` names a scenario; a break-even figure's line
  /// gives the share of runs above it beside the difference.
  @Test func aBreakEvenGivesTheShareOfRunsAboveIt() throws {
    let result = AnalysisCommandTests.run(["validate-study", "dordrecht-wij"] + Self.tiny)
    try #require([0, 1].contains(result.code), "\(result.error)")
    #expect(result.out.contains("\nScenario Scenarios/dordrecht-wij.json ("), "\(result.out)")
    let line = try #require(
      result.out.split(separator: "\n").first { $0.hasPrefix("H2 Nursing-home years avoided") })
    #expect(line.contains("breakEven"))
    let share = try #require(line.components(separatedBy: "), above in ").dropFirst().first)
    // "88.5% of runs", then the kind's column.
    #expect(share.contains("% of runs  "), "\(line)")
    #expect(Double(share.prefix { $0 != "%" }) != nil, "\(line)")
  }

  /// The folder keeps, for each sign and break-even, the share of runs that bear it out (the
  /// terminal's "% of runs"), and for no other figure; the page gives it under the status.
  @Test func theFolderKeepsTheShareOfRunsOfSignsAndBreakEvens() throws {
    let file = CaresimBinary.scenario("validation/dordrecht-wij.json")
    try withTemporaryDirectory { folder in
      let out = folder.appendingPathComponent("validation")
      try Self.validate(file, into: out, ["--locale", "nl"])
      let summary = try JSONValue.parse(
        Data(contentsOf: out.appendingPathComponent("validation.json")))
      let figures = try #require(summary.value(at: "figures")?.arrayValue)
      var kept = 0
      for figure in figures {
        let kind = figure.value(at: "kind")?.stringValue ?? ""
        let share = figure.value(at: "shareOfRuns")?.numberValue
        if kind == "sign" || kind == "breakEven" {
          let share = try #require(share, "\(kind)")
          #expect((0...1).contains(share))
          kept += 1
        } else {
          #expect(share == nil, "\(kind)")
        }
      }
      #expect(kept == 8)
      let page = try AnalysisCommandTests.redrawReports(in: out)
      #expect(page.contains("above it in ") && page.contains("as published in "))
    }
  }

  /// The page explains each figure that differs as the terminal does, from the folder's
  /// `validation.json`: `caresim report` draws the explanations again.
  @Test func thePageExplainsEachDifferingFigure() throws {
    let file = CaresimBinary.scenario("validation/samenoud.json")
    let shipped = try StudyValidation.load(from: file)
    try withTemporaryDirectory { folder in
      let out = folder.appendingPathComponent("validation")
      let (_, differing) = try Self.differing(file, into: out, ["--locale", "nl"])
      let explained = shipped.figures.filter { differing.contains($0.name) }.compactMap(\.gap)
      try #require(!explained.isEmpty)
      let page = try AnalysisCommandTests.redrawReports(in: out)
      for gap in explained {
        #expect(page.contains("<td>\(CalibrateCommandTests.markup(gap))</td>"), "\(gap)")
      }
    }
  }

  /// What the file says of a figure the run finds agreeing (how far the agreement goes) is listed
  /// apart from the gaps, each under its figure's name.
  @Test func theTerminalListsWhatTheFileSaysOfAgreeingFigures() throws {
    let file = CaresimBinary.scenario("validation/gemert-bakel.json")
    let shipped = try StudyValidation.load(from: file)
    try withTemporaryDirectory { folder in
      let (printed, differing) = try Self.differing(
        file, into: folder.appendingPathComponent("validation"), ["--no-report"])
      let explained = shipped.figures.filter { !differing.contains($0.name) && $0.gap != nil }
      try #require(!explained.isEmpty)
      let caveats = try #require(
        printed.components(separatedBy: "\nHow far the agreement goes:\n").dropFirst().first)
      for figure in explained {
        #expect(caveats.contains("- \(figure.name)\n  \(figure.gap ?? "")\n"), "\(figure.name)")
      }
    }
  }

  /// The terminal lists the explanation of every figure the run finds differing under its name,
  /// on a line of its own, as the validation file gives it: sentences that end in a full stop
  /// (their punctuation is `ShippedScenarioProseTests`').
  @Test func theGapsReadAsSentencesUnderTheirFigures() throws {
    let file = CaresimBinary.scenario("validation/samenoud.json")
    let shipped = try StudyValidation.load(from: file)
    try withTemporaryDirectory { folder in
      let (printed, differing) = try Self.differing(
        file, into: folder.appendingPathComponent("validation"), ["--no-report"])
      let gaps = try #require(printed.components(separatedBy: "\nGaps:\n").last)
      // Every figure the run finds differing is listed, with the file's explanation.
      let listed = shipped.figures.filter { differing.contains($0.name) }
      try #require(!listed.isEmpty)
      for figure in listed {
        // A figure that differs only at a few replications may have no explanation written.
        let gap = figure.gap ?? "(no explanation given)"
        #expect(gaps.contains("- \(figure.name)\n  \(gap)\n"), "\(figure.name)")
        #expect(gap.hasSuffix(".") || figure.gap == nil, "\(figure.name)")
      }
      #expect(
        gaps.contains(
          "- SEO (preventive home visits): the municipality earns its investment back through less household help\n  Differs, as SamenOud's own SROI does"
        ))
    }
  }
}
