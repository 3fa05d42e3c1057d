import CareSimCore
import CareSimTestSupport
import Foundation
import JSON5
import Testing

@testable import CareSimCLI

/// `caresim voi` on generated tables and on a PSA's own, and its errors.
@Suite struct VOICommandTests {
  static func run(_ arguments: [String]) -> (code: Int32, out: String, error: String) {
    AnalysisCommandTests.run(arguments)
  }

  /// A linear-Gaussian table as CSV: NB = a + 2·θ₀ + 1.5·θ₁ (+ noise of sd `noise`), θ ~ N(0, 1),
  /// QALYs 0; with the true conditional means given each parameter, for the checks.
  static func table(sets: Int, noise: Double, seed: UInt64) -> (
    csv: String, netBenefits: [Double], given: [[Double]]
  ) {
    var generator = SplitMix64(seed: seed)
    func normal() -> Double {
      StandardNormal.quantile((Double(generator.next() >> 11) + 0.5) / 9_007_199_254_740_992)
    }
    var lines = [
      "sample,effect,volunteers,netBenefit.society,qalyGain"
        + (noise > 0 ? ",netBenefitStandardError.society" : "")
    ]
    var benefits: [Double] = []
    var given: [[Double]] = [[], []]
    for set in 0..<sets {
      let (effect, volunteers) = (normal(), normal())
      let mean = 0.3 + 2 * effect + 1.5 * volunteers
      let benefit = mean + noise * normal()
      benefits.append(benefit)
      given[0].append(0.3 + 2 * effect)
      given[1].append(0.3 + 1.5 * volunteers)
      lines.append(
        "\(set),\(effect),\(volunteers),\(benefit),0" + (noise > 0 ? ",\(noise)" : ""))
    }
    return (lines.joined(separator: "\n") + "\n", benefits, given)
  }

  static func result(_ folder: URL) throws -> JSONValue {
    try JSONValue.parse(Data(contentsOf: folder.appendingPathComponent("result.json")))
  }

  /// Writes `csv` as a table in `folder` and runs `caresim voi` on it with `options`, into
  /// `folder/voi`; expects it to succeed and returns its output and its `result.json`.
  static func analyse(_ csv: String, in folder: URL, options: [String] = ["--quiet"]) throws
    -> (out: String, folder: URL, result: JSONValue)
  {
    let table = folder.appendingPathComponent("table.csv")
    try csv.write(to: table, atomically: true, encoding: .utf8)
    let out = folder.appendingPathComponent("voi")
    let run = Self.run(["voi", table.path] + options + ["--out", out.path])
    #expect(run.code == 0, "\(run.error)")
    return (run.out, out, try result(out))
  }

  @Test func linearGaussianTableGivesItsOwnEVPIAndEachEVPPIWithinFivePercent() throws {
    // The criterion: 4,000 sets, no noise column; the EVPI is the table's own (to the
    // 12 digits the files keep) and each EVPPI within 5% of its value from the true conditional
    // mean on the same sets (the core's tests derive why 5% is about two standard errors here).
    try withTemporaryDirectory { folder in
      let fixture = Self.table(sets: 4000, noise: 0, seed: 7)
      let (_, out, result) = try Self.analyse(fixture.csv, in: folder)
      let evpi = try #require(result.value(at: "evpi")?.numberValue)
      let own = PerfectInformation.value(of: fixture.netBenefits)
      #expect(abs(evpi - own) <= 1e-11 * own)
      for (name, truth) in zip(["effect", "volunteers"], fixture.given) {
        let evppi = try #require(result.objectValue?["evppi"]?.objectValue?[name]?.numberValue)
        let sameSets = PerfectInformation.value(of: truth)
        #expect(abs(evppi - sameSets) <= 0.05 * sameSets, "\(name): \(evppi) against \(sameSets)")
      }
      for name in ["voi.csv", "evpiCurve.csv", "report.html", "caresim-result.json"] {
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path))
      }
    }
  }

  @Test func noiseColumnRemovesTheNoiseBias() throws {
    // Noise of sd 2.5 beside a signal of sd 2.5: the sets' own EVPI is that of N(0.3, 12.5),
    // the noise-free one that of N(0.3, 6.25). With the column the command reports the latter,
    // within 5% of its same-set value (z = 4 standard errors of the regression's fit, as the
    // core's noise test argues), and keeps the former as evpiPerSet.
    try withTemporaryDirectory { folder in
      let fixture = Self.table(sets: 3000, noise: 2.5, seed: 9)
      let (_, out, result) = try Self.analyse(fixture.csv, in: folder)
      let evpi = try #require(result.value(at: "evpi")?.numberValue)
      let perSet = try #require(result.value(at: "evpiPerSet")?.numberValue)
      let clean = PerfectInformation.value(
        of: zip(fixture.given[0], fixture.given[1]).map { $0 + $1 - 0.3 })
      #expect(perSet == PerfectInformation.value(of: fixture.netBenefits).roundedTo12Digits)
      #expect(abs(evpi - clean) <= 0.05 * clean)
      #expect(perSet - clean > 4 * 0.05 * clean)
    }
  }

  @Test func groupsPopulationAndPerspectives() throws {
    try withTemporaryDirectory { folder in
      let fixture = Self.table(sets: 500, noise: 0, seed: 3)
      let (printed, out, result) = try Self.analyse(
        fixture.csv, in: folder,
        options: [
          "--group", "both=effect+volunteers", "--param", "effect", "--decisions-per-year", "10",
          "--horizon", "5", "--value-per-qaly", "20000",
        ])
      #expect(printed.contains("EVPPI, by value"))
      let evppi = try #require(result.objectValue?["evppi"]?.objectValue)
      #expect(evppi.keys.sorted() == ["both", "effect"])
      let evpi = try #require(result.value(at: "evpi")?.numberValue)
      let population = try #require(result.value(at: "populationEVPI")?.numberValue)
      let factor = PopulationValue.annuityFactor(
        years: 5, discounting: Discounting(annualRate: 0.04))
      #expect(abs(population - evpi * 10 * factor) <= 1e-9 * population)
      #expect(result.value(at: "valuePerQALY")?.numberValue == 20000)
      // Every value of a QALY of the curve, and the asked one, per perspective and subject.
      let rows = try String(contentsOf: out.appendingPathComponent("voi.csv"), encoding: .utf8)
        .split(separator: "\n")
      #expect(rows.count == 1 + curveValues.count * 2)
    }
  }

  @Test func psaWritesItsValueOfInformationBesideItsFiles() throws {
    // psa --voi writes voi/ in the PSA's folder, under its marker, and the same figures as voi
    // on the PSA's samples.csv at the scenario's value of a QALY.
    try withTemporaryDirectory { folder in
      let out = folder.appendingPathComponent("psa")
      let psa = Self.run([
        "psa", AnalysisCommandTests.neighbourhood, "--samples", "30", "--inner", "2", "--voi",
        "--out", out.path, "--quiet",
      ])
      #expect(psa.code == 0, "\(psa.error)")
      let marker = try String(
        contentsOf: out.appendingPathComponent("caresim-result.json"), encoding: .utf8)
      for name in ["voi/result.json", "voi/voi.csv", "voi/evpiCurve.csv", "voi/report.html"] {
        #expect(marker.contains("\"\(name)\""), "\(name)")
      }
      let again = folder.appendingPathComponent("again")
      let voi = Self.run([
        "voi", out.appendingPathComponent("samples.csv").path, "--value-per-qaly", "50000",
        "--out", again.path, "--quiet",
      ])
      #expect(voi.code == 0, "\(voi.error)")
      for name in ["voi.csv", "evpiCurve.csv"] {
        #expect(
          try Data(contentsOf: out.appendingPathComponent("voi/\(name)"))
            == Data(contentsOf: again.appendingPathComponent(name)), "\(name)")
      }
      let result = try Self.result(again)
      #expect(result.value(at: "seed")?.stringValue == "20261123")
      #expect(result.value(at: "scenario.hash") != nil)
    }
  }

  @Test(arguments: [
    ("sample,a,qalyGain\n0,1,0\n1,2,0\n", "no netBenefit.<perspective> column"),
    ("a,netBenefit.council,qalyGain\n1,2,0\n", "column 'netBenefit.council': not a perspective"),
    ("a,netBenefit.society,qalyGain\n1,2,0\n2,x,0\n", ":3: column 'netBenefit.society': 'x'"),
    ("a,netBenefit.society,qalyGain\n1,2,0\n2,3\n", ":3: 2 cells where the header has 3"),
    (
      "a,netBenefit.society,netBenefitStandardError.society,qalyGain\n1,2,-1,0\n2,3,1,0\n",
      "allowed 0 or more"
    ),
    ("a,netBenefit.society\n1,2\n", "no qalyGain column"),
  ])
  func badTablesNameFileLineAndColumn(text: String, message: String) throws {
    try withTemporaryDirectory { folder in
      let csv = folder.appendingPathComponent("bad.csv")
      try text.write(to: csv, atomically: true, encoding: .utf8)
      let out = folder.appendingPathComponent("voi")
      let run = Self.run(["voi", csv.path, "--out", out.path])
      #expect(run.code == 2)
      #expect(run.error.hasPrefix("error: \(csv.path):"), "\(run.error)")
      #expect(run.error.contains(message), "\(run.error)")
      #expect(!FileManager.default.fileExists(atPath: out.path))
    }
  }

  /// A table that is not there is named, and said to be missing; a folder is not a table.
  @Test func aMissingTableIsNamedAsMissing() throws {
    try withTemporaryDirectory { folder in
      let missing = folder.appendingPathComponent("samples.csv").path
      let out = folder.appendingPathComponent("voi").path
      let run = Self.run(["voi", missing, "--out", out])
      #expect(run.code == 2)
      #expect(run.error == "error: \(missing): no such file\n", "\(run.error)")
      let ofFolder = Self.run(["voi", folder.path, "--out", out])
      #expect(ofFolder.code == 2)
      #expect(
        ofFolder.error == "error: \(folder.path): it is a folder, not a file\n", "\(ofFolder.error)"
      )
      #expect(!FileManager.default.fileExists(atPath: out))
    }
  }

  @Test func unknownParameterSuggestsTheClosest() throws {
    try withTemporaryDirectory { folder in
      let csv = folder.appendingPathComponent("table.csv")
      try Self.table(sets: 50, noise: 0, seed: 1).csv.write(
        to: csv, atomically: true, encoding: .utf8)
      let run = Self.run([
        "voi", csv.path, "--param", "efect", "--out", folder.appendingPathComponent("o").path,
      ])
      #expect(run.code == 2)
      #expect(run.error.contains("did you mean 'effect'?"), "\(run.error)")
      let alone = Self.run([
        "voi", csv.path, "--horizon", "3", "--out", folder.appendingPathComponent("o").path,
      ])
      #expect(alone.code == 2)
      #expect(alone.error.contains("--decisions-per-year and --horizon go together"))
    }
  }
}

/// The values of a QALY every analysis evaluates: 0 to 100,000 by 5,000.
private let curveValues = ProbabilisticSensitivity.willingnessToPay

extension Double {
  /// The value as the files keep it: 12 significant digits.
  fileprivate var roundedTo12Digits: Double {
    Double(String(format: "%.12g", self)) ?? self
  }
}
