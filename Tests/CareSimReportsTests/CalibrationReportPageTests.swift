import CareSimCharts
import CareSimCore
import CareSimScenario
import CareSimTestSupport
import Foundation
import Testing

@testable import CareSimReports

/// The report page of `caresim calibrate`: a small fixed-seed calibration's page byte for byte in
/// each language, and its sentences read from the numbers.
@Suite struct CalibrationReportPageTests {
  static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden")
  static let targetsFile = "Scenarios/calibration/netherlands.json"
  static let parameterPaths = ["transitions.independent.dead", "transitions.institutional.dead"]
  static let command =
    ["caresim", "calibrate", "Scenarios/neighbourhood.json", "--targets", targetsFile]
    + parameterPaths.flatMap { ["--param", $0] } + ["--seed", "7"]

  /// A small real calibration, as the command runs it: the neighbourhood scenario over two years,
  /// two parameters over their search boxes in the file, the shipped national targets, 3
  /// replications per trial point, 8 trial points, the posterior from 200 importance draws, the
  /// file as written measured on 4.
  static func report(residents: Int = 600) throws -> CalibrationReport {
    let text = try String(
      contentsOf: RepositoryFiles.scenario("neighbourhood.json"), encoding: .utf8)
    let scenario = try Scenario.parse(Data(text.utf8), file: "Scenarios/neighbourhood.json")
    let small = try scenario.setting([
      ("simulation.residents", Double(residents)), ("simulation.months", 24),
    ])
    let targets = try CalibrationTargets.load(
      from: RepositoryFiles.root.appendingPathComponent(targetsFile), name: targetsFile)
    var parameters: [Calibration.Parameter] = []
    for path in parameterPaths {
      let bounds = try #require(scenario.searchBounds(for: path))
      parameters.append(Calibration.Parameter(path: path, bounds: bounds))
    }
    func simulation(_ point: [Double]) throws -> Simulation {
      Simulation(
        parameters: try small.setting(zip(parameters, point).map { ($0.path, $1) }).parameters)
    }
    let calibration = Calibration(
      parameters: parameters, targets: targets.targets, seed: 7, replications: 3, threads: 2,
      stopping: Calibration.stopping(maximumEvaluations: 8))
    let start = Calibration.measure(
      targets.targets, in: try simulation(parameters.map(\.start)), seed: 7, replications: 3,
      threads: 2)
    let fit = try calibration.fit(simulation)
    let posterior = try calibration.posterior(of: fit, draws: 200, simulation)
    let calibrated = Calibration.measure(
      targets.targets, in: try simulation(fit.values.map(CalibratedScenario.written)), seed: 7,
      replications: 4, threads: 2)
    return CalibrationReport(
      provenance: AnalysisProvenance(scenario: small, seed: 7, replications: 3),
      targetsFile: targetsFile, targetsName: targets.name, targetsNameNL: targets.nameNL,
      fit: fit, posterior: posterior,
      start: start, calibrated: calibrated, checkReplications: 4,
      scenarioFileName: "neighbourhood.json",
      scenarioText: try CalibratedScenario.text(
        text, scenario: scenario, values: CalibratedScenario.values(fit: fit, posterior: posterior),
        record: CalibratedScenario.record(
          posterior: posterior, targets: targetsFile, date: "2026-12-01"),
        method: CalibratedScenario.method(of: posterior)))
  }

  /// The calibration, run once for every test.
  static let shared = Result { try report() }

  static func page(_ report: CalibrationReport, locale: ReportLocale = .en) throws -> String {
    let files = try ReportBuilder.adding(
      to: report.files(), command: command, threads: 2, locale: locale)
    return String(decoding: try #require(files[ReportBuilder.fileName(for: locale)]), as: UTF8.self)
  }

  @Test(arguments: ReportLocale.allCases)
  func calibrationReportMatchesItsGolden(locale: ReportLocale) throws {
    try Golden.expect(
      try Self.page(Self.shared.get(), locale: locale),
      matches: Self.golden.appendingPathComponent("calibrate-report-\(locale).html"))
  }

  /// The summary counts the targets within two standard errors and names the farthest, from the
  /// calibrated file's fit table.
  @Test func theSummaryIsDerivedFromTheFitTable() throws {
    let report = try Self.shared.get()
    let page = try Self.page(report)
    let fitted = report.calibrated.filter { $0.target.use == .fit }
    let within = fitted.filter { $0.distance.isFinite && abs($0.distance) <= 2 }.count
    let farthest = try #require(
      fitted.filter(\.distance.isFinite).max { abs($0.distance) < abs($1.distance) })
    let formatter = ReportNumberFormatter(locale: .en)
    #expect(page.contains("2 parameters were fitted to \(fitted.count) national targets in "))
    #expect(
      page.contains(
        "Of the fitted targets (\(fitted.count)), "
          + (within == 0 ? "none lie" : "\(within) \(within == 1 ? "lies" : "lie")") + " "
          + "within two standard errors"))
    #expect(
      page.contains(
        escaped(farthest.target.label) + " (distance "
          + formatter.decimal(farthest.distance, fractionDigits: 1) + ")"))
    let checks = report.calibrated.count - fitted.count
    #expect(page.contains("Of the checks, which the fit did not see (\(checks))"))
  }

  /// A Dutch page names the targets file and every target by their Dutch labels, in the
  /// sentences, the charts and the tables, and no target by its English label; the English page
  /// (its golden) keeps the English ones.
  @Test func theDutchPageNamesTargetsInDutch() throws {
    let report = try Self.shared.get()
    let page = try Self.page(report, locale: .nl)
    let name = try #require(report.targetsNameNL)
    #expect(page.contains("<h1>" + escaped("Kalibratie: \(name)") + "</h1>"))
    let fitted = report.calibrated.filter { $0.target.use == .fit }
    let farthest = try #require(
      fitted.filter(\.distance.isFinite).max { abs($0.distance) < abs($1.distance) })
    let formatter = ReportNumberFormatter(locale: .nl)
    #expect(
      page.contains(
        escaped(try #require(farthest.target.labelNL)) + " (afstand "
          + formatter.decimal(farthest.distance, fractionDigits: 1) + ")"))
    let charts = page.components(separatedBy: "<svg").dropFirst().prefix(2)
      .map { $0.components(separatedBy: "</svg>")[0] }
    for fit in report.calibrated {
      let dutch = escaped(try #require(fit.target.labelNL))
      #expect(!page.contains(escaped(fit.target.label)), "\(fit.target.id)")
      // The fit table and the sources' table, and the chart of its use.
      #expect(
        page.components(separatedBy: "<td>\(dutch)</td>").count - 1 == 2, "\(fit.target.id)")
      #expect(
        charts[fit.target.use == .fit ? 0 : 1].contains(dutch), "\(fit.target.id)")
    }
  }

  /// A targets file without Dutch labels leaves a Dutch page the English ones, target by
  /// target.
  @Test func aTargetWithoutADutchLabelKeepsItsEnglishOne() throws {
    var report = try Self.shared.get()
    report.targetsNameNL = nil
    report.calibrated[0].target.labelNL = nil
    let page = try Self.page(report, locale: .nl)
    #expect(page.contains("<h1>" + escaped("Kalibratie: \(report.targetsName)") + "</h1>"))
    #expect(page.contains("<td>\(escaped(report.calibrated[0].target.label))</td>"))
    let second = report.calibrated[1].target
    #expect(page.contains("<td>\(escaped(try #require(second.labelNL)))</td>"))
    #expect(!page.contains(escaped(second.label)))
  }

  /// Whether the search converged or stopped at its limit is said, and a fitted value at an end
  /// of its range is named.
  @Test func theSummarySaysHowTheSearchEnded() throws {
    var report = try Self.shared.get()
    let points = "\(report.fit.evaluations) trial points"
    report.fit.converged = true
    #expect(try Self.page(report).contains("The search converged after \(points)"))
    report.fit.converged = false
    report.fit.values[0] = report.fit.parameters[0].start
    report.fit.values[1] = report.fit.parameters[1].bounds.upperBound
    let page = try Self.page(report)
    #expect(page.contains("The search stopped at its limit of \(points) before it converged"))
    // The parameter is named by its label, its levels by theirs, not by its path.
    #expect(
      page.contains(
        escaped(
          "The fit put the chance a month of a move from 'institutional care' to 'dead' at an "
            + "end of its search box")))
  }

  /// The page says how the fitted values' uncertainty was found: by importance resampling with
  /// its effective sample size, or by the Laplace approximation, with a warning when the
  /// importance draws carried too little weight; the parameters' section draws each value's
  /// interval in its box and names the strongest correlation.
  ///
  /// The small calibration stops far from its best fit (8 trial points on 3 runs): its 200
  /// importance draws carry an effective sample size just above 100 at 600 residents, which the
  /// page reports, and below it at 100 residents, whose jitter on so few runs makes the likelihood
  /// rougher: the Laplace approximation is reported, with the warning.
  @Test func thePageSaysHowUncertainTheValuesAre() throws {
    let report = try Self.shared.get()
    let importance = try #require(report.posterior.importance)
    let effective = Int(importance.effectiveSampleSize.rounded(.down))
    #expect(report.posterior.method == .importanceResampling && effective >= 100)
    let page = try Self.page(report)
    #expect(
      page.contains(
        "posterior by sampling-importance-resampling: 200 importance draws, with an effective "
          + "sample size of \(effective)"))
    #expect(!page.contains("Warning:"))
    #expect(page.contains("Each fitted value within its search box, with its 95% interval"))
    let formatter = ReportNumberFormatter(locale: .en)
    let correlation = formatter.decimal(report.posterior.correlation[1][0], fractionDigits: 2)
    #expect(
      page.contains(
        escaped(
          "The strongest correlation in the posterior is between the chance a month of a move "
            + "from 'independent' to 'dead' and the chance a month of a move from 'institutional "
            + "care' to 'dead': \(correlation)")))
    let rough = try Self.report(residents: 100)
    let roughEffective = Int(
      try #require(rough.posterior.importance).effectiveSampleSize.rounded(.down))
    #expect(rough.posterior.method == .laplace && roughEffective < 100)
    let laplace = try Self.page(rough)
    #expect(
      laplace.contains(
        "is approximated by a normal distribution around the fit, its width set by how sharply"))
    #expect(laplace.contains("(the Laplace approximation, from the "))
    #expect(
      laplace.contains(
        "Warning: the 200 importance draws had an effective sample size of only "
          + "\(roughEffective), below the 100"))
  }

  /// Every target's source is on the page, and nothing needs a script or a fetch.
  @Test func thePageHoldsEverySourceAndIsSelfContained() throws {
    let report = try Self.shared.get()
    for locale in ReportLocale.allCases {
      let page = try Self.page(report, locale: locale)
      for fit in report.calibrated {
        #expect(page.contains(escaped(fit.target.source)), "\(locale): \(fit.target.id)")
      }
      #expect(page.contains("<html lang=\"\(locale)\">"))
      #expect(!page.contains("<script"))
      #expect(!page.contains("src=") && !page.contains("href=\"http"))
      // The fit's two charts (fitted, checks), the parameters' intervals and the search's line.
      #expect(page.components(separatedBy: "<svg").count - 1 == 4, "\(locale)")
    }
  }

  /// Too few residents leave a fitted target unmeasured (no men of 95 and over, say, for a life
  /// table), so that no trial point has a distance: the page says so rather than drawing an
  /// empty search.
  @Test func aCalibrationWithoutADistanceSaysSo() throws {
    let report = try Self.report(residents: 50)
    #expect(!report.fit.distance.isFinite, "the case no longer leaves a target unmeasured")
    let page = try Self.page(report)
    #expect(page.contains("has no number where a fitted target could not be measured"))
    #expect(page.contains("No trial point gave a distance"))
    #expect(page.components(separatedBy: "<svg").count - 1 == 3)
  }

  /// A calibration built in memory, without a folder or a run: one parameter at the top of its
  /// box, a search that never improved, the Laplace approximation.
  @Test(arguments: ReportLocale.allCases)
  func aResultInMemoryIsPutInWords(locale: ReportLocale) {
    let result = CalibrationResult(
      provenance: .inMemory,
      targetsName: "Targets", targetsFile: "targets.json", calibratedScenario: "memory.json",
      evaluations: 2, converged: false, checkReplications: 4, startDistance: 3,
      searchDistance: 3, calibratedDistance: 3.5,
      targets: [
        .init(
          label: "deaths", use: .fit, value: 0.1, standardError: 0.01, model: 0.12,
          modelStandardError: 0.005, distance: 2, distanceAtStart: 2, source: "CBS 2020")
      ],
      parameters: [
        .init(
          path: "transitions.dead", low: 0, high: 1, fitted: 1, written: 1, mean: 0.9,
          standardDeviation: 0.05, lower95: 0.8, upper95: 1)
      ],
      searchDistances: [3, 4], correlation: [[1]],
      uncertainty: .init(
        method: .laplace, laplaceCurvature: .gaussNewton, draws: .nan, effectiveSampleSize: .nan,
        minimumEffectiveSampleSize: 100))
    let phrases = ReportPhrases(locale)
    let page = CalibrationReportPage(result: result, locale: locale).render()
    let sentences = [
      phrases.format("calibration.summary.edge.one", "transitions.dead"),
      phrases.format("calibration.search.flat", phrases.decimal(3), "1"),
      phrases.format(
        "calibration.summary.laplace", phrases["calibration.curvature.gauss-newton"],
        phrases.numbers.percent(0.2, fractionDigits: 0)),
    ]
    for sentence in sentences {
      // A sentence begins with a capital.
      #expect(page.contains(escaped(String(sentence.dropFirst()))), "\(sentence)")
    }
    #expect(page.contains(escaped("CBS 2020")))
  }
}
