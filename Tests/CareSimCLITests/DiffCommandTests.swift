import CareSimCore
import CareSimTestSupport
import Foundation
import JSON5
import Testing

@testable import CareSimCLI

/// `caresim diff` on pairs of runs that differ in one field, in the seed only, and in nothing;
/// and `caresim runs` listing them.
@Suite struct DiffCommandTests {
  static func run(_ arguments: [String]) -> (code: Int32, out: String, error: String) {
    AnalysisCommandTests.run(arguments)
  }

  /// A small run of `scenario` into `folder/name`.
  static func result(_ scenario: String, seed: String = "1", in folder: URL, _ name: String)
    -> String
  {
    let out = folder.appendingPathComponent(name).path
    let run = Self.run([
      "run", scenario, "--replications", "4", "--seed", seed, "--out", out, "--quiet",
    ])
    #expect(run.code == 0, "\(run.error)")
    return out
  }

  /// The names in the table of inputs that differ.
  static func inputs(_ text: String) -> [String] {
    guard let start = text.range(of: "Inputs that differ"),
      let end = text.range(of: "\nFigures (")
    else { return [] }
    // A line that starts with a space continues the row above (a long value wraps).
    return text[start.upperBound..<end.lowerBound].split(separator: "\n").dropFirst(3)
      .filter { !$0.hasPrefix(" ") }.map { String($0.split(separator: " ").first ?? "") }
  }

  @Test func oneFieldNamesTheFieldAndMarksTheFiguresItMoved() throws {
    try withTemporaryDirectory { folder in
      let base = AnalysisCommandTests.ladder
      let changed = try AnalysisCommandTests.ladder(
        setting: [("intervention.fixedCostPerYear", 5_000_000)], in: folder)
      let a = Self.result(base, in: folder, "a")
      let b = Self.result(changed, in: folder, "b")
      let diff = Self.run(["diff", a, b])
      #expect(diff.code == 0, "\(diff.error)")
      let names = Self.inputs(diff.out)
      #expect(names.contains("field"), "\(diff.out)")
      #expect(diff.out.contains("field intervention.fixedCostPerYear"), "\(diff.out)")
      #expect(names.contains("scenario.hash"))
      #expect(!names.contains("seed"))
      // Five million a year more is far beyond the Monte-Carlo error of society's net benefit.
      let society = try #require(
        diff.out.split(separator: "\n").first { $0.hasPrefix("Net benefit for society, after") })
      #expect(society.hasSuffix("yes"), "\(society)")

      // The page says what changed, by the field's label, and names the figures that moved.
      let english = try Self.page(a, b, in: folder, "page")
      #expect(
        english.contains(
          "B differs from A in 4 inputs: the programme&#39;s cost (€0 a year → €5,000,000 a year), "
            + "the scenario file"
        ))
      #expect(english.contains("<td title=\"intervention.fixedCostPerYear\">Programme&#39;s cost"))
      // Four replications each: Student's t with 3 degrees of freedom, not the normal's 1.96.
      #expect(english.contains("moved beyond it (3.18 standard errors of the difference)"))
      #expect(english.contains("The threshold, 3.18, is the 95% point of Student&#39;s t with 3"))
      #expect(
        diff.out.contains(
          "3.18 standard errors of the difference: Student's t at 95% with 3 degrees of freedom"),
        "\(diff.out)")
      #expect(english.contains("Figures beyond their Monte-Carlo error ("))
      let dutch = try Self.page(a, b, in: folder, "page-nl", locale: "nl")
      #expect(
        dutch.contains(
          "B verschilt op 4 punten van A: de programmakosten (€\u{00A0}0 per jaar → "
            + "€\u{00A0}5.000.000 per jaar), het scenariobestand"))
      #expect(dutch.contains("De drempel, 3,18, is het 95%-punt van de t-verdeling van Student"))
      // Euros as a Dutch policy text writes them, in the sentence and in the tables.
      #expect(dutch.firstMatch(of: /→ €\u{00A0}−?\d+(,\d+)?\u{00A0}mln\)/) != nil, "\(dutch)")
      #expect(
        dutch.firstMatch(of: /<td class="number">€\u{00A0}−?\d+,\d+\u{00A0}mln<\/td>/) != nil,
        "\(dutch)")
      // Figures by their names in Dutch, the path only behind them; the totals folded away.
      #expect(dutch.contains("netto baat voor de samenleving, na de verdeling (€"), "\(dutch)")
      #expect(
        dutch.contains(
          "<td title=\"netBenefitAfterSplit.wmo.mean\">Netto baat voor de gemeente (Wmo), na de "
            + "verdeling</td>"), "\(dutch)")
      #expect(!dutch.contains(">netBenefitAfterSplit"))
      #expect(dutch.contains("<details>\n<summary>De overige "), "\(dutch)")
      let written = folder.appendingPathComponent("page")
      let document = try #require(
        try JSONValue.parse(Data(contentsOf: written.appendingPathComponent("result.json")))
          .objectValue)
      let inputs = document["inputs"]?.arrayValue?.compactMap {
        $0.objectValue?["input"]?.stringValue
      }
      #expect(inputs?.contains("field intervention.fixedCostPerYear") == true)
      #expect(document["figuresBeyondMonteCarloError"]?.numberValue ?? 0 > 0)
      let figures = try String(
        contentsOf: written.appendingPathComponent("figures.csv"), encoding: .utf8)
      #expect(figures.hasPrefix("figure,unit,a,b,difference,standardError,beyondMonteCarloError\n"))
    }
  }

  /// `caresim diff A B --out` into `folder/name`: the report page, after checking that
  /// `caresim report` rebuilds it from the folder's files alone, byte for byte.
  static func page(
    _ a: String, _ b: String, in folder: URL, _ name: String, locale: String = "en"
  ) throws -> String {
    let out = folder.appendingPathComponent(name)
    let diff = Self.run(["diff", a, b, "--out", out.path, "--locale", locale])
    #expect(diff.code == 0, "\(diff.error)")
    #expect(diff.out.contains("Wrote \(out.path)/: inputs.csv, figures.csv"), "\(diff.out)")
    let file = out.appendingPathComponent(locale == "en" ? "report.html" : "report.\(locale).html")
    let page = try String(contentsOf: file, encoding: .utf8)
    try FileManager.default.removeItem(at: file)
    let report = Self.run(["report", out.path, "--locale", locale])
    #expect(report.code == 0, "\(report.error)")
    #expect(try String(contentsOf: file, encoding: .utf8) == page)
    return page
  }

  @Test func seedOnlyNamesTheSeed() throws {
    try withTemporaryDirectory { folder in
      let a = Self.result(AnalysisCommandTests.ladder, seed: "1", in: folder, "a")
      let b = Self.result(AnalysisCommandTests.ladder, seed: "2", in: folder, "b")
      let diff = Self.run(["diff", a, b, "--markdown"])
      #expect(diff.code == 0, "\(diff.error)")
      #expect(diff.out.contains("| seed | 1 | 2 |"), "\(diff.out)")
      #expect(!diff.out.contains("| field "), "\(diff.out)")
      #expect(!diff.out.contains("| scenario.hash"), "\(diff.out)")
      let dutch = try Self.page(a, b, in: folder, "page", locale: "nl")
      #expect(
        dutch.contains("B verschilt op 2 punten van A: het startgetal (1 → 2) en de opdracht."),
        "\(dutch)")
      #expect(!dutch.contains("hetzelfde startgetal"))
      #expect(dutch.contains("<td>Startgetal (seed)</td><td>1</td><td>2</td>"))
    }
  }

  /// A result whose scenario file is gone is compared on the fields both results record, not
  /// on every field of the other's file against none.
  @Test func aScenarioFileThatIsGoneComparesTheRecordedFields() throws {
    try withTemporaryDirectory { folder in
      let copy = folder.appendingPathComponent("copy.json")
      try FileManager.default.copyItem(
        at: URL(fileURLWithPath: AnalysisCommandTests.ladder), to: copy)
      let a = Self.result(copy.path, in: folder, "a")
      try FileManager.default.removeItem(at: copy)
      let b = Self.result(AnalysisCommandTests.ladder, in: folder, "b")
      let diff = Self.run(["diff", a, b])
      #expect(diff.code == 0, "\(diff.error)")
      #expect(Self.inputs(diff.out).sorted() == ["command", "scenario.file"], "\(diff.out)")
      #expect(
        diff.out.contains(
          "compared as the results record them (their ranged values): \(a)'s scenario file "
            + "\(copy.path) cannot be read from here"), "\(diff.out)")
    }
  }

  /// A grid's cells are named by their parameters' values, which are not figures themselves.
  @Test func gridCellsAreNamedByTheirValues() throws {
    try withTemporaryDirectory { folder in
      func grid(seed: String, _ name: String) -> String {
        let out = folder.appendingPathComponent(name).path
        let grid = Self.run([
          "grid", AnalysisCommandTests.ladder, "--x", "mechanisms.substitution.share=0:0.3:2",
          "--y", "mechanisms.prevention.relativeRisk=0.7:1:2", "--replications", "3", "--seed",
          seed, "--out", out, "--quiet",
        ])
        #expect(grid.code == 0, "\(grid.error)")
        return out
      }
      let diff = Self.run(["diff", grid(seed: "1", "a"), grid(seed: "2", "b")])
      #expect(diff.code == 0, "\(diff.error)")
      #expect(
        diff.out.contains(
          "Net benefit for society (cell: relative risk of decline 0.7, substitution 0.3)"),
        "\(diff.out)")
      #expect(!diff.out.contains("Substitution (cell"), "\(diff.out)")
      #expect(!diff.out.contains("(cell 1)"), "\(diff.out)")
    }
  }

  @Test func nothingChangedMovesNothing() throws {
    try withTemporaryDirectory { folder in
      let a = Self.result(AnalysisCommandTests.ladder, in: folder, "a")
      let b = Self.result(AnalysisCommandTests.ladder, in: folder, "b")
      let diff = Self.run(["diff", a, b])
      #expect(diff.code == 0, "\(diff.error)")
      #expect(diff.out.contains("The inputs are the same."), "\(diff.out)")
      #expect(diff.out.contains("; 0 beyond their Monte-Carlo error"), "\(diff.out)")
      let runs = Self.run(["runs", folder.path])
      #expect(runs.code == 0, "\(runs.error)")
      #expect(runs.out.contains("/a ") && runs.out.contains("/b "), "\(runs.out)")
      #expect(runs.out.contains("net benefit society"))
      let page = try Self.page(a, b, in: folder, "page")
      #expect(page.contains("A and B have the same inputs"))
      #expect(page.contains("None: A and B ran the same scenario with the same settings."))
      #expect(page.contains("None of the "))
      #expect(!page.contains("Figures beyond their Monte-Carlo error"))
    }
  }

  @Test func theOutputFolderIsCheckedBeforeAnyWork() throws {
    try withTemporaryDirectory { folder in
      let a = Self.result(AnalysisCommandTests.ladder, in: folder, "a")
      let before = try FileManager.default.contentsOfDirectory(atPath: a).sorted()
      let intoA = Self.run(["diff", a, a, "--out", a])
      #expect(intoA.code == 2)
      #expect(intoA.error.contains("is a folder the comparison reads"), "\(intoA.error)")
      #expect(try FileManager.default.contentsOfDirectory(atPath: a).sorted() == before)
      let foreign = folder.appendingPathComponent("notes")
      try FileManager.default.createDirectory(at: foreign, withIntermediateDirectories: true)
      try Data("mine".utf8).write(to: foreign.appendingPathComponent("notes.txt"))
      let refused = Self.run([
        "diff", a, folder.appendingPathComponent("none").path, "--out",
        foreign.path,
      ])
      #expect(refused.code == 2)
      #expect(refused.error.contains("--out"), "\(refused.error)")
      #expect(try FileManager.default.contentsOfDirectory(atPath: foreign.path) == ["notes.txt"])
    }
  }

  @Test(arguments: [
    ("netBenefitAfterSplit.society.mean", ResultComparison.Unit.euros),
    ("netBenefit[society].probabilityOfGain", .share),
    ("findings[mechanisms.escalation.crisisAdmissionProbability].netBenefit.wlz", .euros),
    ("benefitCostRatio.social.ratioOfMeans", .number),
    ("totals.difference.qalys.discounted.mean", .number),
    ("totals.control.wmo.discounted.mean", .euros),
    ("ceac[0].willingnessToPayPerQALY", .euros),
    ("evppi.mechanisms.substitution.share", .euros),
    ("fundingSplit.wmo", .share),
    ("grid[0].mechanisms.prevention.relativeRisk", .number),
  ])
  func figuresReadInTheirUnit(name: String, unit: ResultComparison.Unit) {
    #expect(ResultDocument.unit(of: name) == unit)
  }

  @Test func cannotCompareDifferentCommandsOrAFolderThatIsNoResult() throws {
    try withTemporaryDirectory { folder in
      let a = Self.result(AnalysisCommandTests.ladder, in: folder, "a")
      let sweep = folder.appendingPathComponent("sweep").path
      let run = Self.run([
        "sweep", AnalysisCommandTests.ladder, "--param",
        "mechanisms.prevention.relativeRisk=0.8:0.9",
        "--replications", "2", "--out", sweep, "--quiet",
      ])
      #expect(run.code == 0, "\(run.error)")
      let commands = Self.run(["diff", a, sweep])
      #expect(commands.code == 2)
      #expect(commands.error.contains("cannot compare a 'run' result"), "\(commands.error)")
      let nothing = Self.run(["diff", a, folder.appendingPathComponent("none").path])
      #expect(nothing.code == 2)
    }
  }
}
