import CareSimTestSupport
import Foundation
import Testing

@testable import CareSimCLI

/// A parameter by level reads with the level's label, in the terminal and in the report of
/// every language, and in a report drawn again from the folder; the CSVs keep the path.
@Suite struct ParameterLabelCommandTests {
  @Test func aSweepNamesLevelsByTheirLabels() throws {
    try withTemporaryDirectory { folder in
      let out = folder.appendingPathComponent("sweep")
      let sweep = AnalysisCommandTests.run([
        "sweep", AnalysisCommandTests.ladder, "--param", "needLevels.2.utility=0.5:0.6",
        "--param", "transitions.independent.multipleProblems=0.01:0.02",
        "--param", "needLevels.3.annualCost.wlz=50000:60000", "--replications", "2",
        "--out", out.path,
      ])
      try #require(sweep.code == 0, "\(sweep.error)")
      let english = [
        "Utility of level 'not self-reliant'",
        "Chance a month of a move from 'independent' to 'multiple problems'",
        "Yearly care cost of level 'institutional care' to the Wlz",
      ]
      for label in english { #expect(sweep.out.contains(label), "\(label): \(sweep.out)") }
      #expect(!sweep.out.contains("notSelfReliant") && !sweep.out.contains("level 2"))
      let page = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
      for label in english {
        #expect(page.contains(label.replacingOccurrences(of: "'", with: "&#39;")), "\(label)")
      }
      let csv = try String(contentsOf: out.appendingPathComponent("tornado.csv"), encoding: .utf8)
      #expect(csv.contains("needLevels.2.utility"))

      // Drawn again in Dutch from the folder's files alone.
      let redrawn = AnalysisCommandTests.run(["report", out.path, "--locale", "nl"])
      try #require(redrawn.code == 0, "\(redrawn.error)")
      let dutch = try String(
        contentsOf: out.appendingPathComponent("report.nl.html"), encoding: .utf8)
      for label in [
        "De utiliteit van niveau &#39;niet zelfredzaam&#39;",
        "overgang van &#39;zelfredzaam&#39; naar &#39;meervoudige problemen&#39;",
      ] {
        #expect(dutch.contains(label), "\(label)")
      }
    }
  }
}
