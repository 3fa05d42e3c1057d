import CareSimCore
import Testing

// Closed forms against the estimators (LinearGaussianTable has the derivation). Each check of a
// closed form is split in two, so that each tolerance rests on one error model:
// - the value of learning computed from the *true* conditional mean on the table's own sets is
//   within z·SE of the closed form, SE its sampling error over the sets;
// - the estimator is within the fitting error of that same-set value. A linear smoother with ν
//   degrees of freedom (the sum of its leverages) fitted to a line under residual noise of
//   variance r² errs at each set by about r·√(ν/n) (its variance is r²·tr(SᵀS)/n ≤ r²·ν/n); the
//   value of learning is monotone in the spread σ of the conditional mean, so an error of z such
//   units moves it by at most f(σ + z·r·√(ν/n)) − f(σ), f the closed form at spread σ. A group's ν
//   is the sum of its members'.
// z = 4: a normal error exceeds it with chance 6e-5; the suite makes 3 shapes × 3 sizes ×
// (1 EVPI + 4 subjects × 2) = 81 comparisons, so a false alarm in the suite has chance about 0.5%.
private let z = 4.0

private let shapes: [(intercept: Double, slopes: [Double], spreads: [Double])] = [
  // A programme that pays on average: learning matters only in its loss tail.
  (intercept: 2, slopes: [3, 1, 0.5, 0], spreads: [1, 1.5, 2, 1]),
  // One that loses on average.
  (intercept: -1.5, slopes: [-2, 0.8, 1.2, 0], spreads: [1, 1, 1, 3]),
  // A coin toss, where information is worth most.
  (intercept: 0, slopes: [1, 1, 2, 0], spreads: [2, 1, 0.5, 1]),
]

@Suite struct ValueOfInformationTests {
  @Test(arguments: 0..<3, [500, 2000, 4000])
  func estimatesMatchTheClosedForms(shape: Int, sets: Int) {
    let fixture = LinearGaussianTable(
      intercept: shapes[shape].intercept, slopes: shapes[shape].slopes,
      spreads: shapes[shape].spreads, noise: 0, count: sets, seed: UInt64(17 + shape))
    let subjects = [
      ValueOfInformation.Subject(name: "p0", parameters: [0]),
      ValueOfInformation.Subject(name: "p1", parameters: [1]),
      ValueOfInformation.Subject(name: "p3", parameters: [3]),
      ValueOfInformation.Subject(name: "p1+p2", parameters: [1, 2]),
    ]
    let result = ValueOfInformation.evaluate(
      fixture.table, subjects: subjects, valuesPerQALY: [0], seed: 1)
    let point = result.point(.society, valuePerQALY: 0)!
    // Without a noise column the EVPI is the table's own, to the bit.
    #expect(!result.removesNoise)
    #expect(point.evpi.value == PerfectInformation.value(of: fixture.netBenefits))
    let all = fixture.conditionalMean(given: [0, 1, 2, 3])
    #expect(
      abs(point.evpi.value - fixture.closedForm([0, 1, 2, 3]))
        <= z * LinearGaussianTable.samplingError(all))
    let parameters = fixture.parameters
    let benefits = fixture.netBenefits
    for (subject, estimate) in zip(subjects, point.evppi) {
      let truth = fixture.conditionalMean(given: subject.parameters)
      let sameSets = PerfectInformation.value(of: truth)
      #expect(
        abs(sameSets - fixture.closedForm(subject.parameters))
          <= z * LinearGaussianTable.samplingError(truth), "\(subject.name)")
      let freedom = LinearGaussianTable.degreesOfFreedom(
        subject.parameters, parameters: parameters, benefits: benefits)
      let others = Set(fixture.slopes.indices).subtracting(subject.parameters).sorted()
      let spread = fixture.spread(subject.parameters)
      let error = fixture.spread(others) * (freedom / Double(sets)).squareRoot()
      let tolerance =
        fixture.closedForm(spread: spread + z * error) - fixture.closedForm(spread: spread)
      #expect(
        abs(estimate.value - sameSets) <= tolerance,
        "\(subject.name): \(estimate.value) against \(sameSets)")
    }
  }

  @Test func fewThousandSetsGiveEachEVPPIWithinFivePercent() {
    // The criterion, on a table where 5% is within reach: 4,000 sets of a coin-toss
    // decision, each parameter a good share of the spread. The fitting error of the shape's
    // weaker parameter, by the model above at ν = 3, is about 1.5 · √(3/4000) ≈ 0.04 of its
    // spread of 1.5 at one standard error, so 5% is about two standard errors.
    let fixture = LinearGaussianTable(
      intercept: 0.3, slopes: [2, 1.5], spreads: [1, 1], noise: 0, count: 4000, seed: 11)
    let subjects = [
      ValueOfInformation.Subject(name: "p0", parameters: [0]),
      ValueOfInformation.Subject(name: "p1", parameters: [1]),
    ]
    let result = ValueOfInformation.evaluate(
      fixture.table, subjects: subjects, valuesPerQALY: [0], seed: 11)
    let point = result.point(.society, valuePerQALY: 0)!
    #expect(point.evpi.value == PerfectInformation.value(of: fixture.netBenefits))
    for (subject, estimate) in zip(subjects, point.evppi) {
      let sameSets = PerfectInformation.value(
        of: fixture.conditionalMean(given: subject.parameters))
      #expect(abs(estimate.value - sameSets) <= 0.05 * sameSets, "\(subject.name)")
    }
  }

  @Test(arguments: [1, 2, 3] as [UInt64])
  func regressionRemovesTheNoiseBias(seed: UInt64) {
    // Noise of sd 2 beside a signal of sd √5 ≈ 2.2: the per-set EVPI is that of N(0.5, 9) where
    // the sets' conditional means are N(0.5, 5), a bias of about 0.33 of a value of 0.94.
    let fixture = LinearGaussianTable(
      intercept: 0.5, slopes: [2, 1], spreads: [1, 1], noise: 2, count: 3000, seed: seed)
    let result = ValueOfInformation.evaluate(
      fixture.table, subjects: [.init(name: "p0", parameters: [0])], valuesPerQALY: [0],
      seed: seed)
    let point = result.point(.society, valuePerQALY: 0)!
    let bias = fixture.closedForm([0, 1], withNoise: true) - fixture.closedForm([0, 1])
    #expect(result.removesNoise)
    #expect(point.evpi == point.evpiRegression)
    // The per-set value keeps the bias: it matches the noisy closed form...
    #expect(
      abs(point.evpiPerSet.value - fixture.closedForm([0, 1], withNoise: true))
        <= z * LinearGaussianTable.samplingError(fixture.netBenefits))
    // ...and the regression's is within 5% of the noise-free value on the same sets, a bias
    // removed that is many times that tolerance.
    let sameSets = PerfectInformation.value(of: fixture.conditionalMean(given: [0, 1]))
    #expect(abs(point.evpi.value - sameSets) <= 0.05 * sameSets)
    #expect(bias > 5 * 0.05 * sameSets)
    // The regression sees the noise the table states: its residual variance is s² = 4, within
    // z times the sampling error of a variance of n normal draws, s²·√(2/n).
    let noise = result.noise[0]
    #expect(noise.meanSquaredStandardError == 4)
    #expect(abs(noise.residualVariance - 4) <= z * 4 * (2.0 / 3000).squareRoot() + 0.05 * 4)
  }

  @Test func binnedEstimateCrossChecksTheSmoother() {
    // Bins of m = √n sets keep a share of the other parameters' spread, variance r²/m, which
    // raises the binned EVPPI to that of N(a, v + r²/m): the tolerance is that bias plus 5%.
    let fixture = LinearGaussianTable(
      intercept: 0.3, slopes: [1, 1], spreads: [1, 1.5], noise: 0, count: 4000, seed: 5)
    let result = ValueOfInformation.evaluate(
      fixture.table, subjects: [.init(name: "p0", parameters: [0])], valuesPerQALY: [0], seed: 5)
    let point = result.point(.society, valuePerQALY: 0)!
    let binned = point.evppiBinned[0]!
    let m = 4000.0 / Double(BinnedConditionalMean.binCount(points: 4000))
    let bias =
      LinearGaussianTable.expectedPositivePart(mean: 0.3, variance: 1 + 2.25 / m)
      - LinearGaussianTable.expectedPositivePart(mean: 0.3, variance: 1)
    #expect(abs(binned - point.evppi[0].value) <= bias + 0.05 * point.evppi[0].value)
  }

  /// An estimate above zero by less than two standard errors cannot be told from none; zero
  /// itself, and one two standard errors or more above it, can.
  @Test func anEstimateWithinTwoStandardErrorsOfZeroIsNoise() {
    typealias Estimate = ValueOfInformation.Estimate
    #expect(Estimate(value: 2_693, standardError: 2_454).isWithinNoiseOfZero)
    #expect(!Estimate(value: 0, standardError: 2_454).isWithinNoiseOfZero)
    #expect(!Estimate(value: 4_908, standardError: 2_454).isWithinNoiseOfZero)
    #expect(!Estimate(value: 2_693, standardError: .nan).isWithinNoiseOfZero)
  }

  @Test func valueOfAQALYAddsTheQALYsToEveryPerspective() {
    // A payer that loses 1 in every set gains 2·λ·q: at λ = 1 the net benefit is 2q − 1.
    let qalys = (0..<200).map { Double($0) / 199 }
    let table = DecisionTable(
      parameterNames: ["q"], parameterValues: [qalys], netBenefits: [.wmo: qalys.map { _ in -1 }],
      qalyGains: qalys.map { 2 * $0 })
    let result = ValueOfInformation.evaluate(
      table, subjects: [.init(name: "q", parameters: [0])], valuesPerQALY: [1, 0], seed: 3)
    #expect(result.points.map(\.valuePerQALY) == [0, 1])
    #expect(result.point(.wmo, valuePerQALY: 0)!.evpi.value == 0)
    let atOne = result.point(.wmo, valuePerQALY: 1)!
    #expect(atOne.evpi.value == PerfectInformation.value(of: qalys.map { 2 * $0 - 1 }))
    // The parameter decides everything, and a line is fitted exactly.
    #expect(abs(atOne.evppi[0].value - atOne.evpi.value) <= 1e-9)
  }

  @Test func populationValueDiscountsEachYear() {
    // Σ_{t<Y} (1 + r)^(−t) = (1 − (1 + r)^(−Y)) / (1 − 1/(1 + r)); 10 years at 4%: 8.4353.
    let factor = PopulationValue.annuityFactor(
      years: 10, discounting: Discounting(annualRate: 0.04))
    let closed = (1 - 1 / pow104(10)) / (1 - 1 / 1.04)
    #expect(abs(factor - closed) <= 1e-12 * closed)
    let total = PopulationValue.total(
      perDecision: 1000, decisionsPerYear: 3, years: 10, discounting: Discounting(annualRate: 0.04))
    #expect(abs(total - 3000 * closed) <= 1e-9 * total)
  }
}

private func pow104(_ years: Int) -> Double {
  (0..<years).reduce(1) { value, _ in value * 1.04 }
}
