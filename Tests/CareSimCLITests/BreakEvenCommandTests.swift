import CareSimTestSupport
import Foundation
import JSON5
import Testing

/// `caresim breakeven` as a user runs it: where it searches and where it writes.
@Suite struct BreakEvenCommandTests {
  static let ladder = CaresimBinary.scenario("reference-ladder.json").path

  /// The probes of a result folder, from its `probes.csv`: the parameter's values.
  static func probes(in folder: URL) throws -> [Double] {
    let text = try String(
      contentsOf: folder.appendingPathComponent("probes.csv"), encoding: .utf8)
    return text.split(separator: "\n").dropFirst().compactMap { line in
      line.split(separator: ",").first.flatMap { Double($0) }
    }
  }

  /// Above 1 the programme does harm: the search of the relative risk stays at or below it, and
  /// says so when the net benefit does not reach zero there.
  @Test func theRelativeRiskStaysInsideItsValidRange() throws {
    try withTemporaryDirectory { folder in
      let result = try CaresimBinary.run(
        [
          "breakeven", Self.ladder, "--param", "mechanisms.prevention.relativeRisk", "--for",
          "wmo", "--replications", "2", "--out", "out",
        ], in: folder)
      #expect(result.exitCode == 0, "\(result)")
      let probes = try Self.probes(in: folder.appendingPathComponent("out"))
      #expect(!probes.isEmpty && probes.allSatisfy { (0...1).contains($0) }, "\(probes)")
      #expect(Set(probes).count == probes.count, "a value probed twice: \(probes)")
      let document = try JSONValue.parse(
        Data(contentsOf: folder.appendingPathComponent("out/result.json")))
      #expect(document.value(at: "validRange.high")?.numberValue == 1)
      if document.value(at: "root") == .null {
        #expect(result.stdout.contains("No break-even inside the valid range"), "\(result)")
        #expect(result.stdout.contains("from 0 to 1"), "\(result)")
      }
    }
  }

  /// The residents are a whole number: every probe is one, where a bisection would try 200.5.
  @Test func aWholeNumberFieldIsSearchedInWholeNumbers() throws {
    try withTemporaryDirectory { folder in
      let result = try CaresimBinary.run(
        [
          "breakeven", Self.ladder, "--param", "simulation.residents", "--for", "society",
          "--low", "100", "--high", "301", "--replications", "2", "--out", "out",
        ], in: folder)
      #expect(result.exitCode == 0, "\(result)")
      let probes = try Self.probes(in: folder.appendingPathComponent("out"))
      #expect(!probes.isEmpty && probes.allSatisfy { $0 == $0.rounded() }, "\(probes)")
    }
  }

  /// The README's two break-even examples differ in parameter and payer, and so do their default
  /// folders; a sweep of named parameters names them too.
  @Test func defaultFoldersNameTheParameterAndThePayer() throws {
    try withTemporaryDirectory { folder in
      let runs = [
        [
          "breakeven", Self.ladder, "--param", "mechanisms.prevention.relativeRisk", "--for",
          "wmo",
        ],
        [
          "breakeven", Self.ladder, "--param", "intervention.costPerParticipantPerYear", "--for",
          "society",
        ],
        ["sweep", Self.ladder, "--param", "mechanisms.prevention.relativeRisk=0.8:0.9"],
      ]
      for arguments in runs {
        let result = try CaresimBinary.run(
          arguments + ["--replications", "2", "--quiet"], in: folder)
        #expect(result.exitCode == 0, "\(result)")
      }
      let written = try FileManager.default.contentsOfDirectory(
        atPath: folder.appendingPathComponent("out").path
      ).sorted()
      #expect(
        written == [
          "reference-ladder-breakeven-costPerParticipantPerYear-society",
          "reference-ladder-breakeven-relativeRisk-wmo", "reference-ladder-sweep-relativeRisk",
        ])
    }
  }
}
