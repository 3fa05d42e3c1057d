import CareSimScenario
import CareSimTestSupport
import Foundation
import Testing

/// Every amount column of every terminal table in whole euros, thousands separated: no "453.2"
/// among "79,674", whatever the size of the amount; QALYs with a thousands separator.
@Suite struct TerminalTableTests {
  /// A whole amount: `0`, `-2,470`, `1,234,567`.
  static var wholeEuros: Regex<(Substring, Substring?)> { /-?\d{1,3}(,\d{3})*/ }
  /// QALYs to one decimal with thousands separated: `7,124.4`.
  static var qalys: Regex<(Substring, Substring?)> { /-?\d{1,3}(,\d{3})*\.\d/ }

  /// The cells of the table headed by `firstHeader` in `text`, by column header; the columns are
  /// found from the rule of dashes under the header.
  static func table(_ text: String, headedBy firstHeader: String) throws -> [[String: String]] {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let start = try #require(lines.firstIndex { $0.hasPrefix(firstHeader) }, "\(text)")
    let rule = Array(lines[start + 1])
    var spans: [Range<Int>] = []
    var index = 0
    while index < rule.count {
      guard rule[index] == "-" else {
        index += 1
        continue
      }
      let begin = index
      while index < rule.count && rule[index] == "-" { index += 1 }
      spans.append(begin..<index)
    }
    func cells(_ line: String) -> [String] {
      let characters = Array(line)
      return spans.map { span in
        String(
          characters[
            min(span.lowerBound, characters.count)..<min(span.upperBound, characters.count)]
        )
        .trimmingCharacters(in: .whitespaces)
      }
    }
    let header = cells(lines[start])
    return lines[(start + 2)...].prefix { !$0.isEmpty && $0.contains("  ") }.map { line in
      Dictionary(uniqueKeysWithValues: zip(header, cells(line)))
    }
  }

  /// Checks that every cell of `columns` is empty or whole euros; returns how many amounts were
  /// below 1,000 in size (the ones a rule for large numbers alone would write with decimals).
  @discardableResult
  static func expectWholeEuros(
    _ rows: [[String: String]], columns: [String], in command: String
  ) -> Int {
    var small = 0
    for row in rows {
      for column in columns {
        let cell = row[column] ?? "missing"
        guard !cell.isEmpty else { continue }
        #expect(cell.wholeMatch(of: wholeEuros) != nil, "\(command), \(column): \"\(cell)\"")
        if cell.replacingOccurrences(of: "-", with: "").count < 4 { small += 1 }
      }
    }
    return small
  }

  /// A small copy of the default scenario, so that a test runs in seconds and many amounts fall
  /// below 1,000.
  static func scenario(in folder: URL) throws -> String {
    var json = try Scenario.load(from: URL(fileURLWithPath: AnalysisCommandTests.neighbourhood))
      .json
    try json.setNumber(60, at: "simulation.residents")
    try json.setNumber(24, at: "simulation.months")
    let url = folder.appendingPathComponent("small.json")
    try json.encoded().write(to: url)
    return url.path
  }

  static func output(_ arguments: [String], folder: URL) throws -> String {
    let result = AnalysisCommandTests.run(
      arguments + ["--out", folder.appendingPathComponent(UUID().uuidString).path])
    #expect(result.code == 0, "\(result.error)")
    return result.out
  }

  @Test func everyAmountColumnIsInWholeEuros() throws {
    try withTemporaryDirectory { folder in
      let scenario = try Self.scenario(in: folder)
      var small = 0

      let run = try Self.output(["run", scenario, "--replications", "3"], folder: folder)
      let lines = try Self.table(run, headedBy: "line")
      let amounts = [
        "without", "with", "difference", "diff p5", "diff p95", "programme share", "net benefit",
      ]
      small += Self.expectWholeEuros(
        lines.filter { $0["line"] != "QALYs" }, columns: amounts, in: "run")
      let qalys = try #require(lines.first { $0["line"] == "QALYs" })
      for column in ["without", "with"] {
        #expect(qalys[column]?.wholeMatch(of: Self.qalys) != nil, "QALYs: \(qalys)")
      }

      let sweep = try Self.output(
        [
          "sweep", scenario, "--param", "mechanisms.prevention.relativeRisk=0.8:0.9",
          "--replications", "3",
        ], folder: folder)
      small += Self.expectWholeEuros(
        try Self.table(sweep, headedBy: "parameter"),
        columns: ["society at low", "society at high", "swing"], in: "sweep")

      let grid = try Self.output(
        [
          "grid", scenario, "--x", "mechanisms.prevention.relativeRisk=0.8:0.9:2", "--y",
          "intervention.fixedCostPerYear=20000:40000:2", "--replications", "3",
        ], folder: folder)
      small += Self.expectWholeEuros(
        try Self.table(grid, headedBy: "mechanisms.prevention.relativeRisk"),
        columns: ["society", "wmo"], in: "grid")

      let psa = try Self.output(
        ["psa", scenario, "--samples", "3", "--inner", "2"], folder: folder)
      small += Self.expectWholeEuros(
        try Self.table(psa, headedBy: "perspective"),
        columns: ["mean", "p5", "p50", "p95", "base"], in: "psa")
      Self.expectWholeEuros(
        try Self.table(psa, headedBy: "willingness to pay"),
        columns: ["willingness to pay per QALY"], in: "psa")

      let split = try Self.output(["split", scenario, "--replications", "3"], folder: folder)
      small += Self.expectWholeEuros(
        try Self.table(split, headedBy: "setting"), columns: ["net wmo", "net zvw", "net wlz"],
        in: "split")

      let breakeven = try Self.output(
        [
          "breakeven", scenario, "--param", "intervention.fixedCostPerYear", "--replications", "3",
        ], folder: folder)
      small += Self.expectWholeEuros(
        try Self.table(breakeven, headedBy: "intervention.fixedCostPerYear"),
        columns: ["net benefit", "standard error"], in: "breakeven")
      let psaFolder = folder.appendingPathComponent("psa-for-voi")
      #expect(
        AnalysisCommandTests.run([
          "psa", scenario, "--samples", "8", "--inner", "2", "--out", psaFolder.path,
        ]).code == 0)
      let voi = try Self.output(
        ["voi", psaFolder.appendingPathComponent("samples.csv").path, "--value-per-qaly", "0"],
        folder: folder)
      let partials = try Self.table(voi, headedBy: "parameter or group")
      small += Self.expectWholeEuros(
        partials, columns: ["EVPPI", "standard error", "binned"], in: "voi")
      // Parameters by their labels, as in the reports: no path.
      #expect(partials.allSatisfy { !($0["parameter or group"] ?? ".").contains(".") }, "\(voi)")
      small += Self.expectWholeEuros(
        try Self.table(voi, headedBy: "perspective"), columns: ["0", "20,000", "50,000"],
        in: "voi")
      // The check has amounts below 1,000 to bite on.
      #expect(small > 0)
    }
  }
}
