import CareSimCore

extension RunResult: ResultFolderDecodable {
  /// A run's result as its folder holds it: `summary.json`, `trajectories.csv`, `outcomes.csv`
  /// and `place-of-death.csv`, as ``RunReport`` writes them.
  ///
  /// - Parameter files: The folder's files and marker.
  /// - Throws: ``ReportInputError`` when a file is missing or not as CareSim writes it; a folder
  ///   written before runs counted where residents die has no `place-of-death.csv` and decodes
  ///   without ``deathPlaces``.
  package init(files: ResultFiles) throws(ReportInputError) {
    let summary = try files.decode(RunSummaryDocument.self, from: "summary.json")
    let months = summary.months
    guard months > 0 else { throw .unreadable("summary.json") }
    var totals: [SummaryArm: [OutcomeMetric: Double]] = [:]
    for arm in SummaryArm.allCases {
      for metric in OutcomeSummary.totalMetrics {
        totals[arm, default: [:]][metric] =
          summary.totals?[arm.description]?[metric.description]?.discounted?.mean ?? .nan
      }
    }
    var netBenefit: [Perspective: NetBenefit] = [:]
    for perspective in Perspective.allCases {
      let entry = summary.netBenefitAfterSplit?[perspective.description]
      netBenefit[perspective] = NetBenefit(
        mean: entry?.mean ?? .nan, probabilityOfLoss: entry?.probabilityOfLoss ?? .nan)
    }
    var split = FunderAmounts.zero
    for payer in Funder.payers {
      split[payer] = (summary.fundingSplit?[payer.description] ?? nil) ?? .nan
    }
    let (costs, factors) = try Self.monthlyCosts(files.csv("trajectories.csv"), months: months)
    self.init(
      provenance: try ResultProvenance(decoding: "summary.json", in: files),
      residents: summary.residents ?? .nan, replications: summary.replications ?? .nan,
      months: months, entrantsPerMonth: summary.entrantsPerMonth ?? 0, fundingSplit: split,
      valuePerQALY: summary.valuePerQALY ?? .nan,
      minimumQualityForLivingAtHome: summary.qualityOfLife?.minimumForLivingAtHome ?? .nan,
      discountedTotals: totals, netBenefit: netBenefit,
      netMonetaryBenefit: summary.netMonetaryBenefit?.mean ?? .nan, discountFactors: factors,
      monthlyCosts: costs,
      monthlyOutcomes: try Self.monthlyOutcomes(files.csv("outcomes.csv"), months: months),
      deathPlaces: try Self.deathPlaces(files: files, summary: summary))
  }

  /// `trajectories.csv`: each arm's cost a month per funder, and each month's discount factor.
  private static func monthlyCosts(_ table: CSVTable, months: Int) throws(ReportInputError) -> (
    [SummaryArm: [Funder: MonthlySeries]], [Double]
  ) {
    var costs: [SummaryArm: [Funder: MonthlySeries]] = [:]
    var factors = [Double](repeating: 1, count: months)
    for row in table.rows {
      guard let arm = SummaryArm(described: row.text("arm")),
        let funder = Funder(described: row.text("funder")),
        let month = row.integer("month"), (1...months).contains(month)
      else { throw .unreadable("trajectories.csv") }
      var series = costs[arm]?[funder] ?? .missing(months: months)
      series.mean[month - 1] = row.number("meanUndiscounted")
      series.p5[month - 1] = row.number("p5Undiscounted")
      series.p95[month - 1] = row.number("p95Undiscounted")
      costs[arm, default: [:]][funder] = series
      factors[month - 1] = row.number("discountFactor")
    }
    return (costs, factors)
  }

  /// `outcomes.csv`: each arm's counts and QALYs a month; QALYs are `qalysUndiscounted`.
  private static func monthlyOutcomes(_ table: CSVTable, months: Int) throws(ReportInputError)
    -> [SummaryArm: [OutcomeMetric: MonthlySeries]]
  {
    var outcomes: [SummaryArm: [OutcomeMetric: MonthlySeries]] = [:]
    for row in table.rows {
      guard let arm = SummaryArm(described: row.text("arm")), let name = row.text("metric"),
        let month = row.integer("month"),
        (1...months).contains(month)
      else { throw .unreadable("outcomes.csv") }
      // A metric this version does not know is passed over.
      guard
        let metric = OutcomeMetric.allCases.first(where: {
          ($0 == .qalys ? "qalysUndiscounted" : $0.description) == name
        })
      else { continue }
      var series = outcomes[arm]?[metric] ?? .missing(months: months)
      series.mean[month - 1] = row.number("mean")
      series.p5[month - 1] = row.number("p5")
      series.p95[month - 1] = row.number("p95")
      outcomes[arm, default: [:]][metric] = series
    }
    return outcomes
  }

  /// `place-of-death.csv` and the national figures of `summary.json` (see ``PlaceOfDeath``).
  private static func deathPlaces(files: ResultFiles, summary: RunSummaryDocument)
    throws(ReportInputError) -> DeathPlaces?
  {
    guard files.files[PlaceOfDeath.fileName] != nil else { return nil }
    let table = try files.csv(PlaceOfDeath.fileName)
    let labels = Set(PlaceOfDeath.ageGroups.map(\.label))
    var shares: [CalibrationMeasure.Sexes: [String: DeathPlaces.Shares]] = [:]
    for row in table.rows {
      guard let sexes = row.text("sex").flatMap(CalibrationMeasure.Sexes.init(rawValue:)),
        let ages = row.text("ages"), labels.contains(ages)
      else { throw .unreadable(PlaceOfDeath.fileName) }
      shares[sexes, default: [:]][ages] = DeathPlaces.Shares(
        deathsPerReplication: row.number("deathsPerReplication"),
        inInstitution: row.number("shareInInstitution"),
        inInstitutionTwoYearsOrMore: row.number("shareInInstitutionTwoYearsOrMore"))
    }
    guard let national = summary.placeOfDeath?.national else { throw .unreadable("summary.json") }
    var byAge: [DeathPlaces.NationalShare] = []
    for entry in national.shareInInstitutionByAge ?? [] {
      guard let sexes = CalibrationMeasure.Sexes(rawValue: entry.sex),
        let fromAge = Int(entry.ages.prefix(while: \.isNumber))
      else { throw .unreadable("summary.json") }
      byAge.append(.init(sexes: sexes, fromAge: fromAge, share: entry.share))
    }
    return DeathPlaces(
      shares: shares, nationalYear: national.year,
      nationalInInstitution80Plus: national.ages80Plus.shareInInstitution,
      nationalTwoYearsBefore80Plus: national.ages80Plus.shareInInstitutionTwoYearsBefore,
      nationalByAge: byAge)
  }
}

/// The fields of a run's `summary.json` its result holds (see ``RunReport/summaryJSON()``).
private struct RunSummaryDocument: Decodable {
  struct Mean: Decodable {
    var mean: Double?
  }

  struct Total: Decodable {
    var discounted: Mean?
  }

  struct NetBenefit: Decodable {
    var mean: Double?
    var probabilityOfLoss: Double?
  }

  struct QualityOfLife: Decodable {
    var minimumForLivingAtHome: Double?
  }

  /// CBS's figures, as ``PlaceOfDeath/National`` writes them.
  struct National: Decodable {
    struct Ages80Plus: Decodable {
      var shareInInstitution: Double
      var shareInInstitutionTwoYearsBefore: Double
    }

    struct ByAge: Decodable {
      var sex: String
      var ages: String
      var share: Double
    }

    var year: Int
    var ages80Plus: Ages80Plus
    var shareInInstitutionByAge: [ByAge]?
  }

  struct PlaceOfDeath: Decodable {
    var national: National?
  }

  var months: Int
  var residents: Double?
  var replications: Double?
  var entrantsPerMonth: Double?
  var fundingSplit: [String: Double?]?
  var valuePerQALY: Double?
  var qualityOfLife: QualityOfLife?
  /// Per arm and metric.
  var totals: [String: [String: Total]]?
  var netBenefitAfterSplit: [String: NetBenefit]?
  var netMonetaryBenefit: Mean?
  var placeOfDeath: PlaceOfDeath?
}
