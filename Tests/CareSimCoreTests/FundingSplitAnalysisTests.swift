import Testing

@testable import CareSimCore

@Suite struct FundingSplitAnalysisTests {
  /// Replications whose discounted savings per payer and intervention cost are given.
  static func totals(_ rows: [(wmo: Double, zvw: Double, wlz: Double, cost: Double)])
    -> [ReplicationTotals]
  {
    rows.map { row in
      let control = FunderAmounts(wmo: 10_000, zvw: 20_000, wlz: 30_000)
      let intervention = FunderAmounts(
        wmo: 10_000 - row.wmo, zvw: 20_000 - row.zvw, wlz: 30_000 - row.wlz,
        intervention: row.cost)
      return ReplicationTotals(
        costs: [control, intervention], discountedCosts: [control, intervention], qalys: [0, 0],
        discountedQALYs: [0, 0])
    }
  }

  @Test func fairShareGivesBalancesProportionalToSavings() throws {
    let analysis = FundingSplitAnalysis(
      totals: Self.totals([(100, 300, 3000, 1000), (300, 500, 3800, 1000)]))
    let split = try #require(analysis.fairShare)
    let savings = analysis.meanSavings
    #expect(split == FunderAmounts(wmo: 0.05, zvw: 0.1, wlz: 0.85))
    let ratios = Funder.payers.map { analysis.balance($0, split: split).mean / savings[$0] }
    for ratio in ratios {
      #expect(abs(ratio - ratios[0]) <= 1e-12, "balance/saving ratios \(ratios)")
    }
    // Savings of 4,000 against a cost of 1,000: each payer keeps three quarters of its saving.
    #expect(abs(ratios[0] - 0.75) <= 1e-12)
    #expect(analysis.breakEvenSplit == split)
  }

  @Test func noSplitBreaksEvenWhenAPayerLosesOrSavingsFallShort() {
    let losing = FundingSplitAnalysis(totals: Self.totals([(-100, 300, 2000, 1000)]))
    #expect(losing.breakEvenSplit == nil)
    #expect(losing.fairShare == FunderAmounts(wmo: 0, zvw: 300.0 / 2300, wlz: 2000.0 / 2300))
    let short = FundingSplitAnalysis(totals: Self.totals([(100, 100, 100, 1000)]))
    #expect(short.breakEvenSplit == nil)
  }

  @Test func balanceAndChanceOfLoss() {
    let analysis = FundingSplitAnalysis(
      totals: Self.totals([(500, 0, 0, 1000), (1500, 0, 0, 1000), (900, 0, 0, 1000)]))
    let balance = analysis.balance(.wmo, split: FunderAmounts(wmo: 1))
    #expect(balance.mean == (-500.0 + 500 - 100) / 3)
    #expect(balance.probabilityOfLoss == 2.0 / 3)
  }

  @Test(arguments: [1, 4, 10])
  func simplexGridCoversEverySplitOnce(steps: Int) {
    let grid = FundingSplitAnalysis.simplexGrid(steps: steps)
    #expect(grid.count == (steps + 1) * (steps + 2) / 2)
    for split in grid { #expect(abs(split[.wmo] + split[.zvw] + split[.wlz] - 1) <= 1e-12) }
    #expect(grid.contains(FunderAmounts(wmo: 1)))
  }
}

@Suite struct BreakEvenTests {
  @Test func findsTheRootOfALinearNetBenefit() throws {
    let result = try BreakEven.find(low: 0, high: 10, limits: 0...100, tolerance: 1e-6) { value in
      MeanEstimate(mean: 300 - 40 * value, standardError: 4)
    }
    #expect(abs(result.root - 7.5) <= 1e-6)
    // 1.96 * SE / |slope| = 1.96 * 4 / 40.
    #expect(abs((result.upper - result.lower) / 2 - 0.196) <= 1e-9)
  }

  @Test func widensTheBracketUntilTheSignChanges() throws {
    let result = try BreakEven.find(low: 0, high: 1, limits: 0...100, tolerance: 1e-6) { value in
      MeanEstimate(mean: value - 2.5, standardError: 0)
    }
    #expect(abs(result.root - 2.5) <= 1e-6)
  }

  @Test func reportsWhenNoRootIsInRange() {
    #expect(throws: BreakEven.Failure.self) {
      try BreakEven.find(low: 0, high: 1, limits: 0...1, tolerance: 1e-6) { _ in
        MeanEstimate(mean: 5, standardError: 1)
      }
    }
  }

  /// The bracket [40,000, 87,000] widened to [16,500, 110,500] bisects onto 40,000 again: a probe
  /// is a full set of replications, so the search reuses the first.
  @Test func neverProbesAValueTwice() throws {
    var evaluations: [Double] = []
    let result = try BreakEven.find(
      low: 40_000, high: 87_000, limits: 0...1e10, tolerance: 47
    ) { value in
      evaluations.append(value)
      return MeanEstimate(mean: 30_000 - value, standardError: 10)
    }
    #expect(Set(evaluations).count == evaluations.count)
    #expect(evaluations == result.probes.map(\.value))
    #expect(abs(result.root - 30_000) <= 47)
  }

  @Test func staysInsideTheLimits() {
    var evaluations: [Double] = []
    #expect(throws: BreakEven.Failure.self) {
      try BreakEven.find(low: 0.7, high: 1, limits: 0...1, tolerance: 1e-3) { value in
        evaluations.append(value)
        return MeanEstimate(mean: -100 - value, standardError: 1)
      }
    }
    #expect(evaluations.allSatisfy { (0...1).contains($0) })
    #expect(evaluations.contains(0))
  }

  /// A whole-number field cannot hold 1,187.5: every probe, the root and its interval are whole.
  @Test func searchesWholeNumbersOnAWholeNumberField() throws {
    var evaluations: [Double] = []
    let result = try BreakEven.find(
      low: 500, high: 1500, limits: 1...1_000_000, tolerance: 1, wholeNumbers: true
    ) { value in
      evaluations.append(value)
      return MeanEstimate(mean: 1_187.25 - value, standardError: 3)
    }
    #expect(evaluations.allSatisfy { $0 == $0.rounded() })
    #expect(Set(evaluations).count == evaluations.count)
    #expect(result.root == 1_187)
    #expect(result.lower == result.lower.rounded() && result.upper == result.upper.rounded())
    #expect(result.lower <= 1_187 && result.upper >= 1_188)
  }
}
