import CareSimOutput
import CareSimTestSupport
import Foundation
import JSON5
import Testing

/// `caresim workshop` through the binary: the page, its embedded cells and exercises, `--all`.
@Suite struct WorkshopCommandTests {
  static let neighbourhood = CaresimBinary.scenario("neighbourhood.json").path

  /// The data document a page embeds.
  static func data(_ page: URL) throws -> JSONValue {
    let html = try String(contentsOf: page, encoding: .utf8)
    let start = try #require(html.range(of: "id=\"workshop-data\">"))
    let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
    return try JSONValue.parse(Data(html[start.upperBound..<end.lowerBound].utf8))
  }

  @Test func aPageHoldsEveryCellOfItsKnobsOnTheSameReplications() throws {
    try withTemporaryDirectory { folder in
      let out = folder.appendingPathComponent("workshop")
      let result = try CaresimBinary.run([
        "workshop", Self.neighbourhood, "--knobs",
        "mechanisms.prevention.relativeRisk,mechanisms.substitution.share", "--levels", "2",
        "--replications", "2", "--out", out.path,
      ])
      #expect(result.exitCode == 0, "\(result)")
      let data = try Self.data(out.appendingPathComponent("workshop.html"))
      let knobs = try #require(data.value(at: "knobs")?.arrayValue)
      // Two levels over each range plus the scenario's own value: 3 x 3 cells, every combination.
      #expect(knobs.count == 2)
      #expect(data.value(at: "design") == .string("factorial"))
      #expect(data.value(at: "cells")?.arrayValue?.count == 9)
      #expect(data.value(at: "replications") == .number(2))
      let cost = try #require(data.value(at: "cells.0.perReplication.cost")?.arrayValue)
      #expect(cost.count == 2)
      #expect(data.value(at: "cells.0.byYear.cost")?.arrayValue?.count == 10)
      let marker = try ResultFolder.marker(in: out.path)
      #expect(marker.files == ["workshop.html"])
    }
  }

  @Test func allBuildsEveryTeachingPageWithItsExercisesAndAnIndex() throws {
    try withTemporaryDirectory { folder in
      let scenarios = folder.appendingPathComponent("scenarios")
      try FileManager.default.createDirectory(at: scenarios, withIntermediateDirectories: true)
      try FileManager.default.copyItem(
        at: CaresimBinary.scenario("workshop/prevention.json"),
        to: scenarios.appendingPathComponent("prevention.json"))
      // The teaching scenario extends the default scenario one folder up.
      try FileManager.default.copyItem(
        at: CaresimBinary.scenario("neighbourhood.json"),
        to: folder.appendingPathComponent("neighbourhood.json"))
      let out = folder.appendingPathComponent("pages")
      let result = try CaresimBinary.run([
        "workshop", "--all", scenarios.path, "--levels", "2", "--replications", "2", "--out",
        out.path,
      ])
      #expect(result.exitCode == 0, "\(result)")
      let index = try String(
        contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
      #expect(index.contains("prevention.html"))
      let data = try Self.data(out.appendingPathComponent("prevention.html"))
      let exercises = try #require(data.value(at: "exercises")?.arrayValue)
      #expect(exercises.count == 2)
      let answer = try #require(exercises.first?.value(at: "answer.en")?.stringValue)
      #expect(answer.hasPrefix("The municipality (Wmo)"), "\(answer)")
      #expect(
        exercises.first?.value(at: "answer.nl")?.stringValue?.hasPrefix("De gemeente") == true)
    }
  }

  @Test func aKnobWithoutARangeIsRefusedBeforeAnyWork() throws {
    try withTemporaryDirectory { folder in
      let result = try CaresimBinary.run([
        "workshop", Self.neighbourhood, "--knobs", "mechanisms.escalation.crisisQualityOfLifeLoss",
        "--out", folder.appendingPathComponent("out").path,
      ])
      #expect(result.exitCode == 2, "\(result)")
      #expect(result.stderr.contains("is not a number with a range"), "\(result)")
      #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
  }
}
